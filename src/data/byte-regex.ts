/**
 * Simple regular expressions matched on ASCII bytes without making a string: the shapes data
 * checks mostly use (`^[A-Z]{3}$`, `^[^@\s]+@[^@\s]+$`, `\d{5}`): literals, `.`, classes, `\d\w\s`
 * and their negations, quantifiers `* + ? {n} {n,} {n,m}`, optional `^`/`$`. No groups, no
 * alternation, no back-references: anything else returns undefined and the caller uses RegExp.
 * Matching runs a Thompson automaton over a 32-bit state set, so it is linear in the cell and
 * cannot backtrack. Only for ASCII cells, where it agrees with the `u`-flag RegExp (a test
 * compares them on random patterns and strings).
 */

/** A predicate over one byte. */
type ByteSet = Uint8Array;

/** One position of the pattern: a set of bytes and how often it may repeat. */
interface Item {
  set: ByteSet;
  kind: "one" | "optional" | "star";
}

const MAX_STATES = 31;
const MAX_REPEAT = 20;

function setOf(test: (c: number) => boolean): ByteSet {
  const s = new Uint8Array(128);
  for (let c = 0; c < 128; c++) s[c] = test(c) ? 1 : 0;
  return s;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
// \s on ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
const isSpace = (c: number) => (c >= 9 && c <= 13) || c === 32;
const ESCAPES: Record<string, (c: number) => boolean> = {
  d: isDigit,
  D: (c) => !isDigit(c),
  w: isWord,
  W: (c) => !isWord(c),
  s: isSpace,
  S: (c) => !isSpace(c),
};
/** Escapes of single characters the `u` flag accepts. */
const IDENTITY = new Set([..."^$\\.*+?()[]{}|/-"]);
const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 };

/** Compile `pattern`, or undefined when it is outside the supported subset. */
export function compileByteRegex(
  pattern: string,
  /** States of the cached deterministic automaton before it stops caching (tests make it small). */
  maxDfa = 512,
): ((b: Uint8Array, s: number, e: number) => boolean) | undefined {
  for (let i = 0; i < pattern.length; i++) if (pattern.charCodeAt(i) > 127) return undefined;
  let i = 0;
  const anchoredStart = pattern[0] === "^";
  if (anchoredStart) i = 1;
  let end = pattern.length;
  const anchoredEnd = end > i && pattern[end - 1] === "$" && pattern[end - 2] !== "\\";
  if (anchoredEnd) end--;
  const items: Item[] = [];
  while (i < end) {
    let set: ByteSet;
    const ch = pattern[i]!;
    if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) return undefined;
      if (ESCAPES[next]) set = setOf(ESCAPES[next]);
      else if (CONTROL[next] !== undefined) {
        const code = CONTROL[next];
        set = setOf((c) => c === code);
      } else if (IDENTITY.has(next)) {
        const code = next.charCodeAt(0);
        set = setOf((c) => c === code);
      } else return undefined;
      i += 2;
    } else if (ch === "[") {
      const parsed = parseClass(pattern, i + 1, end);
      if (!parsed) return undefined;
      set = parsed.set;
      i = parsed.next;
    } else if (ch === ".") {
      set = setOf((c) => c !== 10 && c !== 13);
      i++;
    } else if ("()|*+?{}^$]".includes(ch)) {
      return undefined;
    } else {
      const code = ch.charCodeAt(0);
      set = setOf((c) => c === code);
      i++;
    }
    // Quantifier.
    let min = 1;
    let max = 1;
    const q = pattern[i];
    if (q === "*" || q === "+" || q === "?") {
      min = q === "+" ? 1 : 0;
      max = q === "?" ? 1 : Number.POSITIVE_INFINITY;
      i++;
    } else if (q === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, end));
      if (!m) return undefined;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      if (max < min || min > MAX_REPEAT || (max !== Number.POSITIVE_INFINITY && max > MAX_REPEAT))
        return undefined;
      i += m[0].length;
    }
    // A lazy quantifier finds a match exactly when the greedy one does.
    if (pattern[i] === "?" && q && "*+?{".includes(q)) i++;
    if (pattern[i] === "*" || pattern[i] === "+" || pattern[i] === "{") return undefined;
    for (let k = 0; k < min; k++) items.push({ set, kind: "one" });
    if (max === Number.POSITIVE_INFINITY) items.push({ set, kind: "star" });
    else for (let k = min; k < max; k++) items.push({ set, kind: "optional" });
    if (items.length > MAX_STATES - 1) return undefined;
  }
  return automaton(items, anchoredStart, anchoredEnd, maxDfa);
}

