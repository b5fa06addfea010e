/**
 * Hostile data, through the bundled CLI: each case of issue 14 generated, and each run must end
 * (bounded by the test runner's timeout, no timing assertion) with the right verdict. Sizes are
 * kept small enough for the suite to run in seconds; bench/hostile.mjs runs the same shapes up
 * to 200 MB and reports time per MB and peak RSS.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOf, lineOf, mlgate, repo, writePieces } from "./helpers.js";

const MB = 1 << 20;

/** mlgate.yml for one dataset `d` over d.csv. */
const config = (columns: string, extra = "") =>
  `version: 1\ndata:\n  - name: d\n    path: d.csv\n${columns ? `    columns:\n${columns}` : ""}${extra}`;

describe("hostile data (dist/cli.js)", () => {
  it("a catastrophic data regex, (a+)+$, on a 30-character cell: ends, and the cell does not match", async () => {
    const dir = repo({
      "d.csv": `v\naaa\n${"a".repeat(29)}!\n`,
      "mlgate.yml": config('      v: { regex: "(a+)+$" }\n'),
    });
    const r = await mlgate(dir, "test");
    expect(r.code, r.stderr).toBe(1);
    const check = checkOf(r.report, "data/d/v/regex");
    expect(check.status).toBe("failed");
    expect(check.diagnostics.map((d) => lineOf(d))).toEqual([3]);
  });

  it("a cell over 10,000 characters is tested: 12,000 x pass ^x+$, one y among them fails", async () => {
    const dir = repo({
      "d.csv": `v\n${"x".repeat(12_000)}\n`,
      "mlgate.yml": config('      v: { regex: "^x+$" }\n'),
    });
    const pass = await mlgate(dir, "test");
    expect(pass.code, pass.stderr).toBe(0);
    expect(checkOf(pass.report, "data/d/v/regex").status).toBe("passed");
    writePieces(path.join(dir, "d.csv"), ["v\n", "x".repeat(6_000), "y", "x".repeat(6_000), "\n"]);
    const fail = await mlgate(dir, "test");
    expect(fail.code, fail.stderr).toBe(1);
    expect(checkOf(fail.report, "data/d/v/regex").status).toBe("failed");
  });

  it("long CSV fields: two 4 MB cells, one quoted, spanning many reads are tested whole", async () => {
    const dir = repo({
      "mlgate.yml": config('      text: { regex: "^x+$" }\n      id: { type: integer }\n'),
    });
    const x = "x".repeat(MB);
    const field = Array.from({ length: 4 }, () => x);
    writePieces(path.join(dir, "d.csv"), ["id,text\n1,xx\n2,", ...field, '\n3,"', ...field, '"\n4,x\n']);
    const pass = await mlgate(dir, "test");
    expect(pass.code, pass.stderr).toBe(0);
    expect(checkOf(pass.report, "data/d/text/regex").status).toBe("passed");
    expect(pass.report?.sections[0]?.summary).toContain("4 rows");
    // One y at the very end of the second long cell: found.
    writePieces(path.join(dir, "d.csv"), ["id,text\n1,xx\n2,", ...field, '\n3,"', ...field, 'y"\n4,x\n']);
    const fail = await mlgate(dir, "test");
    expect(fail.code, fail.stderr).toBe(1);
    const check = checkOf(fail.report, "data/d/text/regex");
    expect(check.status).toBe("failed");
    expect(check.diagnostics.map((d) => lineOf(d))).toEqual([4]);
  });

  it("a fully quoted CSV (every string field quoted, as R's write.csv writes) reads as the bare one", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const country = i === 12_345 ? "XX" : ["BR", "US", "ES"][i % 3];
      const note = i % 7 ? "fine" : 'says ""ok"", then';
      return `${i},"${country}","user${i}@example.com","${note}"\r\n`;
    });
    const dir = repo({
      "mlgate.yml": config(
        '      id: { unique: true }\n      country: { allowed: [BR, US, ES] }\n      email: { regex: "^[^@\\\\s]+@[^@\\\\s]+$" }\n      note: { missing: { max: 0 } }\n',
      ),
    });
    writePieces(path.join(dir, "d.csv"), ['"id","country","email","note"\r\n', ...rows]);
    const r = await mlgate(dir, "test");
    expect(r.code, r.stderr).toBe(1);
    const allowed = checkOf(r.report, "data/d/country/allowed");
    expect(allowed.status).toBe("failed");
    expect(allowed.diagnostics.map((d) => lineOf(d))).toEqual([12_347]);
    for (const id of ["data/d/id/unique", "data/d/email/regex", "data/d/note/missing"])
      expect(checkOf(r.report, id).status, id).toBe("passed");
  });

  it("a wide file with drift on every column: 2,000 columns compared; 25,000 refused with a clear finding", async () => {
    const wide = (columns: number) => {
      const header = Array.from({ length: columns }, (_, i) => `c${i}`).join(",");
      const rows = Array.from(
        { length: 5 },
        (_, r) => `${Array.from({ length: columns }, (_, i) => String((i + r) % 10)).join(",")}\n`,
      );
      return [`${header}\n`, ...rows];
    };
    const dir = repo({ "mlgate.yml": config("", "    drift: { reference: ref.csv }\n") });
    writePieces(path.join(dir, "d.csv"), wide(2_000));
    writePieces(path.join(dir, "ref.csv"), wide(2_000));
    const r = await mlgate(dir, "test");
    expect(r.code, r.stderr).toBe(0);
    const drift = r.report!.sections[0]!.checks.filter((c) => c.id.endsWith("/drift"));
    expect(drift).toHaveLength(2_000);
    expect(drift.every((c) => c.status === "passed")).toBe(true);

    writePieces(path.join(dir, "d.csv"), wide(25_000));
    writePieces(path.join(dir, "ref.csv"), wide(25_000));
    const refused = await mlgate(dir, "test");
    expect(refused.code, refused.stderr).toBe(1);
    const check = checkOf(refused.report, "data/d/drift");
    expect(check.status).toBe("error");
    expect(check.message).toContain("drift of 25,000 columns is over the limit of 20,000");
    expect(check.message).toContain("drift.columns");
  });

  it("a file of 150,000 columns (rows of 300 KB) is read with a check on one column", async () => {
    const columns = 150_000;
    const header = `${Array.from({ length: columns }, (_, i) => `c${i}`).join(",")}\n`;
    const row = (v: string) => `${v},${"1,".repeat(columns - 2)}1\n`;
    const dir = repo({ "mlgate.yml": config("      c0: { min: 0, max: 10 }\n") });
    writePieces(path.join(dir, "d.csv"), [header, row("5"), row("7"), row("50")]);
    const r = await mlgate(dir, "test");
    expect(r.code, r.stderr).toBe(1);
    const range = checkOf(r.report, "data/d/c0/range");
    expect(range.status).toBe("failed");
    expect(range.diagnostics.map((d) => lineOf(d))).toEqual([4]);
  });
});
