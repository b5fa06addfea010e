/** The `lint:` block as a stage: config files against environment-aware schemas and built-in rules. */
import type { LintTarget } from "../config/types.js";
import { WorkspaceError } from "../io/workspace.js";
import { sectionStatus } from "../report/section-status.js";
import type { CheckResult, Diagnostic, Section } from "../report/types.js";
import { FILE_START } from "../source/source-document.js";
import { hasBlock, type Stage, type StageContext } from "../stages/stage.js";
import { type FileSchema, lintFile } from "./lint-file.js";
import { lintSettings } from "./lint-settings.js";
import { SchemaRegistry } from "./schema-registry.js";

/** ML Test Score item automated by config linting: "model specification code is unit tested". */
const RUBRIC = ["infrastructure.2"];

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Which files each target covers, and the schemas they must satisfy. */
async function planTargets(ctx: StageContext, targets: LintTarget[], registry: SchemaRegistry) {
  const plan: { target: LintTarget; files: string[]; schemas: FileSchema[] }[] = [];
  for (const target of targets) {
    const schemas: FileSchema[] = [];
    const refs: [string, string][] = [];
    if (target.schema) refs.push([target.schema, target.schema]);
    const overlay = target.environments?.[ctx.environment.name]?.schema;
    if (overlay) refs.push([overlay, `${ctx.environment.name} overlay ${overlay}`]);
    for (const [ref, label] of refs) {
      const uri = await registry.load(ref);
      const validate = uri ? registry.validator(uri) : undefined;
      if (validate) schemas.push({ label, validate });
    }
    const files = await ctx.workspace.glob(list(target.files), list(target.exclude));
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
  const bySchema = new Map<string, FileSchema[]>();
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
        message: `no files match ${list(target.files).join(", ")}`,
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
  const exists = (rel: string) => ctx.workspace.exists(rel);
  let clean = 0;
  for (const file of files) {
    let diagnostics: Diagnostic[];
    try {
      const bytes = await ctx.workspace.readBytes(file, settings.maxFileBytes);
      diagnostics = await lintFile({
        file,
        bytes,
        schemas: bySchema.get(file) ?? [],
        settings,
        environment: ctx.environment.name,
        exists,
      });
    } catch (err) {
      if (!(err instanceof WorkspaceError)) throw err;
      const code = err.tooLarge ? "file/too-large" : "file/unreadable";
      const hint = err.tooLarge ? "Raise lint.max_file_size or exclude the file." : "Check the path.";
      diagnostics = [{ code, severity: "error", message: err.message, file, range: FILE_START, hint }];
    }
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
  return { id: "lint", title: lintStage.title, status: sectionStatus(checks), checks };
}

/** Config lint. */
export const lintStage: Stage = {
  id: "lint",
  title: "Config lint",
  key: "lint",
  configured: (config) => hasBlock(config, "lint"),
  run: runLint,
};
