/** Run the lint stage on a fixture repository, the way `mlgate lint` does, without the process shell. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseConfig } from "../../src/config/parse-config.js";
import { createWorkspace } from "../../src/io/workspace.js";
import { runLint } from "../../src/lint/lint-stage.js";
import { location } from "../../src/render/common.js";
import type { Diagnostic } from "../../src/report/types.js";
import { sortDiagnostics } from "../../src/schema/validate.js";
import type { Tuning } from "../../src/stages/stage.js";

/** Lint `dir` (which holds an mlgate.yml) for `environment`; every diagnostic of the section. */
export async function lintFixture(
  dir: string,
  environment: string,
  paths?: string[],
  tuning?: Tuning,
): Promise<Diagnostic[]> {
  const { config, diagnostics } = parseConfig(
    readFileSync(path.join(dir, "mlgate.yml"), "utf8"),
    "mlgate.yml",
  );
  if (!config) throw new Error(`fixture config invalid: ${JSON.stringify(diagnostics)}`);
  const section = await runLint({
    config,
    environment: { name: environment, source: "flag" },
    workspace: createWorkspace(dir),
    configFile: "mlgate.yml",
    ...(paths ? { paths } : {}),
    ...(tuning ? { tuning } : {}),
  });
  return sortDiagnostics(section.checks.flatMap((c) => c.diagnostics));
}

/** `file:line:col severity code` for comparing with expect files. */
export function diagnosticLine(d: Diagnostic): string {
  return `${location(d)} ${d.severity} ${d.code}`;
}

/**
 * Parse an expect file: one `file:line:col severity code` per line, optionally followed by
 * ` | text` that the message must contain. Blank lines and `#` comments are ignored.
 */
export function readExpect(file: string): { line: string; text?: string }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [line, text] = l.split(" | ");
      return { line: line!.trim(), ...(text ? { text: text.trim() } : {}) };
    });
}
