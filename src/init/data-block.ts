/** The `data:` block init proposes from the profiles of the repository's data files. */
import type { ColumnProfile, DataProfile } from "./profile-data.js";
import { comment, flow, globLiteral, yamlString } from "./yaml-text.js";

/** Missing values allowed above the share seen now, in percentage points. */
const MISSING_SLACK_POINTS = 1;

/** The checks of one column, as a flow mapping's entries; empty when nothing holds for sure. */
export function columnChecks(c: ColumnProfile): Record<string, unknown> {
  const checks: Record<string, unknown> = {};
  if (c.type && c.type !== "string") checks.type = c.type;
  // An id's range is where the numbering has got to, not a bound: the next new row would break it.
  if (c.min !== undefined && c.max !== undefined && !c.uniqueId) {
    checks.min = c.min;
    checks.max = c.max;
  }
  if (c.uniqueId) checks.unique = true;
  if (c.categories) checks.allowed = c.categories;
  if (c.missing === 0) checks.missing = { max: 0 };
  else {
    const percent = (100 * c.missing) / c.rows;
    checks.missing = { max_percent: Math.min(100, Math.ceil(percent + MISSING_SLACK_POINTS)) };
  }
  return checks;
}

/** A dataset name per file: its file name without extension, its path when two share one. */
function names(files: string[]): string[] {
  const stem = (f: string) =>
    f
      .split("/")
      .pop()!
      .replace(/\.(?:csv|tsv|jsonl|ndjson|parquet)(?:\.gz)?$/i, "");
  const stems = files.map(stem);
  return files.map((f, i) => (stems.indexOf(stems[i]!) === stems.lastIndexOf(stems[i]!) ? stems[i]! : f));
}

/** The lines of the `data:` block, or none when there is no data file. */
export function dataBlock(profiles: DataProfile[]): string[] {
  if (!profiles.length) return [];
  const lines = [
    "# Data checks from a profile of each file as it is now: types, the observed range of numbers,",
    `# missing values (none, or the share seen plus ${MISSING_SLACK_POINTS} point), id columns that are unique, and the`,
    "# values of text columns with few of them. Widen what new data may rightly change.",
    "data:",
  ];
  const dataset = names(profiles.map((p) => p.file));
  profiles.forEach((p, i) => {
    lines.push(`  - name: ${yamlString(dataset[i]!)}`);
    lines.push(`    path: ${yamlString(globLiteral(p.file))}`);
    lines.push(
      `    row_count: { min: ${Math.max(1, Math.floor(p.rows / 2))} }   ${comment(`half of the ${p.rows} rows it has now`)}`,
    );
    const columns = p.columns
      .map((c) => [c, columnChecks(c)] as const)
      .filter(([, ch]) => Object.keys(ch).length);
    if (!columns.length) return;
    lines.push("    columns:");
    for (const [c, checks] of columns) lines.push(`      ${yamlString(c.name)}: ${flow(checks)}`);
  });
  lines.push("");
  return lines;
}
