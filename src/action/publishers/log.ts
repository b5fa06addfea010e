/**
 * Publisher: the step log. Lines go through the toolkit, which escapes them, so a config value
 * cannot emit a `::workflow-command::`; findings become annotations on the files.
 */
import * as core from "@actions/core";
import { prefixed } from "../../render/diagnostics.js";
import type { Diagnostic } from "../../report/types.js";

/** One entry of the log, in the order written: plain text, a warning, or a finding to annotate. */
export type LogLine = { info: string } | { warning: string } | { annotate: Diagnostic };

/** Write `lines` to the step log; annotation paths get `pathPrefix` (the folder inside the workspace). */
export function publishLog(lines: LogLine[], pathPrefix = ""): void {
  for (const line of lines) {
    if ("info" in line) core.info(line.info);
    else if ("warning" in line) core.warning(line.warning);
    else annotate(line.annotate, pathPrefix);
  }
}

function annotate(d: Diagnostic, prefix: string): void {
  const props: core.AnnotationProperties = { title: `mlgate ${d.code}`, file: prefixed(d.file, prefix) };
  if (d.range) {
    Object.assign(props, { startLine: d.range.start.line + 1, endLine: d.range.end.line + 1 });
    // GitHub ignores columns on annotations that span several lines.
    if (d.range.start.line === d.range.end.line)
      Object.assign(props, { startColumn: d.range.start.column + 1, endColumn: d.range.end.column + 1 });
  }
  const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
  if (d.severity === "error") core.error(message, props);
  else core.warning(message, props);
}
