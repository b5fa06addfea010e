/**
 * `mlgate init`: look at a repository and plan the files of a starter setup — a commented
 * mlgate.yml that loads and runs on the repository as it is, draft schemas for its configs, and
 * the workflow. Pure planning: the CLI decides what is written.
 */
import type { Workspace } from "../io/workspace.js";
import { parseFile } from "../source/parse-file.js";
import { CONFIG_SCHEMA_URL } from "./action-repository.js";
import { dataBlock } from "./data-block.js";
import { draftSchema } from "./draft-schema.js";
import { inspectRepository } from "./inspect-repository.js";
import { flattenMetrics } from "./metrics.js";
import { compareBlock, type MetricsFile, modelBlock } from "./metrics-blocks.js";
import { type DataProfile, profileData } from "./profile-data.js";
import { workflowText } from "./workflow.js";
import { comment, globLiteral, yamlString } from "./yaml-text.js";

/** A file init would write, repo-relative. */
export interface InitFile {
  path: string;
  text: string;
}

/** What init would write, and what it found but left out (one line each). */
export interface InitPlan {
  files: InitFile[];
  skipped: string[];
}

/** Where the JUnit report of the pytest suite goes. */
const JUNIT = "reports/junit.xml";
/** Config files larger than this are not read for a draft schema. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The parsed data of a config file, or why it cannot be used. */
async function readConfig(ws: Workspace, file: string): Promise<{ data: unknown } | { problem: string }> {
  let text: string;
  try {
    text = await ws.readText(file, MAX_CONFIG_BYTES);
  } catch (err) {
    return { problem: (err as Error).message };
  }
  const parsed = parseFile(text, file);
  const error = parsed.diagnostics.find((d) => d.severity === "error");
  if (error)
    return { problem: `${error.message}${error.range ? ` (line ${error.range.start.line + 1})` : ""}` };
  if (parsed.documents.length !== 1) return { problem: "not one document" };
  return { data: parsed.documents[0]!.data };
}

/** `schemas/<path with dashes>.schema.json` for a config file. */
function draftPath(file: string): string {
  const base = file.replace(/\.(?:ya?ml|json|toml)$/i, "").replace(/[^A-Za-z0-9_.-]+/g, "-");
  return `schemas/${base}.schema.json`;
}

/** Plan the starter files for the repository in `ws`; `branch` is its default branch. */
export async function planInit(ws: Workspace, branch: string): Promise<InitPlan> {
  const found = await inspectRepository(ws);
  const files: InitFile[] = [];
  const skipped: string[] = [];
  const targets: string[] = [];
  for (const { file, schema } of found.builtin)
    targets.push(`    - files: ${yamlString(globLiteral(file))}`, `      schema: builtin:${schema}`);
  for (const file of found.configs) {
    const read = await readConfig(ws, file);
    if ("problem" in read) {
      skipped.push(`${file}: not linted (${read.problem})`);
      continue;
    }
    const schema = draftPath(file);
    files.push({ path: schema, text: `${JSON.stringify(draftSchema(read.data, file), null, 2)}\n` });
    targets.push(
      `    - files: ${yamlString(globLiteral(file))}`,
      `      schema: ${yamlString(schema)}   # a draft: tighten it`,
    );
  }
  const profiles: DataProfile[] = [];
  for (const file of found.data) {
    const p = await profileData(ws, file);
    if (p && p.rows > 0) profiles.push(p);
    else skipped.push(`${file}: no data checks (unreadable or empty)`);
  }
  const metrics: MetricsFile[] = [];
  for (const file of found.metrics) {
    const read = await readConfig(ws, file);
    const found = "data" in read ? flattenMetrics(read.data) : [];
    if (found.length) metrics.push({ file, metrics: found });
    else skipped.push(`${file}: no metrics (${"problem" in read ? read.problem : "no numbers in it"})`);
  }
  const params = found.configs.filter((f) => /(?:^|\/)params[^/]*\.(?:ya?ml|json|toml)$/i.test(f));
  const config = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# Written by mlgate init from what the repository holds now; every check below passes on it.",
    "# Run `mlgate check`, then tighten what matters. Reference: mlgate schema, docs/configuration.md.",
    "version: 1",
    "",
    "# Which environment a run targets (first match wins; --env overrides): add e.g.",
    `# production: { branches: [${branch}], deploy: true } to gate deploys more strictly.`,
    "environments:",
    "  dev: { default: true }",
    "",
    ...(targets.length
      ? [
          "# Config files and the schema each must follow (builtin: schemas ship with mlgate).",
          "lint:",
          "  targets:",
          ...targets,
          "",
        ]
      : []),
    ...dataBlock(profiles),
    ...modelBlock(metrics),
    ...testsBlock(found.pytest),
    ...compareBlock(metrics, params),
    "gates:",
    "  fail_on: error   # error | warning | never",
    ...(skipped.length ? ["", "# Found but left out:", ...skipped.map((s) => comment(s))] : []),
    "",
  ];
  const requirements = (await ws.exists("requirements.txt")) ? "requirements.txt" : undefined;
  files.unshift({ path: "mlgate.yml", text: config.join("\n") });
  files.push({
    path: ".github/workflows/mlgate.yml",
    text: workflowText({ branch, python: found.pytest.length > 0 || Boolean(requirements), requirements }),
  });
  return { files, skipped };
}

/** The `tests:` block for a pytest suite: JUnit with file and line (the xunit1 family). */
function testsBlock(folders: string[]): string[] {
  if (!folders.length) return [];
  const where = folders.length === 1 && folders[0] === "." ? "" : ` ${folders.join(" ")}`;
  return [
    "# The team's own suites. junit_family=xunit1 puts each test's file and line in the report.",
    "tests:",
    "  - name: pytest",
    `    run: python -m pytest${where} --junitxml=${JUNIT} -o junit_family=xunit1`,
    `    junit: ${JUNIT}`,
    "    timeout: 10m",
    "",
  ];
}
