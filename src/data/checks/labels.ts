/**
 * `labels`: the label against the features. Conflicting labels: rows with the same features and
 * different labels (counted through 128-bit feature hashes in spilled partitions, examples read
 * again and confirmed). Target leakage: a feature that alone predicts the label with an AUC or
 * R² above `max_score` (src/data/labels/leakage-scores.ts says how each is measured).
 */
import type { CheckResult, Diagnostic, Severity } from "../../report/types.js";
import { type Conflicts, findConflicts } from "../labels/conflicts.js";
import { LabelSink, type LabelsConfig, type LabelSink as Sink } from "../labels/label-sink.js";
import { type FeatureScore, scoreFeature, taskOf } from "../labels/leakage-scores.js";
import { LEAKAGE_RUBRIC } from "../splits/splits-options.js";
import { diagnostic, SCHEMA_RUBRIC } from "./column-check.js";
import { type DatasetCheck, failed } from "./dataset-check.js";

/** The default bound on a single feature's AUC or R². */
export const DEFAULT_MAX_SCORE = 0.95;

/** Cell text in messages is cut to this many characters. */
export const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** What the second pass found: the cells of the example rows, by file and row. */
type Fetched = Map<string, Map<number, string[]>>;

/** Per sink: its conflicts and the example rows' text, found before the verdict. */
const found = new WeakMap<Sink, { conflicts: Conflicts; cells: Fetched }>();

/** Conflicting groups as an engine counted them, with the diagnostics of their examples. */
export interface ConflictCount {
  groups: number;
  rows: number;
  diagnostics: Diagnostic[];
}

/** The conflicting-labels verdict. */
function conflictsVerdict(
  id: string,
  name: string,
  label: string,
  features: number,
  c: ConflictCount,
  sev: Severity,
): CheckResult {
  return {
    id,
    status: c.groups ? "failed" : "passed",
    severity: sev,
    message: c.groups
      ? `${name}: ${c.rows} rows in ${c.groups} group${c.groups === 1 ? "" : "s"} have the same ${features} features but different ${label}`
      : `${name}: no two rows with the same ${features} features have different ${label}`,
    observed: `${c.groups} group${c.groups === 1 ? "" : "s"}, ${c.rows} rows`,
    expected: "one label per feature row",
    rubric: [...SCHEMA_RUBRIC],
    diagnostics: c.diagnostics,
  };
}

/** The file path's conflicts: counted in the sink's partitions, examples read again by row. */
function fileConflicts(sink: Sink, sev: Severity): ConflictCount {
  const f = found.get(sink);
  const c = f?.conflicts ?? { groups: 0, rows: 0, examples: [] };
  const label = sink.config.column;
  const features = sink.cols.slice(1);
  const diagnostics = c.examples.map((e) => {
    const file = sink.files[e.other.file] ?? "";
    const a = f?.cells.get(sink.files[e.first.file] ?? "")?.get(e.first.row);
    const b = f?.cells.get(file)?.get(e.other.row);
    const shown = a ? showFeatures(features, a.slice(1)) : "";
    const labels =
      a && b ? `: ${label} ${JSON.stringify(cut(a[0] ?? ""))} vs ${JSON.stringify(cut(b[0] ?? ""))}` : "";
    return diagnostic(
      "data/conflicting-labels",
      sev,
      `row ${e.other.row} repeats the features of row ${e.first.row} (line ${e.first.line})${shown ? ` (${shown})` : ""} with another label${labels}`,
      { file, line: e.other.line },
    );
  });
  return { groups: c.groups, rows: c.rows, diagnostics };
}

/** The first four features of an example row, as `name=value`. */
export function showFeatures(features: string[], cells: string[]): string {
  return (
    features
      .slice(0, 4)
      .map((n, k) => `${n}=${cut(cells[k] ?? "")}`)
      .join(", ") + (features.length > 4 ? ", …" : "")
  );
}

/** The target-leakage verdict, from each feature's score (or why it has none). */
function leakageVerdict(
  id: string,
  name: string,
  label: string,
  task: ReturnType<typeof taskOf>,
  all: FeatureScore[],
  max: number,
  sev: Severity,
  file: string,
): CheckResult {
  if (typeof task === "object")
    return {
      id,
      status: "skipped",
      severity: sev,
      message: `${name}: target leakage not judged: ${label} has ${task.why}`,
      diagnostics: [],
    };
  const metric = task === "binary" ? "AUC" : "R²";
  const judged = all.filter((s): s is FeatureScore & { score: number } => s.score !== undefined);
  const leaky = judged.filter((s) => s.score > max).sort((a, b) => b.score - a.score);
  const top = [...judged].sort((a, b) => b.score - a.score)[0];
  const notJudged = all.filter((s) => s.score === undefined);
  const tail = notJudged.length
    ? `; not judged: ${notJudged.map((s) => `${s.feature} (${s.why})`).join(", ")}`
    : "";
  const say = (s: { feature: string; score: number }) => `${s.feature} ${metric} ${s.score.toFixed(3)}`;
  return {
    id,
    status: leaky.length ? "failed" : "passed",
    severity: sev,
    message: leaky.length
      ? `${name}: possible target leakage: ${leaky.map(say).join(", ")} predict${leaky.length === 1 ? "s" : ""} ${label} alone (above ${max})${tail}`
      : `${name}: no single feature predicts ${label} above ${metric} ${max}${top ? ` (highest: ${say(top)})` : ""}${tail}`,
    observed: top ? say(top) : "no feature judged",
    expected: `${metric} <= ${max} for every feature`,
    rubric: [...LEAKAGE_RUBRIC],
    diagnostics: leaky.map((s) =>
      diagnostic(
        "data/target-leakage",
        sev,
        `${s.feature} alone predicts ${label}: ${metric} ${s.score.toFixed(4)} by its ${s.rule}`,
        { file, line: 1 },
      ),
    ),
  };
}

