/**
 * The last word on size before text reaches GitHub. The markdown renderer shrinks a scorecard in
 * stages, but one string it cannot shrink (a metric name of 30,000 characters, a finding's message)
 * can still carry a body past GitHub's limit, and GitHub then refuses it whole (422). Here, whatever
 * the input: lines over LONG_LINE are cut in the middle, then, if still too long, the text is cut at
 * a line end, and a note says what was done. Limits are counted in UTF-16 code units (never fewer
 * than GitHub's characters) or in UTF-8 bytes.
 */

/** How a limit is counted. */
export type Unit = "chars" | "bytes";

/** Lines longer than this are cut in the middle first: a table row keeps its first and last cells. */
const LONG_LINE = 2_000;
/** What stays of a long line: its start and its end. */
const KEEP_HEAD = 1_000;
const KEEP_TAIL = 200;
/** Room kept for the note. */
const NOTE_ROOM = 400;

/** UTF-8 bytes of one UTF-16 code unit (a surrogate pair's two units make 4). */
function unitBytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}

/** Size of `text` in `unit`. */
export function sizeOf(text: string, unit: Unit): number {
  return unit === "chars" ? text.length : Buffer.byteLength(text, "utf8");
}

/** The longest prefix length of `text` within `budget` that does not split a surrogate pair. */
function prefixWithin(text: string, budget: number, unit: Unit): number {
  let end = Math.min(text.length, Math.max(0, budget));
  if (unit === "bytes") {
    let bytes = 0;
    end = 0;
    while (end < text.length && bytes + unitBytes(text.charCodeAt(end)) <= budget) {
      bytes += unitBytes(text.charCodeAt(end));
      end++;
    }
  }
  return safeCut(text, end);
}

/** `i`, moved back one if it would split a surrogate pair. */
function safeCut(text: string, i: number): number {
  const code = text.charCodeAt(i - 1);
  return i > 0 && i < text.length && code >= 0xd800 && code <= 0xdbff ? i - 1 : i;
}

/** A line's start and end with the middle left out (and said so). */
function shortenLine(line: string): string {
  const head = safeCut(line, KEEP_HEAD);
  const tail = line.length - KEEP_TAIL;
  const tailStart =
    tail > 0 && tail < line.length && line.charCodeAt(tail) >= 0xdc00 && line.charCodeAt(tail) <= 0xdfff
      ? tail + 1
      : tail;
  return `${line.slice(0, head)} … (${tailStart - head} characters left out) … ${line.slice(tailStart)}`;
}

/** Cut `text` to at most `max` characters or bytes, with "…" at the end: for plain strings (annotation titles, messages). */
export function capString(text: string, max: number, unit: Unit = "chars"): string {
  if (sizeOf(text, unit) <= max) return text;
  return `${text.slice(0, prefixWithin(text, max - sizeOf("…", unit), unit))}…`;
}

/**
 * Markdown within `max` characters or bytes: unchanged when it fits; else long lines cut in the
 * middle, then the text cut at a line end (closing an open code fence), with a note saying so.
 * `where` tells the reader where the full text is.
 */
export function capMarkdown(text: string, max: number, unit: Unit = "chars", where?: string): string {
  if (sizeOf(text, unit) <= max) return text;
  let long = 0;
  const lines = text.split("\n").map((line) => {
    if (line.length <= LONG_LINE) return line;
    long++;
    return shortenLine(line);
  });
  let out = lines.join("\n");
  const limit = `${max.toLocaleString("en-US")} ${unit === "chars" ? "characters" : "bytes"}`;
  const did: string[] = [];
  if (long)
    did.push(
      `${long} line${long === 1 ? "" : "s"} over ${LONG_LINE.toLocaleString("en-US")} characters cut in the middle`,
    );
  const room = max - NOTE_ROOM - (where?.length ?? 0) * 3;
  if (sizeOf(out, unit) > room) {
    let end = prefixWithin(out, room, unit);
    const newline = out.lastIndexOf("\n", end);
    if (newline > 0) end = newline;
    out = out.slice(0, end);
    // An odd number of fences leaves the note inside a code block.
    if ((out.match(/^ {0,3}(```|~~~)/gm)?.length ?? 0) % 2 === 1) out += "\n```";
    did.push("the end left out");
  }
  const note = `> ✂️ mlgate shortened this text to fit GitHub's limit of ${limit}: ${did.join(", ")}.${where ? ` ${where}` : ""}`;
  return `${out.trimEnd()}\n\n${note}\n`;
}
