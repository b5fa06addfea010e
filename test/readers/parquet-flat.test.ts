import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parquetReadObjects, parquetSchema } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { describe, expect, it } from "vitest";
import { createWorkspace } from "../../src/io/workspace.js";
import { chunkValue, type ParquetChunk, readFlatColumn, readHybrid } from "../../src/readers/parquet-flat.js";
import { readParquetGroups } from "../../src/readers/read-parquet.js";
import { tempDir } from "../helpers/run-node.js";

/** Every column of `file` through the flat decoder: values by row, and which chunk kinds it made. */
async function readFlat(dir: string, file: string) {
  const columns = new Map<string, unknown[]>();
  const kinds = new Map<string, Set<string>>();
  await readParquetGroups(
    createWorkspace(dir),
    file,
    () => {},
    () => {},
    undefined,
    {
      flat: true,
      onChunk: (name: string, c: ParquetChunk) => {
        const values = columns.get(name) ?? [];
        for (let k = 0; k < c.rowEnd - c.rowStart; k++) values[c.rowStart + k] = chunkValue(c, k);
        columns.set(name, values);
        kinds.set(name, (kinds.get(name) ?? new Set()).add(c.dict === undefined ? "values" : "coded"));
      },
    },
  );
  return { columns, kinds };
}

/** hyparquet's own reading of every row: the reference. */
async function readRows(abs: string): Promise<Record<string, unknown>[]> {
  const { readFileSync } = await import("node:fs");
  const b = readFileSync(abs);
  const file = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  return parquetReadObjects({ file, compressors });
}

/** The flat decoder gives, row by row, the values hyparquet gives. */
async function expectSameValues(dir: string, file: string) {
  const rows = await readRows(path.join(dir, file));
  const { columns, kinds } = await readFlat(dir, file);
  for (const [name, values] of columns) {
    expect(values.length, name).toBe(rows.length);
    expect(values, name).toEqual(rows.map((r) => r[name] ?? null));
  }
  return { kinds, rows: rows.length };
}

