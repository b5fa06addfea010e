/** What `mlgate init` finds in a repository: configs to lint, data files, metrics files, test suites. */
import type { Workspace } from "../io/workspace.js";

/** The files init builds a config from, repo-relative with `/`, sorted. */
export interface RepositoryFiles {
  /** Config files with a built-in schema, and its name. */
  builtin: { file: string; schema: string }[];
  /** Other config files: each gets a draft schema. */
  configs: string[];
  data: string[];
  metrics: string[];
  /** Test folders of a pytest suite (`tests`), empty when there is none. */
  pytest: string[];
}

/** Folders that hold no project files of the user's own. */
const IGNORED = [
  "**/.*/**",
  "**/node_modules/**",
  "**/{venv,env,site-packages,__pycache__,dist,build,mlruns,wandb,outputs,logs}/**",
];

/** Files that are not configs a team writes: lock files, tool settings, mlgate's own. */
const NOT_CONFIG =
  /(?:^|\/)(?:mlgate\.ya?ml|dvc\.lock|[^/]*lock\.(?:json|ya?ml)|package(?:-lock)?\.json|tsconfig[^/]*\.json|pyproject\.toml|Pipfile|poetry\.lock|environment\.ya?ml|conda\.ya?ml|\.pre-commit-config\.yaml|codecov\.ya?ml|mkdocs\.ya?ml|docker-compose[^/]*\.ya?ml|credentials[^/]*|[^/]*\.schema\.json)$/i;
/** Metrics files by name: DVC's, scikit-learn scripts', MLflow exports. */
const METRICS = /(?:^|\/)(?:[^/]*metrics[^/]*|scores?)\.(?:json|ya?ml)$/i;
/** Data by extension (JSON arrays are left out: a .json file is far more often a config). */
const DATA = /\.(?:csv|tsv|jsonl|ndjson|parquet)(?:\.gz)?$/i;
/** Up to this many data files are profiled: a starter config, not an inventory. */
const MAX_DATA_FILES = 8;
/** Up to this many config files get a lint target. */
const MAX_CONFIGS = 20;

/** The built-in schema a file's path calls for, if any. */
export function builtinSchemaFor(file: string): string | undefined {
  if (/(?:^|\/)dvc\.yaml$/.test(file)) return "dvc";
  if (/(?:^|\/)MLproject$/.test(file)) return "mlflow-project";
  if (/(?:^|\/)conf\/[^/]+\/(?:[^/]+\/)*catalog[^/]*\.ya?ml$/.test(file)) return "kedro-catalog";
  return undefined;
}

/** Look through `ws` for what init configures. */
export async function inspectRepository(ws: Workspace): Promise<RepositoryFiles> {
  const all = await ws.glob(["**/*"], IGNORED);
  const found: RepositoryFiles = { builtin: [], configs: [], data: [], metrics: [], pytest: [] };
  for (const file of all) {
    const builtin = builtinSchemaFor(file);
    if (builtin) found.builtin.push({ file, schema: builtin });
    else if (METRICS.test(file)) found.metrics.push(file);
    else if (DATA.test(file)) found.data.push(file);
    else if (
      /\.(?:ya?ml|toml)$/i.test(file) ||
      /(?:^|\/)(?:conf|configs?|params)[^/]*\/.*\.json$|(?:^|\/)params[^/]*\.json$/i.test(file)
    ) {
      if (!NOT_CONFIG.test(file)) found.configs.push(file);
    }
  }
  found.data = found.data.slice(0, MAX_DATA_FILES);
  found.configs = found.configs.slice(0, MAX_CONFIGS);
  const tests = all.filter((f) => /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/.test(f));
  const folders = new Set(tests.map((f) => f.split("/")[0]!).filter((top) => !top.endsWith(".py")));
  found.pytest = tests.length ? (folders.size ? [...folders].sort() : ["."]) : [];
  return found;
}
