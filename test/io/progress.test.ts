import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/io/progress.js";

function fake(tty: boolean) {
  let t = 0;
  const out: string[] = [];
  const sink = createProgress({ write: (s) => out.push(s), tty, now: () => t });
  return { sink, out, advance: (ms: number) => (t += ms) };
}

describe("progress", () => {
  it("in a CI log, prints a line every 5 seconds at most, and nothing for short scans", () => {
    const { sink, out, advance } = fake(false);
    const quick = sink.start("data/small.csv", 1000);
    advance(300);
    quick.update(1000);
    quick.end();
    expect(out).toEqual([]);
    const slow = sink.start("data/big.csv", 400e6);
    for (let i = 1; i <= 12; i++) {
      advance(1000);
      slow.update(i * 30e6);
    }
    slow.end();
    expect(out).toEqual([
      "mlgate: data/big.csv: 38%, 150 MB of 400 MB\n",
      "mlgate: data/big.csv: 75%, 300 MB of 400 MB\n",
    ]);
  });

  it("on a terminal, redraws one line in place and clears it at the end", () => {
    const { sink, out, advance } = fake(true);
    const p = sink.start("data/big.csv", 100e6);
    advance(50);
    p.update(1e6); // too early to draw
    advance(1000);
    p.update(50e6);
    advance(50);
    p.update(51e6); // within 100 ms of the last draw
    p.end();
    p.end(); // a second end (before a note, then in a `finally`) clears nothing more
    expect(out).toHaveLength(2);
    expect(out[0]).toBe("\r  data/big.csv [##########----------]  50%  48 MB/s");
    expect(out[1]).toMatch(/^\r +\r$/);
  });
});
