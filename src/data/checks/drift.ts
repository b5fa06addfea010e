/**
 * `drift`: distribution drift of columns against a reference (a file, or the same files on the
 * baseline). The reference is read before the scan (its header decides which columns are
 * compared); the current file's columns are sampled during the scan; the verdict compares them.
 */
import { severity } from "../../checks/options.js";
import type { Workspace } from "../../io/workspace.js";
import { readCsvBatches } from "../../readers/read-csv-batches.js";
import { readerFor } from "../../readers/reader-for.js";
import type { CheckResult, Severity } from "../../report/types.js";
import { compareColumn, type DriftMethod, DriftSample } from "../drift.js";
import { SCHEMA_RUBRIC } from "./column-check.js";
import { type DatasetCheck, failed } from "./dataset-check.js";

/** The options of `drift`. */
export interface DriftConfig {
  reference: string;
  columns?: string[];
  method?: DriftMethod | "auto";
  threshold?: number;
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
  isReadError: (err: unknown) => err is Error,
): Promise<DriftPlan> {
  const plan: DriftPlan = { config, columns: new Map() };
  if (!refFiles.length) return plan;
  let refHeader: string[] = [];
  const samples: DriftSample[] = [];
  for (const file of refFiles) {
    const reader = readerFor(file);
    if (!reader) {
      out.push(error(`${base}/drift`, `${dsName}: cannot read the drift reference ${file}`, dsSeverity));
      continue;
    }
    /** The reference's header: a sample per column (seeded by position) for the compared ones. */
    const onRefHeader = (fields: string[]) => {
      refHeader = fields;
      while (samples.length < refHeader.length) samples.push(new DriftSample(7919 * (samples.length + 1)));
      return refHeader.flatMap((name, i) => (config.columns && !config.columns.includes(name) ? [] : [i]));
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
          for (const i of compared) samples[i]!.addColumn(batch, i, from);
        });
      } else {
        let compared: number[] = [];
        await reader(refWorkspace, file, (row) => {
          if (row.index === 0) {
            compared = onRefHeader(row.fields);
            return;
          }
          for (const i of compared) samples[i]!.add(row.fields[i] ?? "", row.offset ?? row.index);
        });
      }
    } catch (err) {
      if (!isReadError(err)) throw err;
      out.push(error(`${base}/drift`, `${dsName}: drift reference ${file}: ${err.message}`, dsSeverity));
    }
  }
  for (const name of config.columns ?? refHeader) {
    const at = refHeader.indexOf(name);
    if (at === -1) {
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
    plan.columns.set(name, { reference: samples[at]!, current: new DriftSample(104729 * (at + 1)), at: -1 });
  }
  return plan;
}

/** The drift check. */
export const driftCheck: DatasetCheck = {
  id: "drift",
  description: "Each compared column's distribution must stay within `threshold` of the reference's.",
  rubric: ["monitoring.3"],
  options: {
    drift: {
      type: "object",
      additionalProperties: false,
      required: ["reference"],
      description: "Distribution drift of columns against a reference.",
      properties: {
        reference: {
          type: "string",
          description: "A reference data file, or `baseline` for the same file on the target branch.",
        },
        columns: {
          type: "array",
          items: { type: "string" },
          description: "Columns to compare (default: all shared columns).",
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
          description: "Drift above this fails (for ks and chi2: a p-value below it).",
        },
        severity,
      },
    },
  },
  configured: (ds) => ds.drift !== undefined,
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
      const r = compareColumn(d.reference, d.current, config.method ?? "auto", config.threshold);
      if (typeof r === "string") {
        out.push(error(`${base}/${name}/drift`, `${name} drift: ${r}`, sev));
        continue;
      }
      const bound = r.method === "ks" || r.method === "chi2" ? `p >= ${r.threshold}` : `<= ${r.threshold}`;
      out.push({
        id: `${base}/${name}/drift`,
        status: r.drifted ? "failed" : "passed",
        severity: sev,
        message: `${name} drift against ${config.reference}: ${r.label}${r.drifted ? `, beyond ${bound}` : ""}`,
        observed: r.label,
        expected: bound,
        rubric: ["monitoring.3"],
        diagnostics: [],
      });
    }
    return out;
  },
};
