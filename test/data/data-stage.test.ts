import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { commitTime } from "../../src/baseline/git-info.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { runData } from "../../src/data/data-stage.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { location } from "../../src/render/common.js";
import type { Section } from "../../src/report/types.js";
import { tempDir } from "../helpers/run-node.js";

/** Run the data stage on a temp repo made of `files` and the `data:` block `yaml`. */
async function run(
  files: Record<string, string | Buffer>,
  yaml: string,
  tuning: { fastPath?: boolean } = {},
): Promise<Section> {
  const dir = tempDir("mlgate-data-");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const { config, diagnostics } = parseConfig(`version: 1\ndata:\n${yaml}`, "mlgate.yml");
  if (!config) throw new Error(JSON.stringify(diagnostics));
  return runData({
    config,
    environment: { name: "dev", source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
    tuning,
  });
}

const status = (s: Section) => Object.fromEntries(s.checks.map((c) => [c.id, c.status]));
const where = (s: Section, id: string) =>
  s.checks.find((c) => c.id === id)!.diagnostics.map((d) => `${location(d)} ${d.code} ${d.message}`);

const TRAIN = `id,age,country,email,score
1,34,BR,ana@example.com,0.5
2,-3,US,bruno@example.com,0.7
3,41,XX,not-an-email,0.1
3,abc,ES,carla@example.com,
5,29,US,"quoted, with comma@example.com",0.9
`;

const BLOCK = `  - name: train
    path: data/train.csv
    row_count: { min: 3, max: 10 }
    columns:
      id: { unique: true }
      age: { type: integer, min: 0, max: 120 }
      country: { allowed: [BR, US, ES] }
      email: { regex: "^[^@\\\\s,]+@[^@\\\\s]+$" }
      score: { type: number, missing: { max: 0 } }
`;

describe("data stage", () => {
  it("finds each kind of bad value, at its row and line", async () => {
    const s = await run({ "data/train.csv": TRAIN }, BLOCK);
    expect(status(s)).toEqual({
      "data/train/row_count": "passed",
      "data/train/id/unique": "failed",
      "data/train/age/type": "failed",
      "data/train/age/range": "failed",
      "data/train/country/allowed": "failed",
      "data/train/email/regex": "failed",
      "data/train/score/type": "passed",
      "data/train/score/missing": "failed",
    });
    expect(where(s, "data/train/age/range")).toEqual([
      'data/train.csv:3:1 data/range row 2, age: "-3" is outside >= 0 and <= 120',
    ]);
    expect(where(s, "data/train/age/type")).toEqual([
      'data/train.csv:5:1 data/type row 4, age: "abc" is not of type integer',
    ]);
    expect(where(s, "data/train/id/unique")).toEqual([
      'data/train.csv:5:1 data/duplicate row 4, id: "3" appeared before',
    ]);
    expect(where(s, "data/train/email/regex").length).toBe(2);
    expect(s.checks.find((c) => c.id === "data/train/score/missing")!.observed).toBe("1 (20.00%)");
    expect(s.status).toBe("failed");
    // The profile: values, missing, min, max, mean (of the numeric cells) and distinct (for unique columns).
    expect(s.tables?.[0]?.rows).toEqual([
      ["id", "5", "0", "1", "5", "2.8", "4"],
      ["age", "5", "0", "-3", "41", "25.25", ""],
      ["country", "5", "0", "", "", "", ""],
      ["email", "5", "0", "", "", "", ""],
      ["score", "4", "1", "0.1", "0.9", "0.55", ""],
    ]);
  });

  it("tolerates violations up to max_percent of the rows", async () => {
    const s = await run(
      { "data/train.csv": TRAIN },
      BLOCK.replace(
        "country: { allowed: [BR, US, ES] }",
        "country: { allowed: [BR, US, ES], max_percent: 20 }",
      ),
    );
    expect(status(s)["data/train/country/allowed"]).toBe("passed");
  });

  it("reads several files (gzip too) as one dataset", async () => {
    const [head, ...rows] = TRAIN.trim().split("\n");
    const s = await run(
      {
        "data/part-1.csv": `${head}\n${rows.slice(0, 2).join("\n")}\n`,
        "data/part-2.csv.gz": gzipSync(`${head}\n${rows.slice(2).join("\n")}\n`),
      },
      BLOCK.replace("path: data/train.csv", 'path: "data/part-*"'),
    );
    expect(s.summary).toBe("1 dataset, 5 rows");
    expect(where(s, "data/train/age/type")).toEqual([
      'data/part-2.csv.gz:3:1 data/type row 2, age: "abc" is not of type integer',
    ]);
  });

  it.each([
    [
      "a ragged row",
      { "d.csv": "a,b\n1,2\n3\n4,5\n" },
      "data/x/shape",
      ["d.csv:3:1 data/ragged-row row 2 has 1 fields, the header has 2"],
    ],
    ["a missing column", { "d.csv": "a,b\n1,2\n" }, "data/x/c/present", []],
    [
      "an unclosed quote",
      { "d.csv": 'a,b\n1,"2\n' },
      "data/x/read/d.csv",
      ["d.csv:2:1 data/parse a quoted field is not closed before the end of the file"],
    ],
    [
      "invalid UTF-8",
      { "d.csv": Buffer.from([0x61, 0x0a, 0xff, 0x0a]) },
      "data/x/read/d.csv",
      ["d.csv:2:1 data/parse the file is not valid UTF-8"],
    ],
    ["an empty file", { "d.csv": "" }, "data/x/empty", []],
  ])("reports %s without crashing", async (_, files, id, diagnostics) => {
    const s = await run(
      files,
      "  - name: x\n    path: d.csv\n    columns: { a: { type: integer }, c: { type: integer } }\n",
    );
    expect(
      s.checks.find((c) => c.id === id),
      JSON.stringify(s.checks),
    ).toBeDefined();
    expect(where(s, id)).toEqual(diagnostics);
    expect(s.status).toBe("failed");
  });

  it("a header-only file has zero rows", async () => {
    const s = await run({ "d.csv": "a,b\n" }, "  - name: x\n    path: d.csv\n    row_count: { min: 1 }\n");
    expect(s.checks.map((c) => [c.id, c.status, c.message])).toEqual([
      ["data/x/row_count", "failed", "x: 0 rows, expected >= 1"],
    ]);
  });

  it("never passes silently over what it cannot evaluate yet", async () => {
    const s = await run({ "d.avro": "Obj1", "r.csv": "a\n1\n" }, "  - name: x\n    path: d.avro\n");
    expect(s.checks[0]).toMatchObject({ id: "data/x/not-evaluated", status: "error", severity: "warning" });
    expect(s.checks[0]!.message).toContain("does not evaluate reading d.avro");
    expect(s.status).toBe("warning");
  });

  it("says so when no file matches", async () => {
    const s = await run({}, "  - name: x\n    path: data/*.csv\n");
    expect(s.checks.map((c) => [c.id, c.status])).toEqual([["data/x/files", "error"]]);
  });
});

describe("data stage: records, keys, one-hot groups, freshness", () => {
  it("reads JSON Lines and JSON arrays like CSV", async () => {
    const jsonl = '{"id": 1, "age": 30}\n{"id": 2, "age": -1}\n\n{"id": 2, "age": null}\n';
    const json = JSON.stringify([
      { id: 1, age: 30 },
      { id: 2, age: 200 },
    ]);
    const block = (file: string) =>
      `  - name: x\n    path: ${file}\n    columns: { id: { unique: true }, age: { type: integer, min: 0, max: 120 } }\n`;
    const a = await run({ "d.jsonl": jsonl }, block("d.jsonl"));
    expect(where(a, "data/x/age/range")).toEqual([
      'd.jsonl:2:1 data/range row 2, age: "-1" is outside >= 0 and <= 120',
    ]);
    expect(where(a, "data/x/id/unique")).toEqual([
      'd.jsonl:4:1 data/duplicate row 3, id: "2" appeared before',
    ]);
    const b = await run({ "d.json": json }, block("d.json"));
    expect(status(b)["data/x/age/range"]).toBe("failed");
    const bad = await run({ "d.jsonl": '{"id": 1}\n{oops}\n' }, block("d.jsonl"));
    expect(where(bad, "data/x/read/d.jsonl")[0]).toMatch(/^d\.jsonl:2:1 data\/parse invalid JSON/);
  });

  it("checks compound keys and one-hot groups", async () => {
    const csv = "user,day,red,green,blue\na,1,1,0,0\na,2,0,1,0\na,1,0,0,1\nb,1,1,1,0\nb,2,0,0,0\n";
    const s = await run(
      { "d.csv": csv },
      "  - name: x\n    path: d.csv\n    unique: [[user, day]]\n    one_hot: [[red, green, blue]]\n",
    );
    expect(where(s, "data/x/user+day/unique")).toEqual([
      "d.csv:4:1 data/duplicate row 3: (a, 1) appeared before",
    ]);
    expect(where(s, "data/x/red+green+blue/one_hot")).toEqual([
      "d.csv:5:1 data/one-hot row 4: (1, 1, 0) is not exactly one 1 among 0s",
      "d.csv:6:1 data/one-hot row 5: (0, 0, 0) is not exactly one 1 among 0s",
    ]);
  });

  it("checks freshness against now", async () => {
    const recent = new Date(Date.now() - 2 * 864e5).toISOString();
    const csv = `t\n2020-01-01T00:00:00Z\n${recent}\n`;
    const block = (age: string) =>
      `  - name: x\n    path: d.csv\n    columns: { t: { type: timestamp, freshness: { max_age: ${age} } } }\n`;
    expect(status(await run({ "d.csv": csv }, block("7d")))["data/x/t/freshness"]).toBe("passed");
    expect(status(await run({ "d.csv": csv }, block("1d")))["data/x/t/freshness"]).toBe("failed");
  });
});

describe("data stage: Parquet", () => {
  it("reads Parquet row groups and points findings at row numbers", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: "id", data: Int32Array.from([1, 2, 3, 3]) },
        { name: "age", data: [34, -2, 41, null] },
        { name: "country", data: ["BR", "US", "XX", "ES"] },
      ],
      rowGroupSize: 2,
    });
    const bytes = Buffer.from(buffer);
    const block =
      "  - name: x\n    path: d.parquet\n    row_count: { min: 4 }\n    columns: { id: { unique: true }, age: { type: integer, min: 0, missing: { max: 0 } }, country: { allowed: [BR, US, ES] } }\n";
    const s = await run({ "d.parquet": bytes }, block);
    expect(status(s)).toMatchObject({
      "data/x/row_count": "passed",
      "data/x/id/unique": "failed",
      "data/x/age/range": "failed",
      "data/x/age/missing": "failed",
      "data/x/country/allowed": "failed",
    });
    expect(where(s, "data/x/age/range")).toEqual([
      'd.parquet:2:1 data/range row 2, age: "-2" is outside >= 0',
    ]);
    expect(where(s, "data/x/id/unique")).toEqual([
      'd.parquet:4:1 data/duplicate row 4, id: "3" appeared before',
    ]);
    const truncated = await run({ "d.parquet": bytes.subarray(0, Math.floor(bytes.length / 2)) }, block);
    expect(where(truncated, "data/x/read/d.parquet")[0]).toMatch(
      /^d\.parquet:1:1 data\/parse not a readable Parquet file/,
    );
  });
});

