/** The JSON report: the public, schema-described contract (schemas/report.schema.json). */
import { toJsonReport } from "../report/json-form.js";
import type { Renderer } from "./renderer.js";

/** Pretty-printed JSON with a trailing newline. */
export const renderJson: Renderer = (report) => `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
