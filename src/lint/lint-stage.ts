/** The `lint:` block as a stage: config files against environment-aware schemas and built-in rules. */
import { asList } from "../config/as-list.js";
import type { LintTarget } from "../config/types.js";
import { sectionStatus } from "../report/section-status.js";
import type { CheckResult, Section } from "../report/types.js";
import { type Stage, type StageContext, stageHead } from "../stages/stage.js";
import type { LintJob, SchemaRef } from "./lint-job.js";
import { lintSettings } from "./lint-settings.js";
import { lintInParallel } from "./parallel.js";
import { SchemaRegistry } from "./schema-registry.js";
import { bindsEnvironments, globTarget, type TargetFile } from "./target-files.js";

/** ML Test Score item automated by config linting: "model specification code is unit tested". */
const RUBRIC = ["infrastructure.2"];

/** A target's files and schemas: `base` for every file, `overlay` for files of the run's environment. */
interface PlannedTarget {
  target: LintTarget;
  files: TargetFile[];
  base?: SchemaRef;
  overlay?: SchemaRef;
}

/** Which files each target covers, and the schemas they must satisfy. */
async function planTargets(ctx: StageContext, targets: LintTarget[], registry: SchemaRegistry) {
  const environments = Object.keys(ctx.config.environments ?? {});
  const plan: PlannedTarget[] = [];
  for (const target of targets) {
    const base = target.schema ? { ref: target.schema, label: target.schema } : undefined;
    const overlayRef = target.environments?.[ctx.environment.name]?.schema;
    const overlay = overlayRef
      ? { ref: overlayRef, label: `${ctx.environment.name} overlay ${overlayRef}` }
      : undefined;
    // Load and compile here, once, so schema problems are reported once and workers start from checked schemas.
    for (const s of [base, overlay]) {
      const uri = s && (await registry.load(s.ref));
      if (uri) registry.validator(uri);
    }
    const files = await globTarget(ctx.workspace, target, environments);
    plan.push({ target, files, ...(base ? { base } : {}), ...(overlay ? { overlay } : {}) });
  }
  return plan;
}

/**
 * The environment each file belongs to when it is not the run's: a file that an `{env}` glob
 * matched only for other environments. A file matched for the run's environment too, or only by
 * globs without `{env}`, is the run's.
 */
function otherEnvironments(plan: PlannedTarget[], run: string): Map<string, string> {
  const named = new Map<string, string[]>();
  for (const { files } of plan) {
    // A file matched without `{env}` adds no environment: only bound files need a list.
    for (const { file, environments } of files)
      if (environments.length) named.set(file, [...(named.get(file) ?? []), ...environments]);
  }
  const other = new Map<string, string>();
  for (const [file, envs] of named) if (envs.length && !envs.includes(run)) other.set(file, envs[0]!);
  return other;
}

/** The hint-facing label of a base schema applied to a file of another environment. */
function asOtherEnvironment(schema: SchemaRef, environment: string): SchemaRef {
  return { ref: schema.ref, label: `${schema.label} (base only: the file belongs to ${environment})` };
}

/**
 * Each file (in name order) with its schemas over all targets, and its environment when it is
 * another one than the run's: such a file gets base schemas only. The files of one target share
 * one list (a run may lint thousands); a file of several targets gets a list of its own. The lists
 * are not changed afterwards. One target's files come sorted and once each, and are taken as they
 * are: a map of every file, built before the JIT has compiled this loop, took 10 ms of bench/lint's
 * 10,000 files.
 */
function filesWithSchemas(plan: PlannedTarget[], other: Map<string, string>): LintJob["files"] {
  // An overlay is the run's environment's rules, and a file of another one is not deployed by this run.
  const schemasOf = ({ base, overlay }: PlannedTarget, env: string | undefined): SchemaRef[] => {
    if (env === undefined) return [base, overlay].filter((s) => s !== undefined);
    return base ? [asOtherEnvironment(base, env)] : [];
  };
  const entry = (file: string, schemas: SchemaRef[], environment: string | undefined) =>
    environment === undefined ? { file, schemas } : { file, schemas, environment };
  if (plan.length === 1) {
    const target = plan[0]!;
    const shared = schemasOf(target, undefined);
    return target.files.map(({ file }) => {
      const env = other.get(file);
      return entry(file, env === undefined ? shared : schemasOf(target, env), env);
    });
  }
  const bySchema = new Map<string, SchemaRef[]>();
  for (const target of plan) {
    const shared = schemasOf(target, undefined);
    for (const { file } of target.files) {
      const env = other.get(file);
      const mine = env === undefined ? shared : schemasOf(target, env);
      const had = bySchema.get(file);
      bySchema.set(file, had === undefined ? mine : [...had, ...mine]);
    }
  }
  return [...bySchema.keys()].sort().map((file) => entry(file, bySchema.get(file)!, other.get(file)));
}

