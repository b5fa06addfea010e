/** `mlgate init`: plan the starter files, then print them (--dry-run) or write those not already there. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { planInit } from "../init/plan-init.js";
import { readBranchContext } from "../io/branch-context.js";
import { createWorkspace } from "../io/workspace.js";

/** Run init in `dir`; returns the exit code (0, or 2 when a file is in the way without --force). */
export async function runInitCommand(request: {
  dir: string;
  force: boolean;
  dryRun: boolean;
}): Promise<number> {
  const { dir, force, dryRun } = request;
  const context = await readBranchContext({}, dir);
  const branch = context.defaultBranch ?? context.branch ?? "main";
  const plan = await planInit(createWorkspace(dir), branch);
  if (dryRun) {
    for (const f of plan.files) process.stdout.write(`--- ${f.path}\n${f.text}`);
    return 0;
  }
  const blocked = plan.files.filter((f) => existsSync(path.join(dir, f.path)));
  if (blocked.length && !force && blocked.some((f) => f.path === "mlgate.yml")) {
    process.stderr.write(
      `mlgate: ${path.join(dir, "mlgate.yml")} already exists; pass --force to overwrite it (or --dry-run to see what init would write)\n`,
    );
    return 2;
  }
  for (const f of plan.files) {
    const target = path.join(dir, f.path);
    if (!force && existsSync(target)) {
      process.stdout.write(`kept     ${f.path} (exists; --force overwrites it)\n`);
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.text);
    process.stdout.write(`wrote    ${f.path}\n`);
  }
  for (const s of plan.skipped) process.stdout.write(`skipped  ${s}\n`);
  process.stdout.write(
    "\nNext: mlgate check   (then commit mlgate.yml, schemas/ and .github/workflows/mlgate.yml)\n",
  );
  return 0;
}
