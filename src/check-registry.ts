/**
 * What scripts/gen-config-schema.mjs reads to build schemas/mlgate.schema.json, the generated
 * validator and docs/configuration.md: every check definition and the shared schema pieces.
 */

export { bounds, duration, percent, severity } from "./checks/options.js";
export { COLUMN_CHECKS, DATASET_CHECKS } from "./data/checks/index.js";
export { splitsSchema } from "./data/splits/splits-options.js";
export { sqlSourceSchema } from "./data/sql/sql-source.js";
export { MODEL_CHECKS } from "./model/checks/index.js";
export { modelOptionsSchema } from "./model/model-options.js";
