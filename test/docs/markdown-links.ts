/**
 * Links and headings of markdown files, read with `marked`, and the links that point nowhere:
 * a missing file, or a `#anchor` that no heading of the target file produces under GitHub's rules.
 */
import path from "node:path";
import { marked, type Token, type Tokens } from "marked";

/** A link found in a markdown file, as written. */
export interface MarkdownLink {
  href: string;
  /** 1-based line of the link in its file (for messages). */
  line: number;
}

/** A link that points at nothing, and why. */
export interface BrokenLink {
  file: string;
  line: number;
  href: string;
  reason: string;
}

/** What the checker may ask of the repository (a real folder in the docs test, a Map in unit tests). */
export interface DocsTree {
  /** The text of a repo-relative file, or undefined when there is no such file. */
  read(file: string): string | undefined;
  /** Whether a repo-relative file or folder exists. */
  exists(file: string): boolean;
}

/**
 * GitHub's heading ids (github-slugger): lower-case, punctuation and symbols dropped (letters,
 * digits, `-`, `_` and spaces kept), each space a `-`; a repeated id gets `-1`, `-2`, ...
 */
export function createSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    let slug = base;
    while (seen.has(slug)) {
      const n = seen.get(base)! + 1;
      seen.set(base, n);
      slug = `${base}-${n}`;
    }
    seen.set(slug, 0);
    return slug;
  };
}

/** The text a reader sees in inline tokens: code spans keep their content, markup goes. */
function plainText(tokens: Token[] | undefined): string {
  let out = "";
  for (const t of tokens ?? []) {
    if (t.type === "html") continue;
    if ("tokens" in t && t.tokens?.length) out += plainText(t.tokens);
    else if ("text" in t && typeof t.text === "string") out += t.text;
  }
  return out;
}

/** Decode the few entities marked leaves in text tokens, as GitHub's renderer would show them. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Every anchor a markdown file offers: heading ids, and explicit `<a id>` / `<a name>` targets. */
export function anchorsOf(markdown: string): Set<string> {
  const slug = createSlugger();
  const anchors = new Set<string>();
  marked.walkTokens(marked.lexer(markdown), (t) => {
    if (t.type === "heading") anchors.add(slug(decodeEntities(plainText((t as Tokens.Heading).tokens))));
    else if (t.type === "html") {
      for (const m of t.raw.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/g)) anchors.add(m[1]!);
    }
  });
  return anchors;
}

/** Every link and image target of a markdown file (code is not markdown, so links in it are not seen). */
export function linksOf(markdown: string): MarkdownLink[] {
  const tokens = marked.lexer(markdown);
  const links: MarkdownLink[] = [];
  // Tokens carry no positions; find each link's raw text from where the last one was found.
  let from = 0;
  marked.walkTokens(tokens, (t) => {
    if (t.type !== "link" && t.type !== "image") return;
    const at = markdown.indexOf(t.raw, from);
    if (at !== -1) from = at + t.raw.length;
    const line = at === -1 ? 0 : markdown.slice(0, at).split("\n").length;
    links.push({ href: (t as Tokens.Link).href, line });
  });
  return links;
}

/** Links that leave the repository (http, mailto, any scheme) are not checked. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//");
}

/** Check the links of `files` (repo-relative markdown paths) against `tree`. */
export function findBrokenLinks(files: string[], tree: DocsTree): BrokenLink[] {
  const anchorCache = new Map<string, Set<string>>();
  const anchorsIn = (file: string): Set<string> | undefined => {
    if (!anchorCache.has(file)) {
      const text = tree.read(file);
      if (text === undefined) return undefined;
      anchorCache.set(file, anchorsOf(text));
    }
    return anchorCache.get(file);
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    const text = tree.read(file);
    if (text === undefined) throw new Error(`${file} cannot be read`);
    for (const { href, line } of linksOf(text)) {
      if (isExternal(href)) continue;
      const hash = href.indexOf("#");
      const rawPath = (hash === -1 ? href : href.slice(0, hash)).replace(/\?.*$/, "");
      const anchor = hash === -1 ? undefined : decodeURIComponent(href.slice(hash + 1));
      const relative = decodeURIComponent(rawPath);
      const target = relative
        ? path.posix.normalize(
            relative.startsWith("/")
              ? relative.slice(1)
              : path.posix.join(path.posix.dirname(file), relative),
          )
        : file;
      const fail = (reason: string) => broken.push({ file, line, href, reason });
      if (target.startsWith("../")) {
        fail("points outside the repository");
        continue;
      }
      if (!tree.exists(target)) {
        fail(`${target} does not exist`);
        continue;
      }
      // GitHub turns #L10 on a code file into a line link; only markdown files have heading anchors.
      if (anchor === undefined || !target.toLowerCase().endsWith(".md")) continue;
      const anchors = anchorsIn(target);
      if (anchors && !anchors.has(anchor)) fail(`${target} has no heading with the anchor #${anchor}`);
    }
  }
  return broken;
}
