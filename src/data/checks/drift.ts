/**
 * `drift`: distribution drift of columns against a reference (a file, or the same files on the
 * baseline). The reference is read before the scan (its header decides which columns are
 * compared); the current file's columns are sampled during the scan; the verdict compares them.
 */
import { severity } from "../../checks/options.js";
import type { ConfigFinding } from "../../config/parse-config.js";
import type { Workspace } from "../../io/workspace.js";
import { readCsvBatches } from "../../readers/read-csv-batches.js";
import { isReadError } from "../../readers/read-error.js";
import { readerFor } from "../../readers/reader-for.js";
import type { CheckResult, Severity } from "../../report/types.js";
import {
  compareColumn,
  DEFAULT_THRESHOLDS,
  type DriftMethod,
  type DriftResult,
  DriftSample,
  MAX_DRIFT_COLUMNS,
  P_VALUE_METHODS,
  type SampleLimits,
  STATISTIC_NAME,
  sampleLimits,
} from "../drift.js";
import { SCHEMA_RUBRIC } from "./column-check.js";
import { type DatasetCheck, failed } from "./dataset-check.js";

/** `drift.thresholds`: a bound per statistic, named for what it bounds (`_p`: a p-value). */
export interface DriftThresholds {
  psi?: number;
  ks_p?: number;
  js?: number;
  chi2_p?: number;
  wasserstein?: number;
}

/** A reference where the data lives: a table or a query of the dataset's own SQL source. */
export interface SqlReference {
  table?: string;
  query?: string;
}

/** The options of `drift`. */
export interface DriftConfig {
  reference: string | SqlReference;
  columns?: string[];
  method?: DriftMethod | "auto";
  /** One bound whose meaning `method` fixes; with `auto`, deprecated (its meaning changes by column). */
  threshold?: number;
  thresholds?: DriftThresholds;
  severity?: Severity;
}

/** One compared column: the reference's sample, the current one, and where it is in the file. */
export interface DriftColumn {
  reference: DriftSample;
  current: DriftSample;
  at: number;
}

/** Drift as prepared for a scan. */
export interface DriftPlan {
  config: DriftConfig;
  columns: Map<string, DriftColumn>;
}

/** An error check (the check could not run) in the shape every data check has. */
function error(id: string, message: string, sev: Severity): CheckResult {
  return { ...failed(id, message, sev, SCHEMA_RUBRIC), status: "error" };
}

/** Whether a reference is read through the CSV byte path. */
const BYTE_PATH = /\.(csv|tsv)(\.gz)?$/i;

/**
 * Read the reference files and set up one sample pair per compared column. Problems (an
 * unreadable reference, a column it lacks) become checks in `out`, in the order met.
 */
export async function prepareDrift(
  base: string,
  dsName: string,
  dsSeverity: Severity,
  config: DriftConfig,
  refWorkspace: Workspace,
  refFiles: string[],
  bytePath: boolean,
  out: CheckResult[],
): Promise<DriftPlan> {
  const plan: DriftPlan = { config, columns: new Map() };
  if (!refFiles.length) return plan;
  let refHeader: string[] = [];
  /** Where each name first is in the reference's header (a Map: wide files have 10^5 columns and more). */
  let refAt = new Map<string, number>();
  let limits: SampleLimits | undefined;
  /** The reference's samples, by column position, for the compared columns only. */
  const samples = new Map<number, DriftSample>();
  /** Columns asked for beyond MAX_DRIFT_COLUMNS (0: within it). */
  let tooWide = 0;
  for (const file of refFiles) {
    const reader = readerFor(file);
    if (!reader) {
      out.push(error(`${base}/drift`, `${dsName}: cannot read the drift reference ${file}`, dsSeverity));
      continue;
    }
    /** The reference's header: a sample per compared column (seeded by position). */
    const onRefHeader = (fields: string[]) => {
      refHeader = fields;
      // Refused before anything is built for the columns.
      const asked = config.columns ? new Set(config.columns).size : fields.length;
      if (asked > MAX_DRIFT_COLUMNS) {
        tooWide = asked;
        return [];
      }
      refAt = new Map();
      fields.forEach((name, i) => {
        if (!refAt.has(name)) refAt.set(name, i);
      });
      const wanted = config.columns ? new Set(config.columns) : undefined;
      const compared = fields.flatMap((name, i) => (wanted && !wanted.has(name) ? [] : [i]));
      limits ??= sampleLimits(compared.length);
      for (const i of compared) if (!samples.has(i)) samples.set(i, new DriftSample(7919 * (i + 1), limits));
      return compared;
    };
    try {
      if (BYTE_PATH.test(file) && bytePath) {
        // The byte path, column by column.
        let compared: number[] | undefined;
        await readCsvBatches(refWorkspace, file, (batch) => {
          let from = 0;
          if (!compared) {
            compared = onRefHeader(batch.rowTexts(0));
            from = 1;
          }
          for (const i of compared) samples.get(i)!.addColumn(batch, i, from);
        });
      } else {
        let compared: number[] = [];
        await reader(refWorkspace, file, (row) => {
          if (row.index === 0) {
            compared = onRefHeader(row.fields);
            return;
          }
          for (const i of compared) samples.get(i)!.add(row.fields[i] ?? "", row.offset ?? row.index);
        });
      }
    } catch (err) {
      if (!isReadError(err)) throw err;
      out.push(error(`${base}/drift`, `${dsName}: drift reference ${file}: ${err.message}`, dsSeverity));
    }
  }
  if (tooWide) {
    const message = `${dsName}: drift of ${tooWide.toLocaleString("en-US")} columns is over the limit of ${MAX_DRIFT_COLUMNS.toLocaleString("en-US")} (each costs memory for its samples): list at most that many in drift.columns`;
    out.push(error(`${base}/drift`, message, config.severity ?? dsSeverity));
    return plan;
  }
  for (const name of config.columns ?? refHeader) {
    const at = refAt.get(name);
    if (at === undefined) {
      out.push(
        failed(
          `${base}/${name}/drift`,
          `${dsName}: column ${name} is not in the drift reference`,
          dsSeverity,
          SCHEMA_RUBRIC,
        ),
      );
      continue;
    }
    // A name twice in the header is compared once, at its first place (as before).
    if (plan.columns.has(name)) continue;
    const reference = samples.get(at)!;
    plan.columns.set(name, {
      reference,
      current: new DriftSample(104729 * (at + 1), reference.limits),
      at: -1,
    });
  }
  return plan;
}