describe("data stage: Parquet values measured as decoded", () => {
  it("column by column (numbers kept as numbers) finds exactly what the text path finds", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const n = 400;
    const big = 2n ** 60n;
    const buffer = parquetWriteBuffer({
      columnData: [
        {
          name: "i32",
          data: Array.from({ length: n }, (_, i) => (i % 9 === 0 ? null : ((i * 37) % 300) - 20)),
          type: "INT32",
        },
        {
          name: "i64",
          data: Array.from({ length: n }, (_, i) =>
            i % 11 === 0 ? null : i % 13 === 0 ? big + BigInt(i) : BigInt(i % 50),
          ),
          type: "INT64",
        },
        {
          name: "dbl",
          data: Array.from(
            { length: n },
            (_, i) => [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 0.1, 2.5, -7, 1e-7][i % 8] ?? i / 3,
          ),
          type: "DOUBLE",
        },
        {
          name: "str",
          data: Array.from({ length: n }, (_, i) => (i % 5 === 0 ? "NA" : ["BR", "US", "3", "x y"][i % 4]!)),
          type: "STRING",
        },
        {
          name: "flag",
          data: Array.from({ length: n }, (_, i) => (i % 6 === 0 ? null : i % 2 === 0)),
          type: "BOOLEAN",
        },
        {
          name: "ts",
          data: Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1 + (i % 30), i % 24))),
          type: "TIMESTAMP",
        },
      ],
      rowGroupSize: 97,
    });
    const checks = `      i32: { type: integer, min: 0, max: 250, missing: { max: 0 }, outliers: { zscore: 2 } }
      i64: { type: integer, min: 0, max: 40, unique: true, allowed: [1, 2, 3, 4, 5] }
      dbl: { type: number, min: -5, max: 100, regex: "^[0-9.]+$" }
      str: { allowed: [BR, US], regex: "^[A-Z]+$", unique: true }
      flag: { type: boolean, allowed: [true] }
      ts: { type: timestamp, freshness: { max_age: 3650d } }
`;
    const plain = `  - name: p\n    path: d.parquet\n    columns:\n${checks}`;
    // Keys and one-hot groups make the stage read rows as well as columns.
    const rowWise = `${plain}    unique: [[i32, str]]\n    one_hot: [[flag, i32]]\n`;
    const files = { "d.parquet": Buffer.from(buffer) };
    for (const block of [plain, rowWise]) {
      const fast = await run(files, block);
      const text = await run(files, block, { fastPath: false });
      expect(fast.checks.map((c) => c.status)).toContain("failed");
      expect(fast).toEqual(text);
    }
  });
});