/** What an engine measured for `labels`: conflicts, the label's shape, each feature's score. */
export interface LabelsMeasures {
  /** The label, then the features. */
  cols: string[];
  /** Where each is (-1: missing). */
  at: number[];
  conflicts: () => ConflictCount;
  task: () => ReturnType<typeof taskOf>;
  scores: (task: "binary" | "regression") => FeatureScore[];
  /** Where leakage's diagnostics point: the first file, or the SQL source. */
  file: string;
}

/**
 * The verdicts of `labels` (a missing column, conflicting labels, target leakage), the same for
 * every engine: the measures are asked for only when the verdicts need them.
 */
export function labelsVerdicts(
  base: string,
  name: string,
  cfg: LabelsConfig,
  sev: Severity,
  m: LabelsMeasures,
): CheckResult[] {
  const id = `${base}/${cfg.column}`;
  if (m.at[0] === -1 || m.at.length === 0)
    return [failed(`${id}/labels`, `${name}: the label column ${cfg.column} is missing`, sev, SCHEMA_RUBRIC)];
  const missing = m.cols.filter((_, k) => m.at[k] === -1);
  if (missing.length)
    return [
      failed(
        `${id}/labels`,
        `${name}: no column ${missing.join(", ")} (named in labels.features)`,
        sev,
        SCHEMA_RUBRIC,
      ),
    ];
  const out: CheckResult[] = [];
  if (cfg.conflicts !== false)
    out.push(
      conflictsVerdict(`${id}/conflicting_labels`, name, cfg.column, m.cols.length - 1, m.conflicts(), sev),
    );
  if (cfg.leakage !== false) {
    const task = m.task();
    out.push(
      leakageVerdict(
        `${id}/target_leakage`,
        name,
        cfg.column,
        task,
        typeof task === "object" ? [] : m.scores(task),
        cfg.max_score ?? DEFAULT_MAX_SCORE,
        sev,
        m.file,
      ),
    );
  }
  return out;
}

/** The labels check. */
export const labelsCheck: DatasetCheck = {
  id: "labels",
  description:
    "The label against the features: rows with the same features and different labels; a single feature that predicts the label (AUC or R² above a bound).",
  rubric: [...SCHEMA_RUBRIC, ...LEAKAGE_RUBRIC],
  options: {
    labels: {
      type: "object",
      additionalProperties: false,
      required: ["column"],
      description:
        "The label column and its checks (docs/checks-splits.md): conflicting labels and single-feature target leakage.",
      properties: {
        column: { type: "string", minLength: 1, description: "The label column." },
        features: {
          type: "array",
          items: { type: "string" },
          minItems: 1,
          description: "The feature columns (default: every column but the label and `exclude`).",
        },
        exclude: {
          type: "array",
          items: { type: "string" },
          description:
            "Columns that are not features (identifiers, timestamps), when `features` is not given.",
        },
        conflicts: {
          type: "boolean",
          description: "Fail on rows with the same features and different labels (default true).",
        },
        leakage: {
          type: "boolean",
          description: "Fail on a single feature that predicts the label above `max_score` (default true).",
        },
        max_score: {
          type: "number",
          minimum: 0.5,
          maximum: 1,
          description: `Largest AUC (binary label) or R² (numeric label) one feature may reach alone (default ${DEFAULT_MAX_SCORE}).`,
        },
        severity: {
          type: "string",
          enum: ["error", "warning"],
          description: "How a failure of these checks counts (default: the dataset's severity).",
        },
      },
    },
  },
  configured: (ds) => ds.labels !== undefined,
  rowSinks: (ds, spillDir) => [new LabelSink(ds.labels as LabelsConfig, spillDir)],
  async secondPass(sinks, fetch) {
    for (const sink of sinks as Sink[]) {
      if (sink.config.conflicts === false) continue;
      const conflicts = findConflicts(sink.records);
      const want = new Map<string, number[]>();
      for (const e of conflicts.examples)
        for (const at of [e.first, e.other]) {
          const file = sink.files[at.file]!;
          want.set(file, [...(want.get(file) ?? []), at.row]);
        }
      const cells: Fetched = new Map();
      for (const [file, rows] of want) {
        const got = await fetch(file, rows);
        // The label, then the features, as the sink saw them.
        cells.set(file, new Map([...got].map(([row, all]) => [row, sink.at.map((i) => all[i] ?? "")])));
      }
      // A 128-bit hash collision would show as two example rows whose features differ: dropped.
      conflicts.examples = conflicts.examples.filter((e) => {
        const a = cells.get(sink.files[e.first.file]!)?.get(e.first.row);
        const b = cells.get(sink.files[e.other.file]!)?.get(e.other.row);
        return !a || !b || (a.slice(1).join("\u0001") === b.slice(1).join("\u0001") && a[0] !== b[0]);
      });
      found.set(sink, { conflicts, cells });
    }
  },
  verdict: ({ base, ds, severity, sinks }) => {
    const sink = sinks[0] as Sink;
    const sev = sink.config.severity ?? severity;
    return labelsVerdicts(base, ds.name, sink.config, sev, {
      cols: sink.cols,
      at: sink.at,
      conflicts: () => fileConflicts(sink, sev),
      task: () => taskOf(sink),
      scores: (task) => sink.cols.slice(1).map((c, i) => scoreFeature(c, sink.features[i]!, task)),
      file: sink.files[0] ?? "",
    });
  },
};
