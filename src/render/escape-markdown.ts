/** Make user-controlled text safe inside GitHub-flavoured markdown. */

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
};

/**
 * Where GitHub would turn bare text into a link (`https://…`, `www.…`): a zero-width space
 * after the scheme's colon, or after `www`, keeps it text.
 */
const AUTOLINK = /:(?=\/\/)|\bwww(?=\.)/gi;

/**
 * Escape text for a markdown paragraph or table cell: no raw HTML, no table breaks, no
 * emphasis or links from user strings, no `@mention` or `#123` pings, one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*_{}[\]()#+!~]/g, "\\$&")
    .replace(/[&<>|]/g, (c) => ENTITIES[c]!)
    .replace(/@/g, "@&#8203;")
    .replace(AUTOLINK, "$&&#8203;");
}

/**
 * Escape text that sits inside an HTML block (a `<summary>`), where GitHub does not read markdown
 * and a backslash would show: entities only, and the same mention and reference breaks.
 */
export function escapeHtmlText(text: string): string {
  // One pass: the entities added must not be escaped again.
  return text
    .replace(/\r?\n|\r/g, " ")
    .replace(AUTOLINK, "$&\u200b")
    .replace(/[&<>"|@#]/g, (c) => ENTITIES[c] ?? `${c}&#8203;`)
    .replace(/\u200b/g, "&#8203;");
}

/**
 * Inline code for user text. The fence is longer than any backtick run inside (CommonMark), so the
 * span cannot be broken out of and shows the text as it is. Inside a table cell GitHub splits
 * cells on `|` before reading the span, so there (`table`) a pipe is written `\|`, which GitHub
 * shows as `|`; elsewhere the backslash would show, so it is left alone.
 */
export function codeSpan(text: string, table = false): string {
  let clean = text.replace(/\r?\n|\r/g, " ");
  if (table) clean = clean.replace(/\|/g, "\\|");
  if (clean === "") return "` `";
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") || /^ .* $/.test(clean) ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * Text whose own backtick pairs mark code (`` no `model:` block ``, a pattern in a message): the
 * quoted parts become code spans, the rest is escaped, so neither shows a backslash on GitHub.
 */
export function markdownText(text: string, table = false): string {
  const parts = text.split("`");
  // An odd number of backticks has no pairing to trust: everything is plain text.
  if (parts.length % 2 === 0 || parts.length === 1) return escapeMarkdown(text);
  return parts.map((p, i) => (i % 2 ? codeSpan(p, table) : escapeMarkdown(p))).join("");
}

/** A URL fit for `[text](url)`: characters that would end or break the link are percent-encoded. */
export function linkUrl(url: string): string {
  return url.replace(
    /[()<>\s"'`\\[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}