describe("data stage: Parquet version 1 pages, dictionary-coded and plain", () => {
  it("the column path (flat decoder, coded pages) gives the report the text path gives", async () => {
    // test/fixtures/parquet/make.mjs: 6,000 rows in 3 row groups written by DuckDB, nulls everywhere.
    const bytes = readFileSync(path.join(import.meta.dirname, "../fixtures/parquet/mixed-v1.parquet"));
    const block = `  - name: m
    path: m.parquet
    columns:
      i64: { type: integer, min: 0, max: 250, missing: { max: 0 }, allowed: [1, 2, 3], outliers: { zscore: 2 } }
      i64_wide: { min: 0, max: 5000000000, unique: true, regex: "^[0-9]{1,9}$" }
      dbl: { type: number, min: -5, max: 1000, regex: "^[0-9.]+$" }
      cat: { allowed: [BR, US], regex: "^[A-Z]+$", string_length: { max: 2 }, type: integer }
      mixed: { regex: "^c[0-9]$", string_length: { min: 2, max: 4 }, unique: true }
      flag: { type: boolean, allowed: [true] }
      ts: { type: timestamp, freshness: { max_age: 3650d } }
`;
    const files = { "m.parquet": bytes };
    const fast = await run(files, block);
    const text = await run(files, block, { fastPath: false });
    expect(fast.checks.filter((c) => c.status === "failed").length).toBeGreaterThan(10);
    expect(fast).toEqual(text);
  });
});

