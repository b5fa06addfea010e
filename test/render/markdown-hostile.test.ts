/**
 * A hostile report (the kind a forged artifact brings to publish mode, or odd names bring to run
 * mode) rendered as markdown and read by a GitHub-flavoured parser: every user string stays text.
 * No raw HTML, no links or images but ours, no `@mention` or heading of its own, and a `)` in a
 * file name does not end a finding's link early.
 */
import { lexer, parse, type Token } from "marked";
import { describe, expect, it } from "vitest";
import { RENDERERS } from "../../src/render/index.js";
import { hostileReport } from "../helpers/hostile-report.js";

/** Every token of a kind, depth first. */
function tokensOf(list: Token[], type: string, out: Token[] = []): Token[] {
  for (const t of list) {
    if (t.type === type) out.push(t);
    const children = (t as { tokens?: Token[] }).tokens;
    if (children) tokensOf(children, type, out);
    const items = (t as { items?: { tokens: Token[] }[] }).items;
    if (items) for (const i of items) tokensOf(i.tokens, type, out);
    const rows = (t as { rows?: { tokens: Token[] }[][] }).rows;
    const header = (t as { header?: { tokens: Token[] }[] }).header;
    for (const cell of [...(header ?? []), ...(rows ?? []).flat()]) tokensOf(cell.tokens, type, out);
  }
  return out;
}

describe("a hostile report as markdown", () => {
  const links = { serverUrl: "https://github.com", repository: "o/r", sha: "0123abc" };
  const md = RENDERERS.markdown(hostileReport(), { links });
  const tokens = lexer(md, { gfm: true });
  const html = parse(md, { gfm: true, async: false });

  it("has no HTML but its own folds, and no image", () => {
    for (const t of [...tokensOf(tokens, "html")]) {
      const tags = t.raw.match(/<\/?[a-z][^>]*>/gi) ?? [];
      for (const tag of tags) expect(tag).toMatch(/^<\/?(details|summary|sub)>$/);
    }
    expect(tokensOf(tokens, "image")).toEqual([]);
    expect(html).not.toMatch(/<img|<script|<a [^>]*onerror/i);
  });

  it("links only to the finding's file, whole", () => {
    const found = tokensOf(tokens, "link") as (Token & { href: string })[];
    expect(found.map((l) => l.href)).toEqual([
      "https://github.com/o/r/blob/0123abc/configs/a%29%20%5Bb%5D%28https%3A//evil.example%29.yaml#L3",
    ]);
    expect(html).not.toContain('href="https://evil.example');
  });

  it("pings nobody and adds no heading of its own", () => {
    // A mention is broken by a zero-width space after the @; GitHub pings no one from code.
    const text = html.replace(/<code>[^<]*<\/code>/g, "").replace(/<pre>[\s\S]*?<\/pre>/g, "");
    expect(text).not.toMatch(/@org/);
    const headings = tokensOf(tokens, "heading").map((h) => (h as Token & { text: string }).text);
    // Our headings only: the verdict (the environment in code) and the fixed section names.
    for (const h of headings)
      expect(h).toMatch(
        /^(❌ mlgate failed \(\d+ reasons\) · `[^`]*`|Problems|Metrics against baseline|Charts)$/,
      );
    expect(html).not.toMatch(/<h\d[^>]*>[^<]*Approved/);
  });

  it("keeps its mermaid blocks closed: one fence in, one out, no quote of the user's", () => {
    const blocks = tokensOf(tokens, "code").filter(
      (t) => (t as Token & { lang?: string }).lang === "mermaid",
    );
    expect(blocks.length).toBe(2);
    for (const b of blocks) {
      const text = (b as Token & { text: string }).text;
      // Inside each quoted label, no quote, bracket or backtick of the user's.
      for (const line of text.split("\n").slice(1))
        for (const q of line.match(/"[^"]*"/g) ?? []) expect(q.slice(1, -1)).not.toMatch(/["[\]`<>@]/);
    }
  });
});
