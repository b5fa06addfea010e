/** Words found at the start of a word in a text, ignoring case, in one linear pass (RE2JS). */
import { RE2JS } from "re2js";

/**
 * A finder for `words` (taken literally): the first of them that starts a word in a text (at
 * its start or after a character that is not an ASCII letter or digit), as written in `words`.
 */
export function compileWordFinder(words: readonly string[]): (text: string) => string | undefined {
  // Words come from mlgate.yml: quoted, so none of their characters is syntax.
  const re = RE2JS.compile(`(?:^|[^A-Za-z0-9])((?i:${words.map((w) => RE2JS.quote(w)).join("|")}))`);
  // RE2 folds case rune for rune: a text shorter (in UTF-16 units) than the shortest word, in
  // runes, holds none of them. Most config values are such short strings, and end here.
  const shortest = Math.min(...words.map((w) => [...w].length));
  const onRe2 = (text: string): string | undefined => {
    if (text.length < shortest) return undefined;
    const m = re.exec(text);
    if (!m) return undefined;
    const found = String(m[1]).toLowerCase();
    return words.find((w) => w.toLowerCase() === found) ?? String(m[1]);
  };
  // ASCII text and words (nearly every config value) are searched with indexOf instead: RE2JS costs
  // microseconds a call, and env-leak calls it on every string of every linted file (measured: 10,000
  // configs linted 1.8x slower than before RE2JS). Same answer: the earliest word start, and at one
  // start the first word in list order (RE2's leftmost-first); linear for a fixed list of words.
  if (!words.every(isAscii)) return onRe2;
  const lowered = words.map((w) => w.toLowerCase());
  return (text) => {
    if (text.length < shortest) return undefined;
    if (!isAscii(text)) return onRe2(text);
    const lower = text.toLowerCase();
    let best = -1;
    let bestWord: string | undefined;
    for (let k = 0; k < lowered.length; k++) {
      const w = lowered[k]!;
      if (!w.length) continue;
      for (
        let at = lower.indexOf(w);
        at !== -1 && (best === -1 || at < best);
        at = lower.indexOf(w, at + 1)
      ) {
        if (at === 0 || !isAlnum(lower.charCodeAt(at - 1))) {
          best = at;
          bestWord = words[k];
          break;
        }
      }
    }
    return bestWord;
  };
}

/** Whether every character is ASCII (a test of one character class: linear). */
function isAscii(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}

/** An ASCII letter or digit (what does not end a word before a marker). */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