describe("data stage: drift against a reference file", () => {
  /** A CSV of `n` rows: a numeric column from `num(i)` and a category from `cat(i)`. */
  const csv = (n: number, num: (i: number) => number, cat: (i: number) => string) =>
    `x,c\n${Array.from({ length: n }, (_, i) => `${num(i)},${cat(i)}`).join("\n")}\n`;
  // Deterministic pseudo-random values: fractional parts of i·φ are spread evenly over [0, 1).
  const u = (i: number) => (i * 0.6180339887) % 1;
  const block = (extra = "") => `  - name: d\n    path: cur.csv\n    drift: { reference: ref.csv${extra} }\n`;

  it("the byte path samples exactly what the text path samples (past the 100,000-value reservoir, escapes, short rows, many categories)", async () => {
    const rows = (n: number, shift: number) => {
      const out = ["x,c,w,unused"];
      for (let i = 0; i < n; i++) {
        const x =
          i % 101 === 0 ? "NA" : i % 103 === 0 ? "1.2345678901234567" : (shift + u(i) * 100).toFixed(3);
        const c = i % 7 === 0 ? '"a ""quoted"", one"' : ["é", "b", "東京"][i % 3]!;
        // w: over 10,000 distinct values, so not categorical.
        out.push(i % 997 === 0 ? `${x}` : `${x},${c},w${i % 12_000},${i}`);
      }
      return `${out.join("\n")}\n`;
    };
    const files = { "ref.csv": rows(120_000, 0), "cur.csv": rows(130_000, 40) };
    const yaml = `  - name: d\n    path: cur.csv\n    drift: { reference: ref.csv, columns: [x, c, w] }\n`;
    const bytes = await run(files, yaml);
    const text = await run(files, yaml, { fastPath: false });
    expect(bytes).toEqual(text);
    expect(status(bytes)).toMatchObject({ "data/d/x/drift": "failed", "data/d/c/drift": "passed" });
    expect(bytes.checks.find((c) => c.id === "data/d/w/drift")!.message).toContain("distinct");
  });

  it.each([
    ["small samples: KS and chi-square", 300, "KS p-value", "chi-square p-value"],
    ["large samples: PSI and Jensen-Shannon", 3000, "PSI", "Jensen-Shannon distance"],
  ])("%s pick themselves, pass without drift and fail with it", async (_, n, numLabel, catLabel) => {
    const ref = csv(
      n,
      (i) => u(i) * 100,
      (i) => ["a", "b", "c"][i % 3]!,
    );
    const same = csv(
      n,
      (i) => u(i + 7) * 100,
      (i) => ["a", "b", "c"][(i + 1) % 3]!,
    );
    const shifted = csv(
      n,
      (i) => 40 + u(i) * 100,
      (i) => (i % 5 === 0 ? "a" : "b"),
    );
    const ok = await run({ "ref.csv": ref, "cur.csv": same }, block());
    expect(status(ok)).toEqual({ "data/d/x/drift": "passed", "data/d/c/drift": "passed" });
    expect(ok.checks.find((c) => c.id === "data/d/x/drift")!.message).toContain(numLabel);
    expect(ok.checks.find((c) => c.id === "data/d/c/drift")!.message).toContain(catLabel);
    const bad = await run({ "ref.csv": ref, "cur.csv": shifted }, block());
    expect(status(bad)).toEqual({ "data/d/x/drift": "failed", "data/d/c/drift": "failed" });
  });

  it("uses the method and threshold the config names", async () => {
    const ref = csv(
      500,
      (i) => u(i) * 10,
      () => "a",
    );
    const cur = csv(
      500,
      (i) => 0.3 + u(i) * 10,
      () => "a",
    );
    const s = await run(
      { "ref.csv": ref, "cur.csv": cur },
      block(", columns: [x], method: wasserstein, threshold: 0.05"),
    );
    const check = s.checks.find((c) => c.id === "data/d/x/drift")!;
    expect(check.message).toMatch(
      /^x drift against ref\.csv: normalised Wasserstein 0\.10\d\d, beyond <= 0\.05$/,
    );
    expect(check.status).toBe("failed");
  });

  it("reports what it cannot compare, and the baseline as not evaluated", async () => {
    const s = await run({ "ref.csv": "x,c\n1,a\n", "cur.csv": "x\n1\n" }, block());
    expect(s.checks.find((c) => c.id === "data/d/c/drift")!.message).toBe(
      "d: column c is in the drift reference but not in the data",
    );
    const missing = await run({ "cur.csv": "x\n1\n" }, block());
    expect(missing.checks.find((c) => c.id === "data/d/drift")!.status).toBe("error");
    const baseline = await run(
      { "cur.csv": "x\n1\n" },
      "  - name: d\n    path: cur.csv\n    drift: { reference: baseline }\n",
    );
    expect(baseline.checks.map((c) => `${c.id} ${c.status} ${c.severity}: ${c.message}`)).toEqual([
      "data/d/drift error warning: d: no drift check: no baseline (no baseline in this run)",
    ]);
  });

  it("drift against the baseline: the same file as the baseline has it", async () => {
    const dir = tempDir("mlgate-data-");
    const rows = (shift: number) =>
      `x,c\n${Array.from({ length: 2000 }, (_, i) => `${(i % 100) + shift},${i % 3 ? "a" : "b"}`).join("\n")}\n`;
    mkdirSync(path.join(dir, "base/data"), { recursive: true });
    mkdirSync(path.join(dir, "data"), { recursive: true });
    writeFileSync(path.join(dir, "data/cur.csv"), rows(40));
    writeFileSync(path.join(dir, "base/data/cur.csv"), rows(0));
    const { config } = parseConfig(
      "version: 1\ndata:\n  - name: d\n    path: data/cur.csv\n    drift: { reference: baseline }\n",
      "mlgate.yml",
    );
    const ws = createWorkspace(dir);
    const s = await runData({
      config: config!,
      environment: { name: "dev", source: "flag" },
      workspace: ws,
      configFile: "mlgate.yml",
      baseline: {
        info: { source: "path", ref: "base" },
        files: { workspace: createWorkspace(path.join(dir, "base")), tooLarge: [] },
        history: [],
      },
    });
    expect(s.checks.find((c) => c.id === "data/d/x/drift")!.status).toBe("failed");
    expect(s.checks.find((c) => c.id === "data/d/c/drift")!.status).toBe("passed");
  });
});