describe("Parquet flat columns", () => {
  it("version 1 pages (DuckDB): the same values as hyparquet, dictionary pages kept coded", async () => {
    const dir = tempDir("mlgate-pq-");
    copyFileSync(
      path.join(import.meta.dirname, "../fixtures/parquet/mixed-v1.parquet"),
      path.join(dir, "m.parquet"),
    );
    const { kinds, rows } = await expectSameValues(dir, "m.parquet");
    expect(rows).toBe(6000);
    // make.mjs: i64 and cat dictionary-coded everywhere, mixed in its first row group only.
    expect(kinds.get("i64")).toEqual(new Set(["coded"]));
    expect(kinds.get("cat")).toEqual(new Set(["coded"]));
    expect(kinds.get("mixed")).toEqual(new Set(["coded", "values"]));
    expect(kinds.get("dbl")).toEqual(new Set(["values"]));
  });

  it("version 2 pages, several pages per chunk, plain, dictionary and delta encodings", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const n = 5000;
    const buffer = parquetWriteBuffer({
      columnData: [
        {
          name: "i64",
          data: Array.from({ length: n }, (_, i) => (i % 9 === 0 ? null : BigInt((i * 37) % 300) - 20n)),
          type: "INT64",
        },
        {
          name: "i64_delta",
          data: Array.from({ length: n }, (_, i) => BigInt(i * 1000003)),
          type: "INT64",
          encoding: "DELTA_BINARY_PACKED",
          nullable: false,
        },
        {
          name: "dbl",
          data: Array.from({ length: n }, (_, i) =>
            i % 8 === 0 ? null : i % 8 === 1 ? Number.NaN : i % 8 === 2 ? -0 : i / 3,
          ),
          type: "DOUBLE",
        },
        {
          name: "dbl_split",
          data: Array.from({ length: n }, (_, i) => i / 7),
          type: "DOUBLE",
          encoding: "BYTE_STREAM_SPLIT",
        },
        {
          name: "cat",
          data: Array.from({ length: n }, (_, i) =>
            i % 7 === 0 ? null : ["BR", "NA", "", "東京", "3"][i % 5]!,
          ),
          type: "STRING",
        },
        {
          name: "txt",
          data: Array.from({ length: n }, (_, i) => `u${i}`),
          type: "STRING",
          nullable: false,
        },
        {
          name: "flag",
          data: Array.from({ length: n }, (_, i) => (i % 6 === 0 ? null : i % 2 === 0)),
          type: "BOOLEAN",
        },
        {
          name: "ts",
          data: Array.from({ length: n }, (_, i) =>
            i % 10 === 0 ? null : new Date(Date.UTC(2024, 0, 1 + (i % 30), i % 24)),
          ),
          type: "TIMESTAMP",
        },
      ],
      rowGroupSize: [1000, 2500, 1500],
      pageSize: 2048,
    });
    const dir = tempDir("mlgate-pq-");
    writeFileSync(path.join(dir, "g.parquet"), Buffer.from(buffer));
    const { kinds, rows } = await expectSameValues(dir, "g.parquet");
    expect(rows).toBe(n);
    expect(kinds.get("cat")).toContain("coded");
    expect(kinds.get("i64_delta")).toEqual(new Set(["values"]));
  });

  it("refuses a page that claims more rows than its row group has", async () => {
    const { readFileSync } = await import("node:fs");
    const { parquetMetadata } = await import("hyparquet");
    const { getTreePath } = await import("hyparquet/src/schema.js");
    const { DEFAULT_PARSERS } = await import("hyparquet/src/convert.js");
    const b = readFileSync(path.join(import.meta.dirname, "../fixtures/parquet/mixed-v1.parquet"));
    const bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const meta = metadata.row_groups[0]!.columns[0]!.meta_data!;
    const schemaPath = getTreePath(parquetSchema(metadata), meta.path_in_schema);
    const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const chunk = bytes.subarray(from, from + Number(meta.total_compressed_size));
    const decoder = {
      pathInSchema: meta.path_in_schema,
      element: schemaPath[schemaPath.length - 1]!.element,
      schemaPath,
      type: meta.type,
      codec: meta.codec,
      parsers: DEFAULT_PARSERS,
      compressors,
    };
    let rows = 0;
    readFlatColumn(chunk, decoder, 0, 2048, (c) => {
      rows += c.rowEnd - c.rowStart;
    });
    expect(rows).toBe(2048);
    expect(() => readFlatColumn(chunk, decoder, 0, 10, () => {})).toThrow(/past its row group's end/);
  });

  it("reads RLE runs and bit-packed groups of any width, and refuses data that ends early", () => {
    // Width 3: a run of five 5s (header 5 << 1), then one bit-packed group of 8 values 0..7.
    const packed = [0, 1, 2, 3, 4, 5, 6, 7].reduce((bits, v, i) => bits + BigInt(v) * 8n ** BigInt(i), 0n);
    const bytes = Uint8Array.from([
      10,
      5,
      3,
      Number(packed & 255n),
      Number((packed >> 8n) & 255n),
      Number(packed >> 16n),
    ]);
    const out = new Int32Array(13);
    readHybrid(bytes, 0, bytes.length, 3, out, 13);
    expect([...out]).toEqual([5, 5, 5, 5, 5, 0, 1, 2, 3, 4, 5, 6, 7]);
    // Width 27 (past the fast unpacking): one group of 8 values.
    const wide = [1, 2 ** 26, 3, 2 ** 27 - 1, 0, 7, 2 ** 20, 99];
    let all = 0n;
    wide.forEach((v, i) => {
      all += BigInt(v) << BigInt(27 * i);
    });
    const raw = [3, ...Array.from({ length: 27 }, (_, i) => Number((all >> BigInt(8 * i)) & 255n))];
    const out27 = new Int32Array(8);
    readHybrid(Uint8Array.from(raw), 0, raw.length, 27, out27, 8);
    expect([...out27]).toEqual(wide);
    expect(() => readHybrid(Uint8Array.from([10, 5]), 0, 2, 3, new Int32Array(9), 9)).toThrow(/end early/);
  });
});
