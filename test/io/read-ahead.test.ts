import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/parse-config.js";
import { startReadAhead } from "../../src/io/read-ahead.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { type LintJob, runLintJob } from "../../src/lint/lint-job.js";
import { tempDir } from "../helpers/run-node.js";

/**
 * Poll `take` until the worker has filled what it can (the reader never waits by itself); copies,
 * since what take() gives is valid only until the next call.
 */
async function takeAll(ahead: NonNullable<ReturnType<typeof startReadAhead>>, n: number) {
  const out: (Uint8Array | undefined)[] = [];
  // First the worker's start (file 0 is a plain file in every corpus here).
  for (let waited = 0; waited < 5000 && out.length === 0; waited += 10) {
    const first = ahead.take(0);
    if (first) out.push(Buffer.from(first));
    else await new Promise((r) => setTimeout(r, 10));
  }
  for (let i = out.length; i < n; i++) {
    // Give the worker time to reach file i, as a busy caller would.
    let got = ahead.take(i);
    for (let tries = 0; got === undefined && tries < 4; tries++) {
      await new Promise((r) => setTimeout(r, 5));
      got = ahead.take(i);
    }
    out.push(got && Buffer.from(got));
  }
  return out;
}

/** A folder of plain files with the awkward ones in between. */
function corpus(): { dir: string; names: string[]; awkward: Set<string> } {
  const dir = tempDir("mlgate-read-ahead-");
  mkdirSync(path.join(dir, "c"));
  const names: string[] = [];
  for (let i = 0; i < 1500; i++) {
    const name = `c/f${String(i).padStart(4, "0")}.yaml`;
    // Sizes vary so that files straddle the slots' ends; some are empty.
    writeFileSync(
      path.join(dir, name),
      i % 97 === 0 ? "" : `i: ${i}\npad: "${"x".repeat((i * 37) % 3000)}"\n`,
    );
    names.push(name);
  }
  const awkward = new Set(["c/link.yaml", "c/folder.yaml", "c/big.yaml", "c/pipe.yaml", "c/gone.yaml"]);
  symlinkSync(path.join(dir, "c/f0001.yaml"), path.join(dir, "c/link.yaml"));
  mkdirSync(path.join(dir, "c/folder.yaml"));
  writeFileSync(path.join(dir, "c/big.yaml"), `a: "${"y".repeat(1_500_000)}"\n`); // over one slot
  execFileSync("mkfifo", [path.join(dir, "c/pipe.yaml")]);
  names.splice(10, 0, "c/link.yaml", "c/folder.yaml");
  names.splice(700, 0, "c/big.yaml", "c/pipe.yaml", "c/gone.yaml");
  // A name past ASCII (the paths travel as UTF-8) is an ordinary file.
  writeFileSync(path.join(dir, "c/naïve-ü.yaml"), "n: ü\n");
  names.splice(20, 0, "c/naïve-ü.yaml");
  return { dir, names, awkward };
}

describe("read-ahead", () => {
  it("gives each plain file's exact bytes, and leaves every other path to the caller", async () => {
    const { dir, names, awkward } = corpus();
    // A null path is the caller's (one the workspace refused).
    const ahead = startReadAhead(
      names.map((n, i) => (i === 30 ? null : path.join(dir, n))),
      10 * 1024 * 1024,
    );
    expect(ahead, "read-ahead starts on Linux").toBeDefined();
    try {
      const got = await takeAll(ahead!, names.length);
      names.forEach((name, i) => {
        if (awkward.has(name) || i === 30) expect(got[i], name).toBeUndefined();
        else
          expect(Buffer.from(got[i] ?? "missing").toString("latin1"), name).toBe(
            readFileSync(path.join(dir, name), "latin1"),
          );
      });
    } finally {
      ahead!.stop();
    }
  });

  it("never waits for the worker: a file it has not reached is the caller's, and is skipped later", () => {
    const { dir, names } = corpus();
    const ahead = startReadAhead(
      names.map((n) => path.join(dir, n)),
      10 * 1024 * 1024,
    )!;
    try {
      // Asked at once, before the worker could start: the caller reads these itself.
      expect(ahead.take(0)).toBeUndefined();
      expect(ahead.take(1)).toBeUndefined();
    } finally {
      ahead.stop();
    }
  });

  it("leaves files over the size limit and paths it is not given to the caller", async () => {
    const { dir, names } = corpus();
    const paths = names.map((n, i) => (i === 5 ? null : path.join(dir, n)));
    const ahead = startReadAhead(paths, 2000)!;
    try {
      const got = await takeAll(ahead, 200);
      expect(got[5]).toBeUndefined();
      got.forEach((b, i) => {
        if (b) expect(b.length, names[i]).toBeLessThanOrEqual(2000);
      });
      expect(got.filter(Boolean).length).toBeGreaterThan(0);
    } finally {
      ahead.stop();
    }
  });

  it("a lint run read ahead reports what runs too short for read-ahead report", async () => {
    const { dir, names } = corpus();
    writeFileSync(path.join(dir, "s.json"), JSON.stringify({ properties: { i: { maximum: 1000 } } }));
    writeFileSync(
      path.join(dir, "mlgate.yml"),
      "version: 1\nlint:\n  - files: 'c/*.yaml'\n    schema: s.json\n",
    );
    const config = parseConfig(readFileSync(path.join(dir, "mlgate.yml"), "utf8"), "mlgate.yml").config!;
    const workspace = createWorkspace(dir);
    const job = (files: string[]): LintJob => ({
      root: dir,
      config,
      environment: "dev",
      configFile: "mlgate.yml",
      fast: true,
      globbed: true,
      files: files.map((file) => ({ file, schemas: [{ ref: "s.json", label: "s.json" }] })),
    });
    const whole = await runLintJob(job(names), workspace);
    const pieces = [];
    for (let i = 0; i < names.length; i += 100)
      pieces.push(...(await runLintJob(job(names.slice(i, i + 100)), workspace)));
    expect(whole).toEqual(pieces);
    // The run found what is there: each non-empty file with i over 1000, and the awkward paths.
    const byFile = new Map(whole);
    expect(names.filter((n) => byFile.get(n)?.some((d) => d.code === "schema/maximum")).length).toBe(
      Array.from({ length: 1500 }, (_, i) => i).filter((i) => i > 1000 && i % 97 !== 0).length,
    );
    for (const n of ["c/folder.yaml", "c/pipe.yaml", "c/gone.yaml"])
      expect(byFile.get(n)?.[0]?.code, n).toBe("file/unreadable");
  });
});
