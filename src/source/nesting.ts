/** A cheap bound on nesting depth, checked before parsing so hostile files cannot exhaust the stack. */

/** Deepest nesting mlgate parses; real configs stay under 20. */
export const MAX_DEPTH = 256;

/**
 * Maximum depth of `[`/`{` nesting outside quoted strings, and of YAML block indentation levels.
 * An over-estimate is fine: it only decides whether to refuse the file.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote || c === "\n") quote = "";
      continue;
    }
    if (c === '"' || (c === "'" && /[\s,[{:]/.test(text[i - 1] ?? " "))) quote = c;
    else if (c === "#" && /\s/.test(text[i - 1] ?? "\n")) {
      const nl = text.indexOf("\n", i);
      i = nl === -1 ? text.length : nl - 1;
    } else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  // Block YAML nests by indentation: the number of distinct indents on a chain is bounded by the widest one.
  let indent = 0;
  for (const m of text.matchAll(/^( *)(?:- )*\S/gm))
    indent = Math.max(indent, m[1]!.length / 2 + (m[0].length - m[1]!.length) / 2);
  return Math.max(max, Math.floor(indent));
}
