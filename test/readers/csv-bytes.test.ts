import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seeded } from "../../src/compare/significance.js";
import { ByteDictionary, type CsvBatch, CsvByteScanner, parseNumber } from "../../src/readers/csv-bytes.js";
import { CsvError, CsvParser } from "../../src/readers/csv-parser.js";
import { isDecimalBytes, toNumber } from "../../src/readers/values.js";

type Parsed = { rows: { index: number; line: number; fields: string[]; offset?: number }[]; error?: string };

/** What a reading gave when it stopped on a CsvError (any other error is a bug: rethrown). */
function stopped(rows: Parsed["rows"], err: unknown): Parsed {
  if (!(err instanceof CsvError)) throw err;
  return { rows, error: `${err.message} @${err.line}` };
}

/** The string parser's reading of `text`: the reference for the byte scanner. */
function withStrings(text: string, delimiter = ","): Parsed {
  const rows: Parsed["rows"] = [];
  try {
    const p = new CsvParser((r) => rows.push({ ...r, fields: [...r.fields] }), delimiter);
    p.push(text);
    p.end();
  } catch (err) {
    return stopped(rows, err);
  }
  return { rows };
}

/** An onBatch that appends each row of a batch (its cells as text, line and offset) to `rows`. */
const into = (rows: Parsed["rows"]) => (b: CsvBatch) => {
  for (let r = 0; r < b.rows; r++)
    rows.push({ index: b.firstIndex + r, line: b.line[r]!, fields: b.rowTexts(r), offset: b.rowOffset(r) });
};

/** The byte scanner's reading of `bytes`, fed in chunks cut at `cuts`. */
function withBytes(bytes: Buffer, cuts: number[], delimiter = ",", gatherAbove?: number): Parsed {
  const rows: Parsed["rows"] = [];
  try {
    const s = new CsvByteScanner(into(rows), delimiter, gatherAbove);
    let at = 0;
    for (const cut of [...cuts, bytes.length]) {
      s.push(bytes.subarray(at, cut));
      at = cut;
    }
    s.end();
  } catch (err) {
    return stopped(rows, err);
  }
  return { rows };
}

const rng = seeded;

/** The byte scanner's reading of a file through scanFile, `chunk` bytes per read. */
async function fromFile(
  file: string,
  chunk: number,
  start = 0,
  end = Number.POSITIVE_INFINITY,
  gatherAbove?: number,
): Promise<Parsed> {
  const rows: Parsed["rows"] = [];
  try {
    await new CsvByteScanner(into(rows), ",", gatherAbove).scanFile(file, start, end, undefined, chunk);
  } catch (err) {
    return stopped(rows, err);
  }
  return { rows };
}

