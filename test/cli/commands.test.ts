/** The CLI's commands as a user meets them: per-command help, finding mlgate.yml, --quiet, colour, schema. */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, OPTIONS } from "../../src/cli/commands.js";
import { ROOT, runNode, tempDir } from "../helpers/run-node.js";

const CLI = "dist/cli.js";
const EXAMPLE = "examples/bad-data-pr";

/** A git repository with mlgate.yml at its root (one data check that fails) and a sub/deeper folder. */
function gitRepo(): string {
  const dir = tempDir("mlgate-cli-commands-");
  execFileSync("git", ["init", "-q", dir]);
  mkdirSync(path.join(dir, "sub/deeper"), { recursive: true });
  writeFileSync(path.join(dir, "data.csv"), "age\n30\n200\n");
  writeFileSync(
    path.join(dir, "mlgate.yml"),
    "version: 1\ndata:\n  - name: people\n    path: data.csv\n    columns:\n      age: { max: 120 }\n",
  );
  return dir;
}

describe("mlgate COMMAND --help (dist/cli.js)", () => {
  it.each(Object.keys(COMMANDS))("%s --help lists exactly its options, and an example", async (command) => {
    const r = await runNode(CLI, [command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: mlgate ${command}`);
    const spec = COMMANDS[command as keyof typeof COMMANDS];
    const listed = [...r.stdout.matchAll(/^ {2}(?:-[a-zA-Z], | {4})--([a-z-]+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(spec.options);
    expect(r.stdout).toMatch(new RegExp(`Example:\\n {2}mlgate ${command}\\b`));
  });

  it("the global help lists every command and points at the per-command help", async () => {
    const r = await runNode(CLI, ["--help"]);
    for (const command of Object.keys(COMMANDS))
      expect(r.stdout).toMatch(new RegExp(`^ {2}${command} +\\S`, "m"));
    expect(r.stdout).toContain("Run mlgate <command> --help");
  });

  it("refuses an option the command does not take, naming that command's help", async () => {
    const r = await runNode(CLI, ["lint", "--baseline-ref", "main", "--dir", EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mlgate: mlgate lint does not take --baseline-ref (see mlgate lint --help)\n");
    expect(Object.keys(OPTIONS)).toContain("baseline-ref");
  });
});

describe("finding mlgate.yml (dist/cli.js)", () => {
  it("walks up from the current folder to the config, as git does", async () => {
    const dir = gitRepo();
    const r = await runNode(CLI, ["test", "-f", "json"], { cwd: path.join(dir, "sub/deeper") });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.sections.find((s: { id: string }) => s.id === "data").summary).toBe("1 dataset, 2 rows");
  });

  it("walks up from --dir too, and stops at the git root", async () => {
    const dir = gitRepo();
    expect((await runNode(CLI, ["test", "--dir", path.join(dir, "sub")])).code).toBe(1);
    // A repository nested in one with a config: its own root is as far as the search goes.
    const inner = path.join(dir, "sub/inner");
    mkdirSync(inner);
    execFileSync("git", ["init", "-q", inner]);
    const r = await runNode(CLI, ["test"], { cwd: inner });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `mlgate: no mlgate.yml or mlgate.yaml in ${inner}; create one (see the README) or pass --config FILE\n`,
    );
  });

  it("outside a git repository only the folder itself is looked at", async () => {
    const dir = tempDir("mlgate-cli-nogit-");
    writeFileSync(path.join(dir, "mlgate.yml"), "version: 1\n");
    mkdirSync(path.join(dir, "sub"));
    expect((await runNode(CLI, ["check"], { cwd: dir })).code).toBe(0);
    expect((await runNode(CLI, ["check"], { cwd: path.join(dir, "sub") })).code).toBe(2);
  });

  it("names a missing --dir as a missing folder, and a file given as --dir too", async () => {
    const r = await runNode(CLI, ["check", "--dir", "no/such/place"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mlgate: --dir no/such/place: no such folder (see mlgate check --help)\n");
    const file = await runNode(CLI, ["check", "--dir", "package.json"]);
    expect(file.stderr).toMatch(/^mlgate: --dir package\.json: no such folder/);
  });
});

describe("--quiet, colour and schema (dist/cli.js)", () => {
  it("--quiet prints nothing on a pass and one line per reason on a failure", async () => {
    const pass = await runNode(CLI, ["check", "--quiet", "--dir", "examples/churn-model", "--env", "dev"]);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toBe("");
    const fail = await runNode(CLI, ["test", "-q", "--dir", EXAMPLE]);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toBe("");
    expect(fail.stderr).toMatch(/^mlgate: gate failed: /);
    expect(fail.stderr).not.toContain("Reading");
    // A machine format still prints: --quiet silences the terminal, not what was asked for.
    const json = await runNode(CLI, ["test", "-q", "--dir", EXAMPLE, "-f", "json"]);
    expect(JSON.parse(json.stdout).passed).toBe(false);
  });

  it("colours piped output under FORCE_COLOR, not under NO_COLOR or FORCE_COLOR=0", async () => {
    const run = (env: Record<string, string>) => runNode(CLI, ["test", "--dir", EXAMPLE], { env });
    const ESC = "\u001b[";
    expect((await run({})).stdout).not.toContain(ESC);
    expect((await run({ FORCE_COLOR: "1" })).stdout).toContain(ESC);
    expect((await run({ FORCE_COLOR: "1", NO_COLOR: "1" })).stdout).toContain(ESC);
    expect((await run({ FORCE_COLOR: "0" })).stdout).not.toContain(ESC);
    expect((await run({ NO_COLOR: "1" })).stdout).not.toContain(ESC);
  });

  it("mlgate schema prints the JSON Schema of mlgate.yml", async () => {
    const r = await runNode(CLI, ["schema"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(ROOT, "schemas/mlgate.schema.json"), "utf8")),
    );
  });
});
