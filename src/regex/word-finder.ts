/** Words found at the start of a word in a text, ignoring case, in one linear pass (RE2JS). */
import { RE2JS } from "re2js";

/**
 * A finder for `words` (taken literally): the first of them that starts a word in a text (at
 * its start or after a character that is not an ASCII letter or digit), as written in `words`.
 */
export function compileWordFinder(words: readonly string[]): (text: string) => string | undefined {
  // Words come from mlgate.yml: quoted, so none of their characters is syntax.
  const re = RE2JS.compile(`(?:^|[^A-Za-z0-9])((?i:${words.map((w) => RE2JS.quote(w)).join("|")}))`);
  return (text) => {
    const m = re.exec(text);
    if (!m) return undefined;
    const found = String(m[1]).toLowerCase();
    return words.find((w) => w.toLowerCase() === found) ?? String(m[1]);
  };
}