/** How a reference reads in messages: the file, `baseline`, `table x` or `the reference query`. */
export function referenceLabel(reference: string | SqlReference): string {
  if (typeof reference === "string") return reference;
  return reference.table !== undefined ? `table ${reference.table}` : "the reference query";
}

/** The key of `thresholds` that bounds each statistic. */
const THRESHOLD_KEY: Record<DriftMethod, keyof DriftThresholds> = {
  psi: "psi",
  ks: "ks_p",
  js: "js",
  chi2: "chi2_p",
  wasserstein: "wasserstein",
};

/** The bound of each statistic the config sets (the others take their defaults). */
function thresholdsOf(config: DriftConfig): Partial<Record<DriftMethod, number>> {
  const method = config.method ?? "auto";
  const out: Partial<Record<DriftMethod, number>> = {};
  for (const m of Object.keys(THRESHOLD_KEY) as DriftMethod[]) {
    // The old form: one number for every statistic auto may pick, as a bound on each.
    const t =
      config.thresholds?.[THRESHOLD_KEY[m]] ??
      (method === "auto" || method === m ? config.threshold : undefined);
    if (t !== undefined) out[m] = t;
  }
  return out;
}

/**
 * A result that says which statistic and bound applied and, under `auto`, why that statistic:
 * the column's kind and the smaller side's count (under 1,000 values: a test, else an effect size).
 */
function explainedWords(r: DriftResult): { observed: string; expected: string; suffix: string } {
  const op = P_VALUE_METHODS.has(r.method) ? ">=" : "<=";
  const why = r.auto && `auto: ${r.auto.kind}, ${r.auto.values.toLocaleString("en-US")} values`;
  const notes = [r.detail, why].filter(Boolean).join("; ");
  return {
    observed: `${STATISTIC_NAME[r.method]} ${r.shown}${notes ? ` (${notes})` : ""}`,
    expected: `${STATISTIC_NAME[r.method]} ${op} ${r.threshold}`,
    suffix: `, ${r.drifted ? "beyond" : "within"} ${P_VALUE_METHODS.has(r.method) ? "p " : ""}${op} ${r.threshold}`,
  };
}

/**
 * The old form, `threshold` under `auto`: still judged as before, with a warning that names the
 * `thresholds` that keep today's verdicts (auto picks psi, js, ks or chi2 by column).
 */
function deprecatedThreshold(config: DriftConfig): ConfigFinding[] {
  const t = config.threshold;
  if (t === undefined || (config.method ?? "auto") !== "auto") return [];
  return [
    {
      code: "config/deprecated",
      message: `threshold with method auto means a p-value bound for ks/chi2 and a statistic bound for psi/js; write thresholds: { psi: ${t}, js: ${t}, ks_p: ${t}, chi2_p: ${t} } to say which`,
      path: ["drift", "threshold"],
      hint: `Those four keep today's verdicts; a statistic left out takes its default (psi ${DEFAULT_THRESHOLDS.psi}, js ${DEFAULT_THRESHOLDS.js}, ks_p ${DEFAULT_THRESHOLDS.ks}, chi2_p ${DEFAULT_THRESHOLDS.chi2}). Or name a method to keep one threshold.`,
    },
  ];
}