/** The files with a schema that could not be loaded or compiled (lint/schemas reports why). */
async function filesWithoutSchema(files: LintJob["files"], registry: SchemaRegistry): Promise<Set<string>> {
  // Asked once per schema and variant, and answered once per list of schemas (the files of a target
  // share one list): a run may lint thousands of files, and this loop runs before the JIT has
  // compiled it (per schema of each file, it took 11 ms of bench/lint's 10,000).
  const usable = new Map<string, boolean>();
  const byList = new Map<SchemaRef[], [boolean | undefined, boolean | undefined]>();
  const listUsable = async (schemas: SchemaRef[], inEnvironment: boolean): Promise<boolean> => {
    for (const { ref } of schemas) {
      const key = inEnvironment ? ref : `${ref}\0base`;
      let ok = usable.get(key);
      if (ok === undefined) {
        const uri = await registry.load(ref);
        ok = uri !== undefined && registry.validator(uri, inEnvironment) !== undefined;
        usable.set(key, ok);
      }
      if (!ok) return false;
    }
    return true;
  };
  const out = new Set<string>();
  for (const { file, schemas, environment } of files) {
    const which = environment === undefined ? 0 : 1;
    let known = byList.get(schemas);
    if (known === undefined) {
      known = [undefined, undefined];
      byList.set(schemas, known);
    }
    known[which] ??= await listUsable(schemas, which === 0);
    if (!known[which]) out.add(file);
  }
  return out;
}

/** Lint the configured targets (or just `paths`, when given) and return the section. */
export async function runLint(ctx: StageContext): Promise<Section> {
  const settings = lintSettings(ctx.config);
  const registry = new SchemaRegistry(ctx.workspace, ctx.environment.name, ctx.configFile);
  const plan = await planTargets(ctx, settings.targets, registry);
  const checks: CheckResult[] = [];
  const other = otherEnvironments(plan, ctx.environment.name);
  let files = filesWithSchemas(plan, other);
  // The variant without x-mlgate-env, compiled here for the same reason as in planTargets.
  if (other.size) {
    for (const { schemas, environment } of files) {
      if (environment === undefined) continue;
      for (const s of schemas) {
        const uri = await registry.load(s.ref);
        if (uri) registry.validator(uri, false);
      }
    }
  }
  if (ctx.paths?.length) {
    // Explicit paths: lint exactly those; a path no target covers still gets the built-in rules.
    const byFile = new Map(files.map((f) => [f.file, f]));
    files = [...new Set(ctx.paths)].sort().map((file) => byFile.get(file) ?? { file, schemas: [] });
  } else {
    const noEnvironments = !Object.keys(ctx.config.environments ?? {}).length;
    plan.forEach(({ target, files: matched }, i) => {
      if (matched.length) return;
      // `{env}` stands only for names under `environments:`; without any, such a glob cannot match.
      const why =
        noEnvironments && bindsEnvironments(target)
          ? " ({env} needs names under environments:, and there are none)"
          : "";
      checks.push({
        id: `lint/target-${i + 1}`,
        status: "failed",
        severity: "warning",
        message: `no files match ${asList(target.files).join(", ")}${why}`,
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
    files,
  };
  const unusable = await filesWithoutSchema(job.files, registry);
  let clean = 0;
  let unchecked = 0;
  for (const [file, diagnostics] of await lintInParallel(job, ctx.workspace, registry, ctx.tuning?.threads)) {
    if (!diagnostics.length) {
      // Without its schema a file was checked by the rules only: not "clean" (lint/schemas says why).
      if (unusable.has(file)) unchecked++;
      else clean++;
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
  // Only a run whose every file is clean passes lint/clean; otherwise the failing files' own checks
  // (and lint/schemas) say what is wrong, and a second failure that counts them would only repeat it.
  if (clean === files.length) {
    checks.push({
      id: "lint/clean",
      status: "passed",
      severity: "error",
      message: `${clean} of ${files.length} file${files.length === 1 ? "" : "s"} clean`,
      observed: `${clean}/${files.length}`,
      rubric: RUBRIC,
      diagnostics: [],
    });
  }
  const n = files.length;
  const parts = [
    `${clean} clean`,
    n - clean - unchecked > 0 && `${n - clean - unchecked} with findings`,
    unchecked && `${unchecked} without a usable schema`,
  ];
  const summary = `${n} file${n === 1 ? "" : "s"}: ${parts.filter(Boolean).join(", ")}`;
  return { id: "lint", title: lintStage.title, status: sectionStatus(checks), summary, checks };
}

/** Config lint. */
export const lintStage: Stage = { ...stageHead("lint"), run: runLint };
