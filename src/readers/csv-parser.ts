/**
 * A streaming CSV/TSV parser (RFC 4180): quoted fields with delimiters, newlines and doubled quotes,
 * CRLF or LF line ends, a byte-order mark, a configurable one-character delimiter. Text arrives in
 * chunks of any size (a chunk may end anywhere, even inside a quoted field) and rows leave through
 * a callback with the physical line they start on, so findings can name row and line.
 * Lenient where pandas is: a quote inside an unquoted field is kept as a character.
 */

/** One parsed row. */
export interface CsvRow {
  /** 0-based index among all rows read (the header, if any, is row 0). */
  index: number;
  /** 1-based line of the file where the row starts. */
  line: number;
  fields: string[];
  /** Byte offset in the file (UTF-8) where the row starts, when the reader knows it (CSV). */
  offset?: number;
}

/** A problem that stops the parse (the caller turns it into a diagnostic). */
export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line of the problem. */
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** Push-style parser: call push() with text chunks, then end(). */
export class CsvParser {
  private readonly delimiter: number;
  private fields: string[] = [];
  private field = "";
  private inQuotes = false;
  /** A quote seen inside a quoted field: either the closing quote or the first of a doubled one. */
  private quoteSeen = false;
  /** The current field was quoted (text after its closing quote is appended, as pandas does). */
  private wasQuoted = false;
  private pendingCr = false;
  private line = 1;
  private rowLine = 1;
  private rows = 0;
  private started = false;
  private first = true;
  /** UTF-8 bytes of the text consumed so far, and where the current row starts. */
  private bytes = 0;
  private rowByte = 0;

  constructor(
    private readonly onRow: (row: CsvRow) => void,
    delimiter = ",",
  ) {
    if (delimiter.length !== 1) throw new Error("the delimiter must be one character");
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feed the next chunk of text. */
  push(text: string): void {
    let s = text;
    let bytes = this.bytes;
    if (this.first && s.length) {
      this.first = false;
      if (s.charCodeAt(0) === 0xfeff) {
        s = s.slice(1);
        bytes += 3;
        this.rowByte = bytes;
      }
    }
    let start = 0; // start of the run of plain characters not yet copied into `field`
    const d = this.delimiter;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      // The UTF-8 length of the character (a surrogate pair is 2 + 2).
      bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (c === LF) {
          start = i + 1;
          this.rowByte = bytes;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === QUOTE) {
            // A doubled quote: one literal quote.
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.inQuotes = false; // the quote before this character closed the field
        } else {
          if (c === QUOTE) {
            this.field += s.slice(start, i);
            this.quoteSeen = true;
            start = i + 1;
          } else if (c === LF) {
            this.line++;
          }
          continue;
        }
      }
      this.started = true;
      if (c === d) {
        this.field += s.slice(start, i);
        this.endField();
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.field += s.slice(start, i);
        this.endRow();
        this.line++;
        this.rowLine = this.line;
        this.rowByte = bytes;
        if (c === CR) this.pendingCr = true;
        start = i + 1;
      } else if (c === QUOTE && this.field === "" && start === i && !this.wasQuoted) {
        this.inQuotes = true;
        this.wasQuoted = true;
        start = i + 1;
      }
    }
    if (this.inQuotes && !this.quoteSeen) this.field += s.slice(start);
    else if (!this.inQuotes) this.field += s.slice(start);
    this.bytes = bytes;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.wasQuoted = false;
  }

  private endRow(): void {
    // A blank line is not a row (as in pandas' default skip_blank_lines).
    if (this.fields.length === 0 && this.field === "" && !this.wasQuoted) return;
    this.endField();
    this.onRow({ index: this.rows++, line: this.rowLine, fields: this.fields, offset: this.rowByte });
    this.fields = [];
  }

  /** The 1-based line the parser has reached. */
  get currentLine(): number {
    return this.line;
  }

  /** Finish: emit the last row if the text did not end with a newline. */
  end(): void {
    if (this.inQuotes && !this.quoteSeen)
      throw new CsvError("a quoted field is not closed before the end of the file", this.rowLine);
    this.inQuotes = false;
    this.quoteSeen = false;
    if (this.started) this.endRow();
  }
}