describe("data stage: outliers", () => {
  // 1..100 and one 1000: mean 59.9, sd 98.3, so 1000 is 9.6 sd out; Q1 26, Q3 76, fences -49 and 151.
  const csv = `v\n${[...Array.from({ length: 100 }, (_, i) => i + 1), 1000].join("\n")}\n`;
  const block = (o: string) => `  - name: d\n    path: d.csv\n    columns: { v: { outliers: { ${o} } } }\n`;

  it.each([
    ["zscore: 3", "failed", "0.99% of values more than 3 standard deviations from the mean, over 0%"],
    ["zscore: 3, max_percent: 1", "passed", "0.99% of values more than 3 standard deviations from the mean"],
    ["iqr: 1.5, max_percent: 0.5", "failed", "0.99% of values outside Tukey's fences (k = 1.5), over 0.5%"],
    ["zscore: 20", "passed", "0.00% of values more than 20 standard deviations from the mean"],
  ])("%s", async (o, want, message) => {
    const s = await run({ "d.csv": csv }, block(o));
    const check = s.checks.find((c) => c.id === "data/d/v/outliers")!;
    expect(check.status).toBe(want);
    expect(check.message).toBe(`v outliers: ${message}`);
    if (want === "failed")
      expect(where(s, "data/d/v/outliers")).toEqual([
        'd.csv:102:1 data/outlier row 101, v: "1000" is an outlier',
      ]);
  });
});

