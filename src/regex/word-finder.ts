/** Words found at the start of a word in a text, ignoring case, in one linear pass (RE2JS). */
import type { RE2JS } from "re2js";
import { re2js } from "../vendor/lazy-module.js";

/**
 * A finder for `words` (taken literally): the first of them that starts a word in a text (at
 * its start or after a character that is not an ASCII letter or digit), as written in `words`.
 * `ascii`: the caller knows the text is ASCII (every value of an ASCII file without escapes), which
 * spares a check of each text.
 */
export function compileWordFinder(
  words: readonly string[],
): (text: string, ascii?: boolean) => string | undefined {
  // Words come from mlgate.yml: quoted, so none of their characters is syntax. Compiled at the
  // first text that needs it: with ASCII words, only a text past ASCII does.
  let re: RE2JS | undefined;
  const program = () => {
    const { RE2JS: engine } = re2js();
    re ??= engine.compile(`(?:^|[^A-Za-z0-9])((?i:${words.map((w) => engine.quote(w)).join("|")}))`);
    return re;
  };
  // RE2 folds case rune for rune: a text shorter (in UTF-16 units) than the shortest word, in
  // runes, holds none of them. Most config values are such short strings, and end here.
  const shortest = Math.min(...words.map((w) => [...w].length));
  const onRe2 = (text: string): string | undefined => {
    if (text.length < shortest) return undefined;
    const m = program().exec(text);
    if (!m) return undefined;
    const found = String(m[1]).toLowerCase();
    return words.find((w) => w.toLowerCase() === found) ?? String(m[1]);
  };
  // ASCII text and words (nearly every config value) are searched by one scan here instead: RE2JS
  // costs microseconds a call, and env-leak calls it on every string of every linted file (measured:
  // 10,000 configs linted 1.8x slower than before RE2JS). Same answer: the earliest word start, and
  // at one start the first word in list order (RE2's leftmost-first); linear for a fixed list of
  // words.
  if (!words.every(isAscii)) return onRe2;
  const lowered = words.map((w) => w.toLowerCase()).filter((w) => w.length);
  const original = words.filter((w) => w.length);
  if (!lowered.length) return () => undefined;
  // Word starts whose character begins a word (either case), found by V8's engine: a class then
  // a class, no quantifier, so linear; native from the first call, where a loop over characters
  // runs interpreted until the JIT gets to it (measured: 7% of the first files' time). The
  // text's start, a word start with nothing before it, is looked at first.
  const firsts = new Set(lowered.flatMap((w) => [w[0]!, w[0]!.toUpperCase()]));
  const starts = new RegExp(
    `[^A-Za-z0-9][${[...firsts].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `\\${c}`)).join("")}]`,
    "g",
  );
  const wordAt = (text: string, at: number): string | undefined => {
    for (let k = 0; k < lowered.length; k++) if (matchesAt(text, at, lowered[k]!)) return original[k];
    return undefined;
  };
  return (text, ascii) => {
    if (text.length < shortest) return undefined;
    // A character past ASCII hands the text to RE2, whose case folding knows it.
    if (!ascii && !isAscii(text)) return onRe2(text);
    if (firsts.has(text[0]!)) {
      const found = wordAt(text, 0);
      if (found !== undefined) return found;
    }
    starts.lastIndex = 0;
    while (starts.test(text)) {
      // The candidate is the match's second character; the next match may use it as its separator.
      const at = starts.lastIndex - 1;
      const found = wordAt(text, at);
      if (found !== undefined) return found;
      starts.lastIndex = at;
    }
    return undefined;
  };
}

/** ASCII lowercase of a character code below 128. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `word` (lowercase ASCII) is at `at` in `text`, ignoring ASCII case. */
function matchesAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    // A character past ASCII never equals an ASCII letter of the word here.
    if (c > 0x7f || lower(c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** A character past ASCII (one class: linear); at module level, since a literal in a function is a new RegExp per call. */
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether every character is ASCII. */
function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}
