/** threshold: bounds on a metric read from the metrics files (`model.thresholds`). */
import picomatch from "picomatch";
import type { Bounds } from "../../config/types.js";
import { isGlob } from "../../io/files-for.js";
import { formatMetric } from "../../report/format.js";
import type { CheckResult, Severity } from "../../report/types.js";
import { FILE_START } from "../../source/source-document.js";
import type { Metric } from "../metrics-files.js";
import { expectation, metricsMapSchema, within } from "./bounds.js";
import type { ModelCheck } from "./model-check.js";

/** One `thresholds:` entry and the metrics it is judged on. */
export interface BoundInput {
  /** The entry's key: a metric name, `file:name`, or a glob. */
  pattern: string;
  bounds: Bounds;
  /** Every metric of the metrics files, in file order. */
  metrics: Metric[];
  /** The `model:` block's severity; the entry's own wins. */
  severity: Severity;
  /** mlgate.yml, where a name that matches nothing is reported. */
  configFile: string;
}

/** ML Test Score infrastructure.4: model quality is validated before serving. */
const QUALITY = ["infrastructure.4"];

/** The metrics an entry names: `accuracy` also names `reports/a.json:accuracy` when two files both have it. */
export function matching(pattern: string, metrics: Metric[]): Metric[] {
  const glob = isGlob(pattern);
  const match = glob ? picomatch(pattern, { dot: true }) : (n: string) => n === pattern;
  return metrics.filter(
    (m) => match(m.name) || match(`${m.file}:${m.name}`) || (!glob && m.name.endsWith(`:${pattern}`)),
  );
}

/** A name that matches no metric: a config mistake, shown with the names the files do have. */
function missingMetric(kind: string, input: BoundInput, sev: Severity, expected: string): CheckResult {
  const { pattern, metrics } = input;
  return {
    id: `model/${kind}/${pattern}`,
    status: "error",
    severity: sev,
    message: `${pattern}: no metric of that name in the metrics files (${kind} ${expected})`,
    expected,
    diagnostics: [
      {
        code: "model/metric-missing",
        severity: sev,
        message: `the ${kind} on ${pattern} names a metric that no metrics file has`,
        file: input.configFile,
        range: FILE_START,
        hint: `metric names are flattened with dots; the files have: ${metrics
          .slice(0, 12)
          .map((m) => m.name)
          .join(", ")}${metrics.length > 12 ? ", ..." : ""}`,
      },
    ],
  };
}

/** One metric against the bounds: an error when it is not a number, else passed or failed. */
function boundOn(m: Metric, kind: string, rubric: string[], bounds: Bounds, sev: Severity): CheckResult {
  const id = `model/${kind}/${m.name}`;
  const expected = expectation(bounds);
  if (m.value === null)
    return {
      id,
      status: "error",
      severity: sev,
      message: `${m.name} ${m.problem}: cannot check ${expected}`,
      expected,
      diagnostics: [
        {
          code: "model/metric-not-number",
          severity: sev,
          message: `${m.name} ${m.problem}`,
          file: m.file,
          range: m.range,
        },
      ],
    };
  const ok = within(m.value, bounds);
  return {
    id,
    status: ok ? "passed" : "failed",
    severity: sev,
    message: ok
      ? `${m.name} = ${formatMetric(m.value)}`
      : `${m.name} = ${formatMetric(m.value)}, expected ${expected}`,
    observed: formatMetric(m.value),
    expected,
    rubric,
    diagnostics: ok
      ? []
      : [
          {
            code: `model/${kind}`,
            severity: sev,
            message: `${m.name} is ${formatMetric(m.value)}, expected ${expected}`,
            file: m.file,
            range: m.range,
          },
        ],
  };
}

/**
 * Judge one entry under `kind` (`threshold`, or `budget` for latency and size names): one result
 * per metric it names, or one error when it names none.
 */
export function judgeBound(kind: string, rubric: string[], input: BoundInput): CheckResult[] {
  const sev = input.bounds.severity ?? input.severity;
  const hits = matching(input.pattern, input.metrics);
  if (!hits.length) return [missingMetric(kind, input, sev, expectation(input.bounds))];
  return hits.map((m) => boundOn(m, kind, rubric, input.bounds, sev));
}

/** The threshold check. */
export const threshold: ModelCheck<BoundInput> = {
  id: "threshold",
  description: "A metric from the metrics files is outside its bounds, is not a number, or is absent.",
  options: {
    thresholds: metricsMapSchema("Bounds per metric name (globs allowed), read from the metrics files."),
  },
  rubric: QUALITY,
  judge: (input) => judgeBound("threshold", QUALITY, input),
};