describe("the byte path for CSV reads what the string path reads", () => {
  it("every check, on cells made to tell them apart", async () => {
    const cells = [
      "1",
      "-2",
      "+3",
      "4.5",
      ".5",
      "5.",
      "1e5",
      "1E-3",
      "12345678901234567890",
      "0x10",
      " 7",
      "7 ",
      "NaN",
      "NA",
      "",
      "null",
      "None",
      "abc",
      "é",
      "ça",
      "日本",
      "2024-02-29",
      "2023-02-29",
      "2024-13-01",
      "true",
      "False",
      "yes",
      '"quoted, comma"',
      '"he said ""hi"""',
      "1.0",
      "0",
      "00",
      "-0",
      "Infinity",
      "1e400",
      "9".repeat(30),
    ];
    const rows = ["id,num,int,date,cat,txt,flag,a,b"];
    for (let i = 0; i < 400; i++) {
      const c = (k: number) => cells[(i * 7 + k * 13) % cells.length];
      rows.push(
        [i % 97, c(1), c(2), c(3), c(4), c(5), c(6), i % 3 === 0 ? 1 : 0, i % 3 === 0 ? 0 : 1].join(","),
      );
    }
    rows.push("short,row");
    const yaml = `  - name: x
    path: d.csv
    unique: [[id, cat]]
    one_hot: [[a, b]]
    columns:
      id: { unique: true }
      num: { type: number, min: -1, max: 100, missing: { max: 0 }, outliers: { zscore: 2 } }
      int: { type: integer, allowed: [1, -2, 3, "abc", "é"] }
      date: { type: date }
      cat: { allowed: ["1", "NaN", "é", "日本", "quoted, comma"], regex: "^[a-z0-9]+$" }
      txt: { type: boolean, unique: true }
      flag: { type: timestamp, freshness: { max_age: 30d } }
`;
    const files = { "d.csv": `${rows.join("\r\n")}\r\n` };
    const fast = await run(files, yaml);
    const slow = await run(files, yaml, { fastPath: false });
    expect(fast.checks.length).toBeGreaterThan(10);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  });
});

