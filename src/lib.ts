/** Library entry: the engine and its pure pieces, for programs that embed mlgate. */

export { failProbability, mcnemarDetectable, normalQuantile } from "./compare/detectable.js";
export { compareMetric, ruleFor } from "./compare/rules.js";
export { delong, mcnemarExact, pairedBootstrap } from "./compare/significance.js";
export { parseConfig } from "./config/parse-config.js";
export { resolveEnvironment } from "./config/resolve-environment.js";
export type { MlgateConfig } from "./config/types.js";
export { buildReport } from "./engine/build-report.js";
export { buildConfigErrorReport } from "./engine/config-error-report.js";
export { mergeReports } from "./engine/merge-reports.js";
export { runMlgate } from "./engine/run-mlgate.js";
export { evaluateGate, gatePolicy } from "./gate/evaluate-gate.js";
export { createWorkspace } from "./io/workspace.js";
export { RENDERERS } from "./render/index.js";
export type * from "./report/types.js";
