/**
 * The environment a team's suite runs with: the action's own, less what belongs to the runner's
 * services and to the action rather than to the job (DESIGN.md, security model). A test that
 * fails often dumps its environment, and what a suite prints can end up in the PR comment; the
 * runtime token (artifacts and caches of the run), the OIDC request token (cloud credentials
 * when the workflow grants `id-token: write`) and the GitHub token are not a test's to print.
 * A suite that needs one names it in `tests[].pass_env`.
 */

/** Variables removed by name: the step's own inputs and the GitHub tokens. */
const REMOVED_NAMES = new Set([
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GH_ENTERPRISE_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  // The step's outputs and state files: what a suite writes there must not become mlgate's outputs.
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
]);

/**
 * Removed by prefix: ACTIONS_* are the runner's service variables for actions (runtime, results,
 * cache and OIDC URLs and tokens; `run:` steps never see most of them), INPUT_* are the action's
 * inputs, the `github-token` among them. The runner keeps an input's hyphens
 * (`INPUT_GITHUB-TOKEN`), and bash passes such names on, so the prefix is what is matched.
 */
const REMOVED_PREFIX = /^(ACTIONS_|INPUT_)/i;

/** Shorter values are not matched by value (see removedValues). */
const MIN_VALUE_LENGTH = 8;

/** Whether `name` is removed by its name. */
function removedByName(name: string): boolean {
  return REMOVED_NAMES.has(name.toUpperCase()) || REMOVED_PREFIX.test(name);
}

/** What the suite's environment is made of. */
export interface SuiteEnvOptions {
  /** Variables passed through even though they would be removed (`tests[].pass_env`). */
  pass?: readonly string[];
  /** The suite's own variables (`tests[].env`), set last. */
  set?: Record<string, string>;
}

/**
 * `parent` without the runner's and the action's tokens, unless `pass` names them; a variable
 * holding one of the removed tokens under another name (`MY_TOKEN: ${{ github.token }}`) goes
 * too. Then the suite's own variables.
 */
export function suiteEnvironment(
  parent: Record<string, string | undefined>,
  options: SuiteEnvOptions = {},
): Record<string, string> {
  const pass = new Set(options.pass ?? []);
  const removedValues = new Set<string>();
  for (const [name, value] of Object.entries(parent))
    if (value && value.length >= MIN_VALUE_LENGTH && removedByName(name) && /TOKEN/i.test(name))
      removedValues.add(value);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined) continue;
    const removed = removedByName(name) || removedValues.has(value);
    if (!removed || pass.has(name)) env[name] = value;
  }
  return { ...env, ...options.set };
}
