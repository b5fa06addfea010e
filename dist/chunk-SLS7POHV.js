import { createRequire as __mlgateRequire } from "node:module";
const require = __mlgateRequire(import.meta.url);

// src/report/section-status.ts
function sectionStatus(checks) {
  let status = checks.length ? "passed" : "skipped";
  for (const c of checks) {
    if (c.status !== "failed" && c.status !== "error") continue;
    if (c.severity === "error") return "failed";
    status = "warning";
  }
  return status;
}

export {
  sectionStatus
};