describe("the byte CSV scanner reads exactly what the string parser reads", () => {
  const cases: [string, string][] = [
    ["plain", "a,b,c\n1,2,3\n4,5,6\n"],
    ["no final newline", "a,b\n1,2"],
    ["CRLF and CR", "a,b\r\n1,2\r3,4\r\n"],
    ["quotes", 'a,b\n"x, y","he said ""hi"""\n"multi\nline",2\n'],
    ["text after a closing quote", 'a,b\n"x"yz,2\n'],
    ["quote inside an unquoted field", 'a,b\nx"y,2\n'],
    ["blank lines", "a,b\n\n1,2\n\n\n3,4\n"],
    ["empty quoted field is a row", 'a\n""\n1\n'],
    ["BOM", "\ufeffa,b\n1,2\n"],
    ["trailing delimiter", "a,b,\n1,2,\n"],
    ["unclosed quote", 'a,b\n1,"oops\n2,3\n'],
    ["non-ASCII", "name,city\nJoão,São Paulo\n李,東京\n"],
    ["empty file", ""],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const want = withStrings(text);
      const bytes = Buffer.from(text);
      expect(withBytes(bytes, [])).toEqual(want);
      // Every single cut point, including inside multi-byte characters and CRLF pairs.
      for (let cut = 1; cut < bytes.length; cut++)
        expect(withBytes(bytes, [cut]), `cut at ${cut}`).toEqual(want);
    });
  }

  it("random documents in random chunks (20,000 of them)", () => {
    const r = rng(7);
    const alphabet = ["a", "b", "1", ",", ",", '"', '"', "\n", "\n", "\r", "\r\n", "é", " ", "€"];
    for (let doc = 0; doc < 20000; doc++) {
      const len = Math.floor(r() * 40);
      let text = "";
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(r() * alphabet.length)];
      const bytes = Buffer.from(text);
      const cuts = [
        ...new Set(Array.from({ length: Math.floor(r() * 4) }, () => Math.floor(r() * bytes.length))),
      ]
        .filter((c) => c > 0)
        .sort((x, y) => x - y);
      const want = withStrings(text);
      expect(withBytes(bytes, cuts), JSON.stringify({ text, cuts })).toEqual(want);
      // Every cut row gathered until its end comes (the path of rows longer than 64 KiB).
      expect(withBytes(bytes, cuts, ",", 0), JSON.stringify({ text, cuts, gather: true })).toEqual(want);
    }
  });

  it("random documents cut into 1-byte chunks, every cut row gathered (5,000 of them)", () => {
    const r = rng(17);
    const alphabet = ["a", "1", ",", '"', '"', '""', "\n", "\n", "\r", "\r\n", "é", ";"];
    for (let doc = 0; doc < 5000; doc++) {
      const len = Math.floor(r() * 30);
      let text = "";
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(r() * alphabet.length)];
      const bytes = Buffer.from(text);
      const cuts = Array.from({ length: Math.max(0, bytes.length - 1) }, (_, i) => i + 1);
      expect(withBytes(bytes, cuts, ",", 0), JSON.stringify({ text })).toEqual(withStrings(text));
    }
  });

  it("random documents with other delimiters (tab, semicolon, pipe), 5,000 each", () => {
    const r = rng(8);
    for (const d of ["\t", ";", "|"]) {
      const alphabet = ["a", "z", "1", d, d, ",", '"', "\n", "\n", "\r", "\r\n", "é", " ", "~"];
      for (let doc = 0; doc < 5000; doc++) {
        const len = Math.floor(r() * 40);
        let text = "";
        for (let i = 0; i < len; i++) text += alphabet[Math.floor(r() * alphabet.length)];
        const bytes = Buffer.from(text);
        const cut = Math.floor(r() * bytes.length);
        expect(withBytes(bytes, cut > 0 ? [cut] : [], d), JSON.stringify({ d, text, cut })).toEqual(
          withStrings(text, d),
        );
      }
    }
  });

  it("reading a file through one reused buffer: random documents, reads of 2 to 9 bytes, ranges", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mlgate-scanfile-"));
    try {
      const r = rng(9);
      const alphabet = [
        "ab",
        "1",
        ",",
        ",",
        '"',
        '"',
        "\n",
        "\n",
        "\r",
        "\r\n",
        "é",
        "long-field-".repeat(3),
      ];
      for (let doc = 0; doc < 2000; doc++) {
        const len = Math.floor(r() * 30);
        let text = doc % 5 === 0 ? "\ufeff" : "";
        for (let i = 0; i < len; i++) text += alphabet[Math.floor(r() * alphabet.length)];
        const file = path.join(dir, `d${doc}.csv`);
        writeFileSync(file, text);
        const chunk = 2 + (doc % 8);
        const want = withStrings(text);
        expect(await fromFile(file, chunk), JSON.stringify({ text, chunk })).toEqual(want);
        // One in four again with every cut row gathered (the path of rows longer than 64 KiB).
        if (doc % 4 === 1) {
          const gathered = await fromFile(file, chunk, 0, Number.POSITIVE_INFINITY, 0);
          expect(gathered, JSON.stringify({ text, chunk, gather: true })).toEqual(want);
        }
      }
      // A range: the bytes after the first line break, up to the end.
      const text = "h1,h2\n1,2\n3,4\n";
      const file = path.join(dir, "range.csv");
      writeFileSync(file, `${text}junk`);
      expect((await fromFile(file, 3, 6, text.length)).rows.map((x) => x.fields)).toEqual([
        ["1", "2"],
        ["3", "4"],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rows wider than the batch's first arrays (10,000 fields, then quoted)", () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `f${i}`).join(",");
    const text = `${wide}\n${wide}\n"q,1",${wide}\n`;
    const want = withStrings(text);
    expect(want.rows[0]!.fields).toHaveLength(10_000);
    expect(withBytes(Buffer.from(text), [])).toEqual(want);
    expect(withBytes(Buffer.from(text), [70_000])).toEqual(want);
  });

  it("tab-separated", () => {
    const text = "a\tb\n1\t2,3\n";
    expect(withBytes(Buffer.from(text), [], "\t")).toEqual(withStrings(text, "\t"));
  });

  it("invalid UTF-8 is an error at its row's line", () => {
    const bytes = Buffer.concat([Buffer.from("a,b\n1,2\n3,"), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]);
    expect(withBytes(bytes, []).error).toBe("the file is not valid UTF-8 @3");
  });
});

