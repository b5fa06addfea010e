/** The `model:` and `compare:` blocks init proposes from the repository's metrics files. */
import { type FoundMetric, THRESHOLD_TOLERANCE_PERCENT, thresholdOf } from "./metrics.js";
import { comment, flow, yamlString } from "./yaml-text.js";

/** Tolerance of a compare rule: a change against the base branch larger than this fails. */
export const COMPARE_TOLERANCE_PERCENT = 2;

/** Metrics files and what each holds. */
export interface MetricsFile {
  file: string;
  metrics: FoundMetric[];
}

const fileList = (files: MetricsFile[]) =>
  files.length === 1 ? yamlString(files[0]!.file) : `[${files.map((f) => yamlString(f.file)).join(", ")}]`;

/** The lines of the `model:` block: thresholds on the gated metrics. */
export function modelBlock(files: MetricsFile[]): string[] {
  const gated = files.flatMap((f) => f.metrics).filter((m) => m.direction !== "none");
  if (!files.length) return [];
  const lines = [
    `# Thresholds at the current values minus ${THRESHOLD_TOLERANCE_PERCENT}% (plus ${THRESHOLD_TOLERANCE_PERCENT}% where lower is better).`,
    "model:",
    `  metrics: ${fileList(files)}`,
  ];
  if (gated.length) {
    lines.push("  thresholds:");
    for (const m of dedupe(gated))
      lines.push(`    ${yamlString(m.name)}: ${flow(thresholdOf(m))}   ${comment(`now ${m.value}`)}`);
  } else
    lines.push("  # thresholds: none proposed: no metric name says which way is better (see compare below)");
  lines.push("");
  return lines;
}

/** The lines of the `compare:` block: a rule per metric whose name gives a direction. */
export function compareBlock(files: MetricsFile[], params: string[]): string[] {
  if (!files.length) return [];
  const all = dedupe(files.flatMap((f) => f.metrics));
  const gated = all.filter((m) => m.direction !== "none");
  const lines = [
    "# The comparison with the base branch's run. Directions come from the names: loss, error,",
    "# latency lower; accuracy, auc, f1, precision, recall higher.",
    "compare:",
    `  metrics: ${fileList(files)}`,
  ];
  if (params.length) lines.push(`  params: [${params.map(yamlString).join(", ")}]   # shown as what changed`);
  lines.push("  baseline: { from: auto }   # the last push run's artifact on the base branch, else git");
  if (gated.length) {
    lines.push("  rules:");
    for (const m of gated) {
      const rule =
        m.direction === "higher"
          ? { direction: "higher", max_drop_percent: COMPARE_TOLERANCE_PERCENT }
          : { direction: "lower", max_rise_percent: COMPARE_TOLERANCE_PERCENT };
      lines.push(`    ${yamlString(m.name)}: ${flow(rule)}`);
    }
  }
  const free = all.filter((m) => m.direction === "none").map((m) => m.name);
  if (free.length) {
    lines.push(
      `  ${comment(`Not gated (the name gives no direction; add a rule to gate one): ${free.join(", ")}`)}`,
    );
  }
  lines.push("");
  return lines;
}

/** The first metric of each name (two files may both have `accuracy`). */
function dedupe(metrics: FoundMetric[]): FoundMetric[] {
  const seen = new Set<string>();
  return metrics.filter((m) => !seen.has(m.name) && seen.add(m.name));
}
