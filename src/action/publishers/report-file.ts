/**
 * Publisher: a report file on the runner (the JSON report, the SARIF), at the path an output names.
 * Redacted like every published text: `publish: artifact` uploads it, and a public repository's
 * artifacts can be downloaded by anyone.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { redact } from "../../io/redact.js";

/** Write `text` to `file`, making its folder first. */
export async function publishReportFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, redact(text));
}