describe("data stage: freshness since the commit", () => {
  it("measures against the commit's time, so an old commit checks the same as it did then", async () => {
    const { execFileSync } = await import("node:child_process");
    const dir = tempDir("mlgate-fresh-");
    writeFileSync(path.join(dir, "d.csv"), "ts\n2024-01-01T00:00:00Z\n2024-01-05T12:00:00Z\n");
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_COMMITTER_DATE: "2024-01-10T00:00:00Z",
      GIT_AUTHOR_DATE: "2024-01-10T00:00:00Z",
    };
    const block = (age: string) =>
      `version: 1\ndata:\n  - name: d\n    path: d.csv\n    columns: { ts: { freshness: { max_age: ${age}, since: commit } } }\n`;
    const check = async (age: string) => {
      const { config } = parseConfig(block(age), "mlgate.yml");
      const s = await runData({
        config: config!,
        environment: { name: "dev", source: "flag" },
        workspace: createWorkspace(dir),
        configFile: "mlgate.yml",
        commitTime: await commitTime(dir),
      });
      return s.checks.find((c) => c.id === "data/d/ts/freshness")!;
    };
    expect((await check("7d")).status).toBe("error");
    execFileSync("git", ["init", "-q"], { cwd: dir, env });
    execFileSync("git", ["add", "-A"], { cwd: dir, env });
    execFileSync("git", ["commit", "-qm", "data"], { cwd: dir, env });
    expect(await check("7d")).toMatchObject({
      status: "passed",
      expected: "newer than 7d before the commit",
    });
    expect(await check("2d")).toMatchObject({
      status: "failed",
      message: "ts freshness: newest is 2024-01-05T12:00:00.000Z, older than 2d before the commit",
    });
  });
});

describe("data stage: Parquet compression codecs", () => {
  it("reads the same rows from zstd, gzip, brotli, lz4, snappy and uncompressed files (written by DuckDB)", async () => {
    const { readFileSync } = await import("node:fs");
    const yaml = (f: string) =>
      `  - name: f\n    path: ${f}\n    row_count: { min: 1000, max: 1000 }\n    columns:\n      delay: { min: -50, max: 400, missing: { max: 0 } }\n      origin: { regex: "^AB[A-Z]$" }\n`;
    const seen: string[] = [];
    for (const codec of ["zstd", "gzip", "brotli", "lz4", "snappy", "uncompressed"]) {
      const name = `flights-${codec}.parquet`;
      const bytes = readFileSync(path.join(import.meta.dirname, "../fixtures/parquet", name));
      const s = await run({ [name]: bytes }, yaml(name));
      seen.push(
        `${codec}: ${s.checks.map((c) => `${c.id.replace(/^data\/f\//, "")}=${c.status}${c.observed ? `(${c.observed})` : ""}`).join(" ")}`,
      );
    }
    // delay is null on every 7th of 1,000 rows (143) and above 400 on 85 others (counted in Python).
    const want =
      "row_count=passed(1000) delay/range=failed(85 rows (8.50%)) delay/missing=failed(143 (14.30%)) origin/regex=passed(0 rows (0.00%))";
    expect(seen).toEqual(
      ["zstd", "gzip", "brotli", "lz4", "snappy", "uncompressed"].map((c) => `${c}: ${want}`),
    );
  });
});
