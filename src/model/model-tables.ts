/** The model section's tables: what the checks were judged on, for the scorecard's details. */
import { formatMetric } from "../report/format.js";
import type { Table } from "../report/types.js";
import { type BinaryColumns, confusion, type MetricValue } from "./binary-metrics.js";
import type { Metric } from "./metrics-files.js";
import { confusionMatrix, type MulticlassColumns } from "./multiclass-metrics.js";
import type { Predictions } from "./predictions.js";

/** Every metric read from the metrics files, with its file. */
export function metricsFilesTable(metrics: Metric[]): Table {
  return {
    title: "Metrics files",
    columns: ["metric", "value", "file"],
    rows: metrics.map((m) => [m.name, m.value === null ? (m.problem ?? "") : formatMetric(m.value), m.file]),
  };
}

const show = (v: MetricValue | undefined): string =>
  !v ? "" : "value" in v ? formatMetric(v.value) : `n/a (${v.undefined})`;

/** Every metric computed from the predictions, whether or not a bound names it. */
export function computedMetricsTable(path: string, p: Predictions, all: Record<string, MetricValue>): Table {
  return {
    title: `Metrics from ${path} (${p.columns.n} rows, ${p.task})`,
    columns: ["metric", "value"],
    rows: Object.entries(all).map(([k, v]) => [k, show(v)]),
  };
}

/** The confusion matrix as a table: rows true class, columns predicted. */
export function confusionTable(p: Predictions): Table {
  if (p.task === "binary") {
    const m = confusion(p.columns as BinaryColumns);
    return {
      title: "Confusion matrix (rows: true class, columns: predicted)",
      compact: true,
      columns: ["", "predicted 0", "predicted 1"],
      rows: [
        ["true 0", String(m.tn), String(m.fp)],
        ["true 1", String(m.fn), String(m.tp)],
      ],
    };
  }
  if (p.task === "multiclass") {
    const c = p.columns as MulticlassColumns;
    const m = confusionMatrix(c);
    return {
      title: "Confusion matrix (rows: true class, columns: predicted)",
      compact: true,
      columns: ["", ...c.classes],
      rows: m.map((row, i) => [c.classes[i]!, ...row.map(String)]),
    };
  }
  return { title: "Residuals", columns: ["rows"], rows: [[String(p.columns.n)]] };
}
