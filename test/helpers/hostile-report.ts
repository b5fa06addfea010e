/** A report with a hostile string in every field a renderer shows, for the escaping tests. */
import type { Report } from "../../src/report/types.js";
import { sampleReport } from "./report.js";

/** HTML, a link, mentions and a fake heading on a new line. */
export const EVIL =
  "<img src=x onerror=alert(1)> [click](https://evil.example) @org/team\n## Approved by @org/security";

/** The sample report with a hostile string in every field a renderer shows. */
export function hostileReport(): Report {
  const report = sampleReport();
  report.tool.version = `1.0 ${EVIL}`;
  report.environment.name = `prod ${EVIL}`;
  report.environment.detail = EVIL;
  report.baseline = { source: "artifact", ref: EVIL, sha: "abc", reason: EVIL };
  const lint = report.sections[0]!;
  lint.title = `Lint ${EVIL}`;
  lint.summary = `\`x\` ${EVIL}`;
  const check = lint.checks[0]!;
  check.message = `msg ${EVIL} \`code\` ${EVIL}`;
  check.diagnostics[0]!.file = "configs/a) [b](https://evil.example).yaml";
  check.diagnostics[0]!.code = `code ${EVIL}`;
  check.diagnostics[0]!.hint = EVIL;
  lint.tables = [
    { title: EVIL, columns: [EVIL, "b"], rows: [[EVIL, "`|`"]] },
    { title: `${EVIL} profile (3 rows)`, columns: ["column", "values"], rows: [[EVIL, "3"]] },
  ];
  lint.profiles = [
    {
      dataset: EVIL,
      column: EVIL,
      rows: 3,
      missing: 0,
      numeric: 1,
      min: 1,
      max: 1,
      mean: 1,
      histogram: { start: 1, width: 1, counts: [1] },
      top: { values: [{ value: EVIL, count: 2 }], other: 0, distinct: 1 },
    },
  ];
  lint.charts = [
    {
      id: EVIL,
      kind: "slices",
      title: `t ${EVIL}" ] \`\`\``,
      style: "bar",
      x: { label: EVIL, categories: [EVIL, 'b"]\n```'] },
      y: { label: EVIL, min: 0, max: 1 },
      series: [{ name: EVIL, values: [0.5, 1] }],
    },
  ];
  report.gate.reasons.push(`ML Test Score ${EVIL}`);
  report.trend = [
    {
      metric: EVIL,
      points: [
        { label: EVIL, value: 1 },
        { label: "b", value: 2 },
      ],
    },
  ];
  return report;
}
