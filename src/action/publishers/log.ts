/**
 * Publisher: the step log, the one way text reaches it. Plain text is redacted of secrets
 * (io/redact.ts) and written through io/log-text.ts, so nothing a config, a suite or a report holds
 * can become a `::workflow-command::`; warnings and annotations go through the toolkit, which
 * escapes their text into the command's data; findings become annotations on the files.
 */
import * as core from "@actions/core";
import { logSafe } from "../../io/log-text.js";
import { redact } from "../../io/redact.js";
import { prefixed } from "../../render/diagnostics.js";
import type { Diagnostic } from "../../report/types.js";

/** One entry of the log, in the order written: plain text, a warning, or a finding to annotate. */
export type LogLine = { info: string } | { warning: string } | { annotate: Diagnostic };

/** Write `lines` to the step log; annotation paths get `pathPrefix` (the folder inside the workspace). */
export function publishLog(lines: LogLine[], pathPrefix = ""): void {
  // Consecutive plain lines are written together: one guarded block, not one per line.
  let text: string[] = [];
  const flush = () => {
    if (text.length) core.info(logSafe(redact(text.join("\n"))));
    text = [];
  };
  for (const line of lines) {
    if ("info" in line) text.push(line.info);
    else {
      flush();
      if ("warning" in line) core.warning(redact(line.warning));
      else annotate(line.annotate, pathPrefix);
    }
  }
  flush();
}

function annotate(d: Diagnostic, prefix: string): void {
  const props: core.AnnotationProperties = { title: `mlgate ${d.code}`, file: prefixed(d.file, prefix) };
  if (d.range) {
    Object.assign(props, { startLine: d.range.start.line + 1, endLine: d.range.end.line + 1 });
    // GitHub ignores columns on annotations that span several lines.
    if (d.range.start.line === d.range.end.line)
      Object.assign(props, { startColumn: d.range.start.column + 1, endColumn: d.range.end.column + 1 });
  }
  const message = redact(d.hint ? `${d.message}\n${d.hint}` : d.message);
  if (d.severity === "error") core.error(message, props);
  else core.warning(message, props);
}
