/** Config values that take one item or a list (`path: a.csv` or `path: [a.csv, b.csv]`), as a list. */
export function asList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
