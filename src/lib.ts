/** Library entry: the engine and its pure pieces, for programs that embed mlgate. */

export { compareMetric, ruleFor } from "./compare/rules.js";
export { delong, mcnemarExact, pairedBootstrap } from "./compare/significance.js";
export { parseConfig } from "./config/parse-config.js";
export { resolveEnvironment } from "./config/resolve-environment.js";
export type { MlgateConfig } from "./config/types.js";
export { evaluateGate, gatePolicy } from "./gate/evaluate-gate.js";
export { createWorkspace } from "./io/workspace.js";
export { RENDERERS } from "./render/index.js";
export { buildReport } from "./report/build-report.js";
export { mergeReports } from "./report/merge-reports.js";
export type * from "./report/types.js";
export { runMlgate } from "./run-mlgate.js";
