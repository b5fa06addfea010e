/** Publisher: the job summary. The toolkit writes it to GITHUB_STEP_SUMMARY. */
import * as core from "@actions/core";
import { redact } from "../../io/redact.js";
import { capMarkdown } from "./cap-text.js";

/** The job summary is refused above about 1 MiB; markdown for it is rendered to this length. */
export const MAX_JOB_SUMMARY = 1_000_000;

/** GitHub refuses a step's summary over 1 MiB (bytes, not characters): the last cap, whatever the renderer made. */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 1024;

/** Append `markdown` to the job summary. */
export async function publishJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(capMarkdown(redact(markdown), MAX_SUMMARY_BYTES, "bytes")).write();
}
