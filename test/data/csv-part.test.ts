import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { OutlierSink } from "../../src/data/checks/outliers.js";
import { ColumnKernel } from "../../src/data/column-kernel.js";
import { DriftSample } from "../../src/data/drift.js";
import { scanPart } from "../../src/data/scan/csv-part.js";
import { CsvByteScanner } from "../../src/readers/csv-bytes.js";
import { readHeader, splitPoints } from "../../src/readers/csv-split.js";
import { tempDir } from "../helpers/run-node.js";

describe("a part's progress", () => {
  it("reports the bytes of its range read so far, up to all of them", async () => {
    const dir = tempDir();
    const file = path.join(dir, "p.csv");
    writeFileSync(file, `h\n${"12345678\n".repeat(400_000)}`);
    const heard: number[] = [];
    const r = await scanPart(
      {
        path: file,
        file: "p.csv",
        start: 2,
        end: 3_600_002,
        delimiter: ",",
        width: 1,
        columns: [],
        dataset: { name: "p", path: "p.csv" },
        rows: [],
        drift: [],
      },
      (bytes) => heard.push(bytes),
    );
    expect(r.rows).toBe(400_000);
    expect(heard.length).toBeGreaterThan(2);
    expect(heard.every((b, i) => i === 0 || b > heard[i - 1]!)).toBe(true);
    expect(heard.at(-1)).toBe(3_600_000);
  });
});

describe("parts of a CSV file merge into what one pass over it measures", () => {
  it("drift samples and outlier samples, past their 100,000-value size, for 1 to 4 parts", async () => {
    const dir = tempDir();
    const file = path.join(dir, "d.csv");
    const lines = ["\ufeffid,x,c"];
    for (let i = 0; i < 260_000; i++) {
      const x = i % 89 === 0 ? "" : ((i * 0.6180339887) % 1).toFixed(5);
      lines.push(`${i},${x},${i % 13 === 0 ? '"k ""q"""' : `k${i % 40}`}`);
    }
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    const head = readHeader(file, ",")!;
    const config = { outliers: { zscore: 2 } };
    const measure = async (parts: number) => {
      const points = splitPoints(file, head.end, parts);
      const acc = new ColumnKernel(config);
      const x = new DriftSample(5);
      const c = new DriftSample(6);
      let rows = 0;
      let lines = head.line;
      for (let k = 0; k + 1 < points.length; k++) {
        const r = await scanPart({
          path: file,
          file: "d.csv",
          start: points[k]!,
          end: points[k + 1]!,
          delimiter: ",",
          width: 3,
          columns: [{ at: 1, config }],
          dataset: { name: "d", path: "d.csv" },
          rows: [],
          drift: [
            { at: 1, seed: 5 },
            { at: 2, seed: 6 },
          ],
        });
        expect(r.error).toBeUndefined();
        acc.mergeState(r.columns[0]!, 1 + rows, lines - 1);
        x.mergeState(r.drift[0]!);
        c.mergeState(r.drift[1]!);
        rows += r.rows;
        lines += r.lines;
      }
      // x has more distinct values than are counted as categories: only how many is kept.
      return {
        rows,
        sample: acc.sinkOf<OutlierSink>("outliers")!.sample,
        x: [x.seen, x.numericOnly, x.values, x.counts.size],
        c: [c.seen, c.numericOnly, c.counts],
      };
    };
    const one = await measure(1);
    expect(one.rows).toBe(260_000);
    expect(one.sample).toHaveLength(100_000);
    expect((one.x[2] as number[]).length).toBe(100_000);
    for (const parts of [2, 3, 4]) expect(await measure(parts), `${parts} parts`).toEqual(one);
    // And the one-pass read (header included, as the data stage does on one thread).
    const acc = new ColumnKernel(config);
    const x = new DriftSample(5);
    const c = new DriftSample(6);
    let first = true;
    await new CsvByteScanner((batch) => {
      const from = first ? 1 : 0;
      first = false;
      acc.addColumn(batch, 1, from, batch.firstIndex, "d.csv");
      x.addColumn(batch, 1, from);
      c.addColumn(batch, 2, from);
    }).scanFile(file);
    expect({
      rows: acc.rows,
      sample: acc.sinkOf<OutlierSink>("outliers")!.sample,
      x: [x.seen, x.numericOnly, x.values, x.counts.size],
      c: [c.seen, c.numericOnly, c.counts],
    }).toEqual(one);
  }, 60_000);
});
