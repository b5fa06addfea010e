/**
 * Run a team's test command: through the shell, at the repository root, with the environment passed
 * through less the runner's and the action's tokens (suite-env.ts) plus the suite's own variables,
 * output captured (the last part kept, bounded, secrets redacted), and the
 * whole process group ended when the command exits or the timeout passes: a hung suite cannot
 * hang the gate, and what a suite started in the background cannot outlive it (a writer left
 * running could change a file after mlgate has read it).
 */
import { spawn } from "node:child_process";
import { redact } from "./redact.js";
import { suiteEnvironment } from "./suite-env.js";

/**
 * Time the processes a finished command left behind get between SIGTERM and SIGKILL: long enough
 * to close a file or a socket, short because nothing waits for them any more.
 */
const LEFTOVER_GRACE_MS = 1000;
/** How often to look whether the group is gone during that grace. */
const POLL_MS = 25;

/** What a command did. */
export interface CommandResult {
  /** Exit code; null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /**
   * The last `keepBytes` of stdout and stderr, interleaved as they came, from the first whole line
   * on, with the environment's secrets redacted (redact.ts).
   */
  output: string;
  /** Bytes of output dropped before the kept tail. */
  dropped: number;
  seconds: number;
  /** Set when the command could not start at all. */
  spawnError?: string;
}

/** Options of runCommand. */
export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  env?: Record<string, string>;
  /** Variables passed through although suite-env.ts would remove them (`tests[].pass_env`). */
  passEnv?: readonly string[];
  /** Output kept (default 256 KiB). */
  keepBytes?: number;
  /** Time between SIGTERM and SIGKILL after a timeout. */
  graceMs?: number;
  /** Each chunk of output as it arrives (a live log), as the command wrote it: not redacted. */
  onOutput?: (chunk: Buffer) => void;
}

/** Run `command` with the system shell; never rejects. */
export function runCommand(command: string, options: RunOptions): Promise<CommandResult> {
  const keep = options.keepBytes ?? 256 * 1024;
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let dropped = 0;
    let timedOut = false;
    let settled = false;
    const windows = process.platform === "win32";
    const child = spawn(command, {
      cwd: options.cwd,
      shell: true,
      env: suiteEnvironment(process.env, { pass: options.passEnv, set: options.env }),
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so a timeout kills the command's children too.
      detached: !windows,
      windowsHide: true,
    });
    const take = (chunk: Buffer): void => {
      options.onOutput?.(chunk);
      chunks.push(chunk);
      kept += chunk.length;
      while (kept - (chunks[0]?.length ?? 0) >= keep && chunks.length > 1) {
        const first = chunks.shift()!;
        kept -= first.length;
        dropped += first.length;
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const kill = (signal: NodeJS.Signals): void => {
      try {
        if (!windows && child.pid) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // Already gone.
      }
    };
    /** Whether a process of the command's group is still there (signal 0 only asks). */
    const groupAlive = (): boolean => {
      if (windows || !child.pid) return false;
      try {
        process.kill(-child.pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    /** End what the command left in its group: SIGTERM, then SIGKILL once the grace is over. */
    const endGroup = async (): Promise<void> => {
      kill("SIGTERM");
      const until = performance.now() + LEFTOVER_GRACE_MS;
      while (groupAlive() && performance.now() < until) await new Promise((r) => setTimeout(r, POLL_MS));
      if (groupAlive()) kill("SIGKILL");
    };
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGTERM");
      killTimer = setTimeout(() => kill("SIGKILL"), options.graceMs ?? 5000);
    }, options.timeoutMs);
    const finish = async (
      code: number | null,
      signal: NodeJS.Signals | null,
      spawnError?: string,
    ): Promise<void> => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      // Whatever the shell left running in its group goes with it, before the caller reads files.
      if (timedOut) kill("SIGKILL");
      else await endGroup();
      let output = Buffer.concat(chunks);
      if (output.length > keep) {
        dropped += output.length - keep;
        output = output.subarray(output.length - keep);
      }
      // A cut line could start in the middle of a secret (or a character): the tail starts at a line.
      if (dropped > 0) {
        const newline = output.indexOf(10);
        const cut = newline < 0 ? output.length : newline + 1;
        dropped += cut;
        output = output.subarray(cut);
      }
      resolve({
        code,
        signal,
        timedOut,
        output: redact(output.toString("utf8")),
        dropped,
        seconds: (performance.now() - started) / 1000,
        spawnError,
      });
    };
    child.on("error", (err) => void finish(null, null, err.message));
    // 'close' waits for the pipes; a grandchild holding them open is cut off by the group kill.
    child.on("close", (code, signal) => void finish(code, signal));
    // The shell has exited: the command is over, so what it left in its group is ended now (that
    // also closes the pipes a background process inherited, which lets 'close' come). If 'close'
    // still does not come (a process outside the group holds a pipe), finish without it.
    child.on("exit", (code, signal) => {
      if (!timedOut) kill("SIGTERM");
      setTimeout(() => void finish(code, signal), 2000).unref();
    });
  });
}
