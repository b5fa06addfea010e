import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CsvError, CsvParser, type CsvRow } from "../../src/readers/csv-parser.js";

const DIR = path.join(import.meta.dirname, "../fixtures/csv");
/** Rows per fixture as Python's csv module reads them (fixtures/csv/expected.py wrote the file). */
const expected = JSON.parse(readFileSync(path.join(DIR, "expected.json"), "utf8")) as {
  files: Record<string, { delimiter: string; rows: string[][] }>;
};

/** Parse `text` fed in chunks of the given sizes (cycled). */
function parse(text: string, delimiter: string, sizes: number[] = [text.length || 1]): CsvRow[] {
  const rows: CsvRow[] = [];
  const parser = new CsvParser((r) => rows.push(r), delimiter);
  for (let i = 0, k = 0; i < text.length; k++) {
    const n = sizes[k % sizes.length]!;
    parser.push(text.slice(i, i + n));
    i += n;
  }
  parser.end();
  return rows;
}

describe("CsvParser agrees with Python's csv module", () => {
  it.each(Object.entries(expected.files))(
    "%s, whole and in chunks of any size",
    (name, { delimiter, rows }) => {
      const text = readFileSync(path.join(DIR, name), "utf8");
      for (const sizes of [[text.length || 1], [1], [2, 3, 5], [7, 1, 64]]) {
        expect(
          parse(text, delimiter, sizes).map((r) => r.fields),
          `chunks ${sizes}`,
        ).toEqual(rows);
      }
    },
  );

  it("gives each row the line it starts on, across quoted newlines", () => {
    const text = readFileSync(path.join(DIR, "quoted.csv"), "utf8");
    expect(parse(text, ",", [3]).map((r) => [r.index, r.line])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 5],
    ]);
  });

  it("reports a quoted field left open at the end with the line it started on", () => {
    expect(() => parse('a,b\n1,"open\nstill open', ",")).toThrow(CsvError);
    try {
      parse('a,b\n1,"open\nstill open', ",");
    } catch (err) {
      expect((err as CsvError).line).toBe(2);
    }
  });

  it("reads nothing from an empty file", () => {
    expect(parse("", ",")).toEqual([]);
  });
});

describe("readDelimited (files, gzip, bad bytes)", async () => {
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { gzipSync } = await import("node:zlib");
  const { createWorkspace, WorkspaceError } = await import("../../src/io/workspace.js");
  const { readDelimited } = await import("../../src/readers/read-delimited.js");
  const dir = mkdtempSync(path.join(tmpdir(), "mlgate-csv-"));
  const ws = createWorkspace(dir);
  const text = readFileSync(path.join(DIR, "quoted.csv"));
  writeFileSync(path.join(dir, "a.csv"), text);
  writeFileSync(path.join(dir, "a.csv.gz"), gzipSync(text));
  writeFileSync(path.join(dir, "b.tsv"), "x\ty\n1\t2\n");
  writeFileSync(path.join(dir, "bad.csv"), Buffer.from([0x61, 0x0a, 0xff, 0x0a]));
  writeFileSync(path.join(dir, "bad.csv.gz"), Buffer.from("not gzip at all"));

  const read = async (file: string) => {
    const rows: string[][] = [];
    await readDelimited(ws, file, (r) => rows.push(r.fields));
    return rows;
  };

  it("reads plain and gzipped files alike, and TSV by its extension", async () => {
    expect(await read("a.csv.gz")).toEqual(expected.files["quoted.csv"]!.rows);
    expect(await read("a.csv")).toEqual(expected.files["quoted.csv"]!.rows);
    expect(await read("b.tsv")).toEqual([
      ["x", "y"],
      ["1", "2"],
    ]);
  });

  it("turns bad input into plain errors", async () => {
    await expect(read("bad.csv")).rejects.toThrow(CsvError);
    await expect(read("bad.csv.gz")).rejects.toThrow("bad.csv.gz is not a valid gzip file");
    await expect(read("missing.csv")).rejects.toThrow(WorkspaceError);
    await expect(read("../outside.csv")).rejects.toThrow(WorkspaceError);
  });
});