describe("numbers straight from bytes", () => {
  const num = (s: string) => parseNumber(Buffer.from(s), 0, Buffer.byteLength(s));

  it("equals Number() exactly wherever it answers, and declines the rest", () => {
    const fixed = [
      "0",
      "-0",
      "1",
      "+1",
      "0.5",
      ".5",
      "5.",
      "-12.25",
      "0.000001",
      "123456789012345",
      "1e5",
      "1E-5",
      "2.5e+3",
      "0.1",
      "0.2",
      "0.3",
      "9007199254740993",
      "1234567890123456789",
      "1e400",
      "1e-400",
      "",
      "-",
      "1e",
      "abc",
      "1.2.3",
      "0x10",
      " 1",
      "1 ",
      "NaN",
      "Infinity",
      "1_000",
    ];
    const r = rng(11);
    const random = Array.from({ length: 20_000 }, () => {
      const digits = Math.floor(r() * 18) + 1;
      let s = r() < 0.3 ? "-" : "";
      for (let i = 0; i < digits; i++) s += Math.floor(r() * 10);
      const point = Math.floor(r() * (digits + 1));
      s = `${s.slice(0, point + (s[0] === "-" ? 1 : 0))}.${s.slice(point + (s[0] === "-" ? 1 : 0))}`;
      if (r() < 0.2) s += `e${Math.floor(r() * 60) - 30}`;
      return s;
    });
    let answered = 0;
    for (const s of [...fixed, ...random]) {
      const v = num(s);
      if (Number.isNaN(v)) continue;
      answered++;
      expect(Object.is(v, Number(s)), `${s}: ${v} vs ${Number(s)}`).toBe(true);
    }
    expect(answered).toBeGreaterThan(15_000);
    // The data checks' byte path reads a cell as parseNumber's answer, else (a long or huge
    // decimal) Number() when the grammar check says decimal: always what the string path reads.
    const g = rng(12);
    const chars = "0123456789.eE+-x ";
    for (let k = 0; k < 50_000; k++) {
      let s = "";
      const len = 1 + Math.floor(g() * (k % 2 ? 8 : 24));
      for (let i = 0; i < len; i++) s += chars[Math.floor(g() * (k % 3 ? 10 : chars.length))];
      const b = Buffer.from(s);
      const v = num(s);
      const bytePath = !Number.isNaN(v) ? v : isDecimalBytes(b, 0, b.length) ? toNumber(s) : undefined;
      expect(bytePath, s).toBe(toNumber(s));
    }
    for (const s of [
      "",
      "-",
      "1e",
      "abc",
      "1.2.3",
      "0x10",
      " 1",
      "NaN",
      "Infinity",
      "1_000",
      "9007199254740993",
    ])
      expect(num(s), s).toBeNaN();
  });
});

describe("byte dictionary", () => {
  it("codes fields by their bytes; missing markers share one code", () => {
    const dict = new ByteDictionary();
    const codes: number[] = [];
    const scanner = new CsvByteScanner((b) => {
      for (let f = 0; f < b.fields; f++) codes.push(dict.codeOfField(b, f));
    });
    scanner.push(Buffer.from('north\nsouth\nnorth\nNA\n\n""\n"north"\nNULL\nsüd\n'));
    scanner.end();
    expect(dict.values).toEqual(["north", "south", "(missing)", "süd"]);
    expect(codes).toEqual([0, 1, 0, 2, 2, 0, 2, 3]);
  });
});
