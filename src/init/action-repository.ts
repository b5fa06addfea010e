/**
 * Where mlgate's action lives on GitHub. Generated workflows use it (`uses: OWNER/NAME@v1`), and
 * generated configs point editors at the config schema on the action's major tag, which the
 * release workflow moves to each release of that major version: a URL that stays valid and
 * follows the action the workflow runs, in repositories that have no node_modules.
 */
export const ACTION_REPOSITORY = "OWNER/mlgate";

/** The JSON Schema of mlgate.yml, at the action's major tag. */
export const CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/v1/schemas/mlgate.schema.json`;
