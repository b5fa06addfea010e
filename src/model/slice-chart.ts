/** A slice check's values as bars, one per group, for the scorecard's chart. */
import type { Chart } from "../report/types.js";
import type { SliceConfig } from "./predictions.js";
import type { SliceValue } from "./slices.js";

/** Metrics that live in [0, 1], drawn on that axis so slices compare at a glance. */
const UNIT =
  /^(accuracy|precision|recall|f1|specificity|fpr|fnr|selection_rate|balanced_accuracy|roc_auc|pr_auc|average_precision|brier|ece|macro_|micro_|weighted_)/;

/** Bars of `slice.metric` per group of `slice.by` (a group too small to judge has no bar). */
export function sliceChart(slice: SliceConfig, values: SliceValue[], side = "head"): Chart | undefined {
  if (!values.length) return undefined;
  const bars = values.map((v) => ("value" in v.metric && !v.insufficient ? v.metric.value : null));
  const finite = bars.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!finite.length) return undefined;
  const unit = UNIT.test(slice.metric) && finite.every((v) => v >= 0 && v <= 1);
  const top = unit ? 1 : Math.max(...finite) * 1.1 || 1;
  const bottom = unit ? 0 : Math.min(0, ...finite);
  return {
    id: `model/slices/${slice.by}/${slice.metric}`,
    kind: "slices",
    title: `${slice.metric} by ${slice.by}`,
    style: "bar",
    x: { label: slice.by, categories: values.map((v) => v.group) },
    y: { label: slice.metric, min: bottom, max: top },
    series: [{ name: side, values: bars.map((v) => (v === null ? null : Math.round(v * 1e4) / 1e4)) }],
  };
}
