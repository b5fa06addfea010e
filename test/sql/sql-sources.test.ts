/**
 * SQL sources through the bundled CLI and action (`npm run build` first), against a real
 * PostgreSQL server and DuckDB: verdicts, the credentials never printed, read-only sessions, one
 * statement only, the statement timeout, regexes PostgreSQL cannot run linearly refused, and
 * DuckDB kept inside the repository.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SKIP_POSTGRES, startPostgres, type TestPostgres } from "../helpers/postgres.js";
import { readOutputs, runNode, tempDir } from "../helpers/run-node.js";

/** A repository holding only mlgate.yml (and `files`). */
function repo(yml: string, files: Record<string, string> = {}): string {
  const dir = tempDir("mlgate-sql-repo-");
  writeFileSync(path.join(dir, "mlgate.yml"), yml);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const check = (dir: string, env: Record<string, string> = {}) =>
  runNode("dist/cli.js", ["check", "--format", "json"], { cwd: dir, env }, 30_000);

interface Check {
  id: string;
  status: string;
  message: string;
  diagnostics: { message: string }[];
}
const checksOf = (stdout: string): Check[] =>
  JSON.parse(stdout).sections.find((s: { id: string }) => s.id === "data").checks;

const dataset = (source: string, columns = "") => `version: 1
data:
  - name: people
    source: ${source}
    row_count: { min: 1 }
${columns}`;

describe.skipIf(SKIP_POSTGRES)("PostgreSQL sources", () => {
  let db: TestPostgres;
  beforeAll(async () => {
    db = await startPostgres();
    await db.sql(`create table people (id integer, age integer, email text, "it's; -- col" text)`);
    await db.sql(`insert into people values
      (1, 30, 'ann@example.com', 'x'), (2, -4, 'bad', 'it''s'), (2, 150, 'c@d.e', '--'), (3, null, null, ';')`);
  }, 60_000);
  afterAll(() => db?.stop());

  it("judges a table through the CLI: exit 1, counts and examples, the password nowhere", async () => {
    const dir = repo(
      dataset(
        "{ engine: postgres, url: env:PEOPLE_DB, table: public.people }",
        `    columns:
      id: { unique: true }
      age: { min: 0, max: 120, missing: { max: 0 } }
      email: { regex: "^[^@]+@[^@]+$" }
      "it's; -- col": { allowed: [x, "it's", "--"] }
`,
      ),
    );
    const r = await check(dir, { PEOPLE_DB: db.url });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const byId = Object.fromEntries(checksOf(r.stdout).map((c) => [c.id, c]));
    expect(byId["data/people/row_count"]!.message).toBe("people: 4 rows");
    expect(byId["data/people/id/unique"]!.message).toBe("id uniqueness: 1 of 4 rows violate unique values");
    expect(byId["data/people/age/range"]!.diagnostics.map((d) => d.message)).toEqual([
      'age: "-4" is outside >= 0 and <= 120',
      'age: "150" is outside >= 0 and <= 120',
    ]);
    expect(byId["data/people/age/missing"]!.status).toBe("failed");
    expect(byId["data/people/email/regex"]!.message).toBe(
      "email format: 1 of 4 rows violate a match for `^[^@]+@[^@]+$`",
    );
    expect(byId["data/people/it's; -- col/allowed"]!.diagnostics.map((d) => d.message)).toEqual([
      `it's; -- col: ";" is not an allowed value`,
    ]);
    expect(r.stdout).not.toContain(db.password);
  });

  it("a query source runs one statement, read-only; a second statement is refused and changes nothing", async () => {
    const ok = await check(
      repo(dataset(`{ engine: postgres, url: env:DB, query: "select * from people where id > 1" }`)),
      {
        DB: db.url,
      },
    );
    expect(checksOf(ok.stdout)[0]!.message).toBe("people: 3 rows");
    for (const query of [
      "select 1 as a; drop table people",
      "with gone as (delete from people returning *) select * from gone",
    ]) {
      const r = await check(
        repo(dataset(`{ engine: postgres, url: env:DB, query: ${JSON.stringify(query)} }`)),
        {
          DB: db.url,
        },
      );
      expect(r.code).toBe(1);
      expect(checksOf(r.stdout)[0]!.status).toBe("error");
    }
    expect((await db.sql("select count(*)::int as n from people")).rows[0].n).toBe(4);
  });

  it("a wrong password or a missing variable is an error that prints neither URL nor password", async () => {
    const wrong = db.url.replace(encodeURIComponent(db.password), "s3cr3t-wrong");
    const r = await check(repo(dataset("{ engine: postgres, url: env:DB, table: people }")), { DB: wrong });
    expect(r.code).toBe(1);
    const [c] = checksOf(r.stdout);
    expect(c!.status).toBe("error");
    expect(c!.message).toContain("password authentication failed");
    expect(r.stdout + r.stderr).not.toContain("s3cr3t-wrong");
    const unset = await check(repo(dataset("{ engine: postgres, url: env:NOT_SET, table: people }")));
    expect(checksOf(unset.stdout)[0]!.message).toContain("the environment variable NOT_SET");
  });

  it("a URL written in the config is refused by the schema (credentials come from the environment)", async () => {
    const r = await check(repo(dataset(`{ engine: postgres, url: "${db.url}", table: people }`)));
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain("must be env:NAME");
  });

  it("a statement past its timeout ends with an error, not a hang", async () => {
    const r = await check(
      repo(dataset(`{ engine: postgres, url: env:DB, query: "select pg_sleep(20) as s", timeout: 1s }`)),
      { DB: db.url },
    );
    expect(checksOf(r.stdout)[0]!.message).toContain("statement timeout");
  });

  it("a regex PostgreSQL cannot run as written is refused with a reason; others are translated", async () => {
    const r = await check(
      repo(
        dataset(
          "{ engine: postgres, url: env:DB, table: people }",
          `    columns:\n      email: { regex: "\\\\bann" }\n      "it's; -- col": { regex: "^(x|it's|--|;)$" }\n`,
        ),
      ),
      { DB: db.url },
    );
    const checks = checksOf(r.stdout);
    expect(checks[0]!.status).toBe("error");
    expect(checks[0]!.message).toContain("\\b has no translation for PostgreSQL");
    expect(checks.find((c) => c.id.endsWith("it's; -- col/regex"))!.status).toBe("passed");
  });

  it("translated regexes match on PostgreSQL exactly as RE2JS matches on files", async () => {
    const patterns = [
      "^[^@\\s]+@[^@\\s]+$",
      "^\\d{3}-\\d{2}$",
      "\\w+\\.csv$",
      "^(?:a|b)*c?$",
      "x.y",
      "[\\-.]",
      "^\\S+$",
      "\\u00e9|\\u{1F600}",
      "^[A-Z][a-z]{1,3}$",
      "(?<year>\\d{4})-\\d\\d",
      "\\$\\(\\)\\[\\]",
    ];
    const texts = [
      "a@b",
      "a @b",
      "123-45",
      "1234-56",
      "ab.csv",
      "é.csv",
      "ababc",
      "abca",
      "x\ny",
      "xay",
      "-",
      "",
      "tab\there",
      "café",
      "😀",
      "Abcd",
      "Abcde",
      "2024-01",
      "$()[]",
      "é漢字",
      "x\u2028y",
    ];
    const { compileLinear } = await import("../../src/regex/linear-regex.js");
    const { toPostgresRegex } = await import("../../src/data/sql/postgres-regex.js");
    for (const p of patterns) {
      const re = compileLinear(p);
      const got = await db.sql("select t, t ~ $1 as m from unnest($2::text[]) as t", [
        toPostgresRegex(p),
        texts,
      ]);
      expect(Object.fromEntries(got.rows.map((r) => [r.t, r.m])), p).toEqual(
        Object.fromEntries(texts.map((t) => [t, re.test(t)])),
      );
    }
  });

  it("the action runs the same engine: a table source in a pull request's run", async () => {
    const dir = repo(
      dataset(
        "{ engine: postgres, url: env:PEOPLE_DB, table: people }",
        "    columns:\n      age: { max: 120 }\n",
      ),
    );
    const tmp = tempDir("mlgate-runner-");
    const output = path.join(tmp, "output.txt");
    writeFileSync(output, "");
    writeFileSync(path.join(tmp, "summary.md"), "");
    const r = await runNode(
      "dist/index.js",
      [],
      {
        cwd: dir,
        env: {
          GITHUB_ACTIONS: "true",
          GITHUB_WORKSPACE: dir,
          GITHUB_EVENT_NAME: "push",
          GITHUB_REF: "refs/heads/main",
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: path.join(tmp, "summary.md"),
          GITHUB_REPOSITORY: "acme/churn",
          RUNNER_TEMP: tmp,
          INPUT_PUBLISH: "summary",
          PEOPLE_DB: db.url,
        },
      },
      30_000,
    );
    expect(readOutputs(output).passed).toBe("false");
    const summary = readFileSync(path.join(tmp, "summary.md"), "utf8");
    expect(summary).toContain("age range: 1 of 4 rows violate values &lt;= 120");
    expect(r.stdout + summary).not.toContain(db.password);
  });
});

describe("DuckDB sources", () => {
  const csv = "id,score\n1,0.5\n2,1.5\n2,\n";
  it("reads a file of the repository", async () => {
    const r = await check(
      repo(dataset("{ engine: duckdb, path: data/s.csv }", "    columns:\n      score: { max: 1 }\n"), {
        "data/s.csv": csv,
      }),
    );
    expect(checksOf(r.stdout).map((c) => c.message)).toEqual([
      "people: 3 rows",
      "score range: 1 of 3 rows violate values <= 1",
    ]);
  });

  it("a query cannot read outside the repository", async () => {
    const r = await check(
      repo(dataset(`{ engine: duckdb, query: "select * from read_csv('/etc/passwd')" }`)),
    );
    const [c] = checksOf(r.stdout);
    expect(c!.status).toBe("error");
    expect(c!.message).toMatch(/Permission Error|not allowed|disabled/i);
    const outside = await check(repo(dataset("{ engine: duckdb, path: ../x.csv }")));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(
      'config/path-outside "../x.csv" climbs out with `..`; mlgate reads only files inside the repository',
    );
  });

  it("a link inside the repository to a file outside is refused, as a data path is", async () => {
    const outside = tempDir("mlgate-outside-");
    writeFileSync(path.join(outside, "secret.csv"), "id,token\n1,s3cr3t-value\n");
    const yml = (p: string) =>
      dataset(`{ engine: duckdb, path: ${p} }`, "    columns:\n      token: { max: 1 }\n");
    const linked = (p: string) => {
      const dir = repo(yml(p), { "data/ok.csv": csv });
      symlinkSync(path.join(outside, "secret.csv"), path.join(dir, "data", "link.csv"));
      symlinkSync(outside, path.join(dir, "ext"));
      symlinkSync(path.join(dir, "data", "ok.csv"), path.join(dir, "data", "inside.csv"));
      return dir;
    };
    // Through the CLI: refused with the data path's rule and message, at its value, before any read.
    for (const p of ["data/link.csv", "ext/secret.csv"]) {
      const r = await check(linked(p));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `error config/path-outside "${p}" goes through a link to outside the repository; mlgate reads only files inside the repository`,
      );
      expect(r.stdout + r.stderr).not.toContain("s3cr3t");
    }
    // The engine refuses it too when called without the config's check (the readers' message).
    const { parseConfig } = await import("../../src/config/parse-config.js");
    const { runData } = await import("../../src/data/data-stage.js");
    const { createWorkspace } = await import("../../src/io/workspace.js");
    const run = async (p: string) => {
      const { config } = parseConfig(yml(p), "mlgate.yml");
      const dir = linked(p);
      return (
        await runData({
          config: config!,
          environment: { name: "dev", source: "flag" },
          workspace: createWorkspace(dir),
          configFile: "mlgate.yml",
          env: {},
        })
      ).checks;
    };
    for (const p of ["data/link.csv", "ext/secret.csv"]) {
      const [c] = await run(p);
      expect(c!.status).toBe("error");
      expect(c!.message).toBe(`people: duckdb:${p}: ${p} is a link to a file outside the repository`);
      expect(JSON.stringify(await run(p))).not.toContain("s3cr3t");
    }
    // A link that stays inside the repository is read.
    expect((await run("data/inside.csv"))[0]!.message).toBe("people: 3 rows");
  });
});
