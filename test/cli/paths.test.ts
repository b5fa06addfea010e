import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runNode, tempDir } from "../helpers/run-node.js";

const CLI = "dist/cli.js";

/** A repository with one small CSV and `config`, and a link `etc` to the runner's /etc. */
function repoWith(config: string): string {
  const dir = tempDir("mlgate-cli-paths-");
  mkdirSync(path.join(dir, "data"));
  writeFileSync(path.join(dir, "data/train.csv"), "age,income\n30,100\n40,200\n");
  writeFileSync(path.join(dir, "mlgate.yml"), config);
  symlinkSync("/etc", path.join(dir, "etc"));
  return dir;
}

/** The lines of `text` that mention `needle`. */
const mentions = (text: string, needle: string) => text.split("\n").filter((l) => l.includes(needle));

// Hostile configs: the pull request under test writes mlgate.yml, and the runner's files are not its.
describe("paths in mlgate.yml stay in the repository (dist/cli.js)", () => {
  it("lint files: /** is refused at its value, once, and nothing outside is listed", async () => {
    const dir = repoWith(`version: 1
lint:
  targets:
    - files: "/**"
`);
    const r = await runNode(CLI, ["check", "--dir", dir, "--format", "markdown"]);
    expect(r.code).toBe(2);
    const refusal = 'mlgate.yml:4:14 error config/path-outside "/**" is an absolute path';
    expect(mentions(r.stderr, "config/path-outside")).toEqual([
      `${refusal}; mlgate reads only files inside the repository`,
    ]);
    expect(r.stderr).toContain("mlgate: mlgate.yml has 1 error;");
    // The report names no file of the runner's.
    expect(r.stdout).not.toMatch(/passwd|hostname|\/usr\//);
    // Its only target refused, the lint stage does not run over nothing and pass.
    expect(r.stdout).not.toMatch(/Config lint.*passed/);
  });

  it("data path: /etc/passwd, ../x.csv and a link to /etc each get exactly one message at their line", async () => {
    const dir = repoWith(`version: 1
data:
  - name: absolute
    path: /etc/passwd
    row_count: { min: 1 }
  - name: climbing
    path: ../x.csv
    row_count: { min: 1 }
  - name: linked
    path: etc/passwd
    row_count: { min: 1 }
  - name: train
    path: data/train.csv
    row_count: { min: 1 }
`);
    const r = await runNode(CLI, ["check", "--dir", dir]);
    expect(r.code).toBe(2);
    expect(mentions(r.stderr, "config/path-outside")).toEqual([
      'mlgate.yml:4:11 error config/path-outside "/etc/passwd" is an absolute path; mlgate reads only files inside the repository',
      'mlgate.yml:7:11 error config/path-outside "../x.csv" climbs out with `..`; mlgate reads only files inside the repository',
      'mlgate.yml:10:11 error config/path-outside "etc/passwd" goes through a link to outside the repository; mlgate reads only files inside the repository',
    ]);
    // The refusal is all that is said about them: no "empty", "0 rows" or "does not exist" beside it.
    for (const name of ["absolute", "climbing", "linked"]) expect(mentions(r.stdout, name)).toEqual([]);
    expect(r.stdout).not.toMatch(/0 rows|empty|does not exist|no file matches/);
    // The dataset inside the repository is still checked.
    expect(r.stdout).toMatch(/Data\s+passed\s+1 dataset, 2 rows/);
  });

  it("every key that names a path is confined: drift, model, suites, compare", async () => {
    const dir = repoWith(`version: 1
data:
  - name: train
    path: data/train.csv
    drift: { reference: etc/hosts, columns: [age] }
model:
  metrics: /etc/metrics.json
  thresholds: { accuracy: { min: 0.5 } }
  predictions: { path: "{..,data}/p.csv", task: binary, label: y, prediction: p }
  artifact: { path: ../model.onnx, max_size_mb: 1 }
tests:
  - name: unit
    run: "true"
    junit: /tmp/junit.xml
compare:
  metrics: [data/../../m.json]
  params: [/etc/params.yaml]
  baseline: { from: "path:/etc" }
`);
    const r = await runNode(CLI, ["check", "--dir", dir]);
    expect(r.code).toBe(2);
    expect(mentions(r.stderr, "config/path-outside").map((l) => l.split(" error ")[0])).toEqual([
      "mlgate.yml:5:25",
      "mlgate.yml:7:12",
      "mlgate.yml:9:24",
      "mlgate.yml:10:21",
      "mlgate.yml:14:12",
      "mlgate.yml:16:13",
      "mlgate.yml:17:12",
      "mlgate.yml:18:21",
    ]);
    expect(r.stderr).toContain("mlgate: mlgate.yml has 8 errors;");
    expect(r.stdout).not.toMatch(/does not exist|not found|outside/);
  });
});
