/** slice: a metric on every group of a column, each within bounds and close to the others (`model.predictions.slices`). */
import { severity as severitySchema } from "../../checks/options.js";
import { formatMetric } from "../../report/format.js";
import type { CheckResult, Severity, Table } from "../../report/types.js";
import type { SliceConfig } from "../predictions.js";
import { DEFAULT_MIN_SLICE, type SliceValue } from "../slices.js";
import { expectation, within } from "./bounds.js";
import type { ModelCheck } from "./model-check.js";

/** One `slices:` entry and the metric on each of its groups (sorted by group). */
export interface SliceInput {
  slice: SliceConfig;
  values: SliceValue[];
  severity: Severity;
}

/** ML Test Score model.6: model quality is sufficient on all important data slices. */
const SLICES = ["model.6"];

/** A slice with enough rows and a defined metric: the ones bounds and the gap are judged on. */
type Judged = SliceValue & { metric: { value: number } };

const judgedOf = (values: SliceValue[]): Judged[] =>
  values.filter((v) => !v.insufficient && "value" in v.metric) as Judged[];

/** Groups whose value is outside the bounds. */
const failingOf = (judged: Judged[], s: SliceConfig): Set<string> =>
  new Set(judged.filter((v) => !within(v.metric.value, s)).map((v) => v.group));

/** The highest and the lowest judged slice (undefined with fewer than two). */
function extremes(judged: Judged[]): { hi: Judged; lo: Judged } | undefined {
  if (judged.length < 2) return undefined;
  return judged.reduce(
    (g, v) => ({
      hi: v.metric.value > g.hi.metric.value ? v : g.hi,
      lo: v.metric.value < g.lo.metric.value ? v : g.lo,
    }),
    { hi: judged[0]!, lo: judged[0]! },
  );
}

/** Slices too small or with an undefined metric: said in the message, never failed. */
function notesOn(values: SliceValue[], minSize: number): string[] {
  const insufficient = values.filter((v) => v.insufficient);
  const undefinedOnes = values.filter((v) => !v.insufficient && !("value" in v.metric));
  const notes: string[] = [];
  if (insufficient.length)
    notes.push(
      `${insufficient.length} slice${insufficient.length === 1 ? "" : "s"} with insufficient data (< ${minSize} rows): ${insufficient.map((v) => v.group).join(", ")}`,
    );
  if (undefinedOnes.length)
    notes.push(
      `undefined on ${undefinedOnes.map((v) => `${v.group} (${(v.metric as { undefined: string }).undefined})`).join(", ")}`,
    );
  return notes;
}

/** The result of one `slices:` entry: failed on a slice out of bounds or a gap too wide. */
function judgeSlice({ slice: s, values, severity }: SliceInput): CheckResult {
  const judged = judgedOf(values);
  const failing = failingOf(judged, s);
  const gap = extremes(judged);
  const gapValue = gap ? gap.hi.metric.value - gap.lo.metric.value : undefined;
  const gapFails = s.max_gap !== undefined && gapValue !== undefined && gapValue > s.max_gap;
  const expected = [
    expectation(s) && `every slice ${expectation(s)}`,
    s.max_gap !== undefined && `gap <= ${s.max_gap}`,
  ]
    .filter(Boolean)
    .join(", ");
  const problems: string[] = [];
  if (failing.size)
    problems.push(
      `${[...failing].map((g) => `${s.by}=${g} (${formatMetric(judged.find((v) => v.group === g)!.metric.value)})`).join(", ")} outside ${expectation(s)}`,
    );
  if (gapFails && gap)
    problems.push(
      `gap ${formatMetric(gapValue!)} between ${s.by}=${gap.hi.group} and ${s.by}=${gap.lo.group} exceeds ${s.max_gap}`,
    );
  const notes = notesOn(values, s.min_size ?? DEFAULT_MIN_SLICE);
  const failed = problems.length > 0;
  const noJudged = judged.length === 0;
  return {
    id: `model/slice/${s.by}/${s.metric}`,
    status: failed ? "failed" : noJudged ? "error" : "passed",
    severity: s.severity ?? severity,
    message: `${s.metric} by ${s.by}: ${
      failed
        ? problems.join("; ")
        : noJudged
          ? "no slice has enough data to judge"
          : `${judged.length} slice${judged.length === 1 ? "" : "s"} within ${expected || "bounds"}`
    }${notes.length ? `; ${notes.join("; ")}` : ""}`,
    observed: gapValue !== undefined ? `gap ${formatMetric(gapValue)}` : undefined,
    expected: expected || undefined,
    rubric: SLICES,
    diagnostics: [],
  };
}

/** The slices of one entry as a table, failing slices first and too-small ones last. */
export function sliceTable({ slice: s, values }: SliceInput): Table {
  const failing = failingOf(judgedOf(values), s);
  const order = (v: SliceValue) => (failing.has(v.group) ? 0 : v.insufficient ? 2 : 1);
  return {
    title: `${s.metric} by ${s.by}`,
    compact: true,
    columns: [s.by, "rows", s.metric, "status"],
    rows: [...values]
      .sort((a, b) => order(a) - order(b))
      .map((v) => [
        v.group,
        String(v.rows),
        "value" in v.metric ? formatMetric(v.metric.value) : "n/a",
        failing.has(v.group)
          ? "failed"
          : v.insufficient
            ? "insufficient data"
            : "value" in v.metric
              ? "ok"
              : v.metric.undefined,
      ]),
  };
}

/** Full-precision slice values named `<metric>[<by>=<group>]`, for the JSON report and the comparison. */
export function sliceMetricValues({ slice: s, values }: SliceInput): Record<string, number> {
  const named: Record<string, number> = {};
  for (const v of judgedOf(values)) named[`${s.metric}[${s.by}=${v.group}]`] = v.metric.value;
  return named;
}

/** The slice check. */
export const slice: ModelCheck<SliceInput> = {
  id: "slice",
  description:
    "A slice (a group of a column) has a metric outside its bounds, or the largest minus the smallest slice value exceeds `max_gap`.",
  options: {
    "predictions.slices": {
      type: "array",
      description: "Per-slice quality: the metric on every group of a column.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["by", "metric"],
        properties: {
          by: { type: "string", description: "Column whose values define the slices." },
          metric: { type: "string", description: "Metric computed on each slice." },
          min: { type: "number", description: "Every slice must reach at least this." },
          max: { type: "number", description: "No slice may exceed this." },
          max_gap: {
            type: "number",
            minimum: 0,
            description: "Largest minus smallest slice value may not exceed this.",
          },
          min_size: {
            type: "integer",
            minimum: 1,
            description: "Slices with fewer rows are reported as insufficient data, not failed.",
          },
          severity: severitySchema,
        },
      },
    },
  },
  rubric: SLICES,
  judge: (input) => [judgeSlice(input)],
};