/** `[...]` from just after the bracket; undefined for what is not supported. */
function parseClass(p: string, from: number, end: number): { set: ByteSet; next: number } | undefined {
  let i = from;
  const negate = p[i] === "^";
  if (negate) i++;
  const member = new Uint8Array(128);
  // In JavaScript `]` right after `[` or `[^` closes the class: `[]` matches nothing, `[^]` anything.
  while (i < end && p[i] !== "]") {
    let lo: number;
    if (p[i] === "\\") {
      const next = p[i + 1];
      if (next === undefined) return undefined;
      if (ESCAPES[next]) {
        for (let c = 0; c < 128; c++) if (ESCAPES[next](c)) member[c] = 1;
        i += 2;
        continue;
      }
      if (CONTROL[next] !== undefined) lo = CONTROL[next];
      else if (IDENTITY.has(next)) lo = next.charCodeAt(0);
      else return undefined;
      i += 2;
    } else if (p[i] === "[") return undefined;
    else {
      lo = p.charCodeAt(i);
      i++;
    }
    if (p[i] === "-" && p[i + 1] !== undefined && p[i + 1] !== "]") {
      let hi: number;
      if (p[i + 1] === "\\") {
        const next = p[i + 2];
        if (next === undefined || ESCAPES[next]) return undefined;
        if (CONTROL[next] !== undefined) hi = CONTROL[next];
        else if (IDENTITY.has(next)) hi = next.charCodeAt(0);
        else return undefined;
        i += 3;
      } else {
        hi = p.charCodeAt(i + 1);
        i += 2;
      }
      if (hi < lo) return undefined;
      for (let c = lo; c <= hi; c++) member[c] = 1;
    } else member[lo] = 1;
  }
  if (p[i] !== "]") return undefined;
  const set = negate ? member.map((v) => (v ? 0 : 1)) : member;
  return { set, next: i + 1 };
}

/** The matcher for a list of items. */
function automaton(items: Item[], anchoredStart: boolean, anchoredEnd: boolean, maxDfa: number) {
  const k = items.length;
  const accept = 1 << k;
  /** Add the states reachable without input (skipping optional and starred items). */
  const close = (states: number): number => {
    let s = states;
    for (let j = 0; j < k; j++) if (s & (1 << j) && items[j]!.kind !== "one") s |= 1 << (j + 1);
    return s;
  };
  const start = close(1);
  /** One step of the automaton on byte `c` from the state set `states`. */
  const step = (states: number, c: number): number => {
    let next = 0;
    for (let j = 0; j < k; j++) {
      if (!(states & (1 << j))) continue;
      const item = items[j]!;
      if (!item.set[c]) continue;
      next |= item.kind === "star" ? 1 << j : 1 << (j + 1);
    }
    if (!anchoredStart) next |= 1;
    return close(next);
  };
  // The state sets met so far become the states of a deterministic automaton, built as the
  // cells need them: after warm-up each byte costs one table lookup. An entry holds the next
  // state's row (id * 128) times 4 plus what to do there: 0 go on, 1 match now (an accepting
  // state of an unanchored-end pattern), 2 fail now (no state left).
  const setOfId: number[] = [];
  const idOfSet = new Map<number, number>();
  let table = new Int32Array(128 * 16).fill(-1);
  const idOf = (set: number): number => {
    let id = idOfSet.get(set);
    if (id === undefined) {
      id = setOfId.length;
      setOfId.push(set);
      idOfSet.set(set, id);
      if ((id + 1) * 128 > table.length) {
        const bigger = new Int32Array(table.length * 2).fill(-1);
        bigger.set(table);
        table = bigger;
      }
    }
    return id;
  };
  const verdict = (set: number): number => (!anchoredEnd && set & accept ? 1 : set === 0 ? 2 : 0);
  const startRow = idOf(start) * 128;
  const startVerdict = verdict(start);
  return (b: Uint8Array, s: number, e: number): boolean => {
    if (startVerdict !== 0) return startVerdict === 1;
    let t = table;
    let row = startRow;
    for (let p = s; p < e; p++) {
      const c = b[p]!;
      if (c > 127) return false;
      let entry = t[row + c]!;
      if (entry < 0) {
        const set = step(setOfId[row >> 7]!, c);
        if (setOfId.length >= maxDfa && !idOfSet.has(set)) {
          // Too many distinct sets: finish this cell on the automaton directly.
          let states = set;
          for (let q = p + 1; q < e && states !== 0; q++) {
            if (b[q]! > 127) return false;
            if (!anchoredEnd && states & accept) return true;
            states = step(states, b[q]!);
          }
          return (states & accept) !== 0;
        }
        const next = idOf(set);
        entry = ((next * 128) << 2) | verdict(set);
        t = table;
        t[row + c] = entry;
      }
      if ((entry & 3) !== 0) return (entry & 3) === 1;
      row = entry >> 2;
    }
    return (setOfId[row >> 7]! & accept) !== 0;
  };
}
