/** GitHub workflow commands: one `::error`/`::warning` annotation per finding, then the verdict. */
import { verdict } from "./common.js";
import { prefixed, reportDiagnostics } from "./diagnostics.js";
import type { Renderer } from "./renderer.js";

/** Escape a workflow command's message (the toolkit's rules): %, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a workflow command property: the message rules plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** All findings as annotations; GitHub shows only the first 10 errors and 10 warnings of a step. */
export const renderGithub: Renderer = (report, options = {}) => {
  const lines: string[] = [];
  for (const { diagnostic: d } of reportDiagnostics(report)) {
    const props = [`file=${escapeProperty(prefixed(d.file, options.pathPrefix))}`];
    if (d.range) {
      props.push(`line=${d.range.start.line + 1}`, `col=${d.range.start.column + 1}`);
      props.push(`endLine=${d.range.end.line + 1}`, `endColumn=${d.range.end.column + 1}`);
    }
    props.push(`title=${escapeProperty(`mlgate ${d.code}`)}`);
    const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
    lines.push(`::${d.severity} ${props.join(",")}::${escapeData(message)}`);
  }
  lines.push(
    `mlgate ${verdict(report)} (environment ${report.environment.name}, fail_on: ${report.gate.failOn})`,
  );
  for (const r of report.gate.reasons) lines.push(`  - ${escapeData(r)}`);
  return `${lines.join("\n")}\n`;
};
