/** Make user-controlled text safe inside GitHub-flavoured markdown. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;" };

/**
 * Escape text for a markdown paragraph or table cell: no raw HTML, no table breaks, no
 * emphasis or links from user strings, no `@mention` or `#123` pings, one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*_{}[\]()#+!~]/g, "\\$&")
    .replace(/[&<>|]/g, (c) => ENTITIES[c]!)
    .replace(/@/g, "@&#8203;");
}

/** Inline code for user text: backticks inside are replaced so the span cannot be broken out of. */
export function codeSpan(text: string): string {
  const clean = text
    .replace(/\r?\n|\r/g, " ")
    .replace(/`/g, "'")
    .replace(/\|/g, "\\|");
  return `\`${clean}\``;
}
