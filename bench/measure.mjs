// Run one benchmark command under /usr/bin/time: wall seconds, CPU seconds, peak RSS, its stdout
// and exit code.
import { spawnSync } from "node:child_process";

// `env`: extra environment variables for the command (ab.mjs runs lint with MLGATE_THREADS=2).
export function measure(cmd, args, cwd, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", cmd, ...args], {
    cwd,
    env: env ? { ...process.env, ...env } : process.env,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const [rssKb, user, sys] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
  // Exit code 1 is a failed gate: the run is measured all the same.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} failed: ${r.stderr.slice(-1500)}`);
  return { seconds, cpu: user + sys, rssMb: rssKb / 1024, stdout: r.stdout, code: r.status };
}
