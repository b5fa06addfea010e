/** The `lint:` block as a stage: config files against environment-aware schemas and built-in rules. */
import { asList } from "../config/as-list.js";
import type { LintTarget } from "../config/types.js";
import { sectionStatus } from "../report/section-status.js";
import type { CheckResult, Section } from "../report/types.js";
import { hasBlock, type Stage, type StageContext } from "../stages/stage.js";
import type { LintJob, SchemaRef } from "./lint-job.js";
import { lintSettings } from "./lint-settings.js";
import { lintInParallel } from "./parallel.js";
import { SchemaRegistry } from "./schema-registry.js";

/** ML Test Score item automated by config linting: "model specification code is unit tested". */
const RUBRIC = ["infrastructure.2"];

/** Which files each target covers, and the schemas they must satisfy. */
async function planTargets(ctx: StageContext, targets: LintTarget[], registry: SchemaRegistry) {
  const plan: { target: LintTarget; files: string[]; schemas: SchemaRef[] }[] = [];
  for (const target of targets) {
    const schemas: SchemaRef[] = [];
    if (target.schema) schemas.push({ ref: target.schema, label: target.schema });
    const overlay = target.environments?.[ctx.environment.name]?.schema;
    if (overlay) schemas.push({ ref: overlay, label: `${ctx.environment.name} overlay ${overlay}` });
    // Load and compile here, once, so schema problems are reported once and workers start from checked schemas.
    for (const { ref } of schemas) {
      const uri = await registry.load(ref);
      if (uri) registry.validator(uri);
    }
    const files = await ctx.workspace.glob(asList(target.files), asList(target.exclude));
    plan.push({ target, files, schemas });
  }
  return plan;
}

/** Lint the configured targets (or just `paths`, when given) and return the section. */
export async function runLint(ctx: StageContext): Promise<Section> {
  const settings = lintSettings(ctx.config);
  const registry = new SchemaRegistry(ctx.workspace, ctx.environment.name, ctx.configFile);
  const plan = await planTargets(ctx, settings.targets, registry);
  const checks: CheckResult[] = [];
  const bySchema = new Map<string, SchemaRef[]>();
  for (const { files, schemas } of plan) {
    for (const f of files) bySchema.set(f, [...(bySchema.get(f) ?? []), ...schemas]);
  }
  let files = [...bySchema.keys()].sort();
  if (ctx.paths?.length) {
    // Explicit paths: lint exactly those; a path no target covers still gets the built-in rules.
    files = [...new Set(ctx.paths)].sort();
  } else {
    plan.forEach(({ target, files: matched }, i) => {
      if (matched.length) return;
      checks.push({
        id: `lint/target-${i + 1}`,
        status: "failed",
        severity: "warning",
        message: `no files match ${asList(target.files).join(", ")}`,
        diagnostics: [],
      });
    });
  }
  if (registry.diagnostics.length) {
    checks.push({
      id: "lint/schemas",
      status: "error",
      severity: "error",
      message: "schemas could not be used",
      diagnostics: registry.diagnostics,
    });
  }
  const job: LintJob = {
    root: ctx.workspace.root,
    config: ctx.config,
    environment: ctx.environment.name,
    configFile: ctx.configFile,
    fast: ctx.tuning?.fastPath !== false,
    globbed: !ctx.paths?.length,
    files: files.map((file) => ({ file, schemas: bySchema.get(file) ?? [] })),
  };
  let clean = 0;
  for (const [file, diagnostics] of await lintInParallel(job, ctx.workspace, registry, ctx.tuning?.threads)) {
    if (!diagnostics.length) {
      clean++;
      continue;
    }
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    const counts = [
      errors && `${errors} error${errors === 1 ? "" : "s"}`,
      warnings && `${warnings} warning${warnings === 1 ? "" : "s"}`,
    ]
      .filter(Boolean)
      .join(", ");
    checks.push({
      id: `lint/${file}`,
      status: "failed",
      severity: errors ? "error" : "warning",
      message: `${file}: ${counts}`,
      rubric: RUBRIC,
      diagnostics,
    });
  }
  checks.push({
    id: "lint/clean",
    status: "passed",
    severity: "error",
    message: `${clean} of ${files.length} file${files.length === 1 ? "" : "s"} clean`,
    observed: `${clean}/${files.length}`,
    rubric: RUBRIC,
    diagnostics: [],
  });
  const n = files.length;
  const summary = `${n} file${n === 1 ? "" : "s"}: ${clean} clean${n - clean ? `, ${n - clean} with findings` : ""}`;
  return { id: "lint", title: lintStage.title, status: sectionStatus(checks), summary, checks };
}

/** Config lint. */
export const lintStage: Stage = {
  id: "lint",
  title: "Config lint",
  key: "lint",
  configured: (config) => hasBlock(config, "lint"),
  run: runLint,
};