/** The drift check. */
export const driftCheck: DatasetCheck = {
  id: "drift",
  description:
    "Each compared column's drift statistic against the reference must stay within its bound (`thresholds`, or `threshold` for a named `method`).",
  rubric: ["monitoring.3"],
  options: {
    drift: {
      type: "object",
      additionalProperties: false,
      required: ["reference"],
      // Both at once would bring back the question `thresholds` answers: which bound is meant.
      allOf: [
        {
          not: { required: ["threshold", "thresholds"] },
          errorMessage: "takes `threshold` or `thresholds`, not both",
        },
      ],
      description: "Distribution drift of columns against a reference.",
      properties: {
        reference: {
          description:
            "A reference data file, or `baseline` for the same file on the target branch; for a dataset with a SQL `source`, also `{ table }` or `{ query }` in the same database.",
          anyOf: [
            { type: "string" },
            {
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              maxProperties: 1,
              description: "A table or a query of the dataset's SQL source (docs/sql-sources.md).",
              properties: {
                table: {
                  type: "string",
                  pattern: "^[^.]+(\\.[^.]+)?$",
                  description: "The reference table, `table` or `schema.table`.",
                },
                query: {
                  type: "string",
                  minLength: 1,
                  description: "One SELECT statement: the reference rows.",
                },
              },
            },
          ],
        },
        columns: {
          type: "array",
          items: { type: "string" },
          description:
            "Columns to compare (default: all shared columns). At most 20,000: drift of a wider file without `columns` is an error that asks for them.",
        },
        method: {
          type: "string",
          enum: ["auto", "psi", "ks", "js", "chi2", "wasserstein"],
          description:
            "Statistic: population stability index, Kolmogorov-Smirnov, Jensen-Shannon distance, chi-square, normalised Wasserstein; `auto` picks by column type and sample size.",
        },
        threshold: {
          type: "number",
          minimum: 0,
          description:
            "The bound of the statistic `method` names: for psi, js and wasserstein drift above it fails; for ks and chi2 a p-value below it fails. With `auto` it is deprecated (it would bound a p-value on some columns and a statistic on others): write `thresholds`.",
        },
        thresholds: {
          type: "object",
          additionalProperties: false,
          description:
            "A bound per statistic, for `auto` (which picks the statistic per column) or a named `method`; a statistic not given keeps its default. Not together with `threshold`.",
          properties: {
            psi: {
              type: "number",
              minimum: 0,
              description: `Upper bound on the population stability index: PSI above it fails (default ${DEFAULT_THRESHOLDS.psi}, the usual "significant shift").`,
            },
            ks_p: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: `Lower bound on the Kolmogorov-Smirnov p-value: a p-value below it fails (default ${DEFAULT_THRESHOLDS.ks}).`,
            },
            js: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: `Upper bound on the Jensen-Shannon distance (base 2, 0 to 1): a distance above it fails (default ${DEFAULT_THRESHOLDS.js}).`,
            },
            chi2_p: {
              type: "number",
              minimum: 0,
              maximum: 1,
              description: `Lower bound on the chi-square p-value: a p-value below it fails (default ${DEFAULT_THRESHOLDS.chi2}).`,
            },
            wasserstein: {
              type: "number",
              minimum: 0,
              description: `Upper bound on the Wasserstein distance in reference standard deviations: a distance above it fails (default ${DEFAULT_THRESHOLDS.wasserstein}).`,
            },
          },
        },
        severity,
      },
    },
  },
  configured: (ds) => ds.drift !== undefined,
  configWarnings: (ds) => (ds.drift ? deprecatedThreshold(ds.drift) : []),
  verdict: ({ base, ds, severity: dsSeverity, header, drift }) => {
    const out: CheckResult[] = [];
    if (!drift) return out;
    const config = drift.config;
    const sev = config.severity ?? dsSeverity;
    for (const [name, d] of drift.columns) {
      if (d.at === -1 && header) {
        out.push(
          failed(
            `${base}/${name}/drift`,
            `${ds.name}: column ${name} is in the drift reference but not in the data`,
            dsSeverity,
            SCHEMA_RUBRIC,
          ),
        );
        continue;
      }
      const r = compareColumn(d.reference, d.current, config.method ?? "auto", thresholdsOf(config));
      if (typeof r === "string") {
        out.push(error(`${base}/${name}/drift`, `${name} drift: ${r}`, sev));
        continue;
      }
      // Every result names its statistic and bound, and under `auto` why that statistic: one
      // number no longer means two things silently.
      const words = explainedWords(r);
      out.push({
        id: `${base}/${name}/drift`,
        status: r.drifted ? "failed" : "passed",
        severity: sev,
        message: `${name} drift against ${referenceLabel(config.reference)}: ${words.observed}${words.suffix}`,
        observed: words.observed,
        expected: words.expected,
        rubric: ["monitoring.3"],
        diagnostics: [],
      });
    }
    return out;
  },
};
