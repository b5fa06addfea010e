/**
 * A real PostgreSQL server for tests: a fresh cluster in a temp folder (initdb), started on a free
 * loopback port as an unprivileged user (PostgreSQL refuses to run as root; CI runs as root, so a
 * system user `mlgate-pg` is created there and the server spawned with its uid), stopped and
 * deleted afterwards. No mock database.
 * A test that needs it and cannot get it fails, unless MLGATE_SKIP_POSTGRES=1 is set on purpose.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

/** A running server. */
export interface TestPostgres {
  /** `postgresql://mlgate:PASSWORD@127.0.0.1:PORT/mlgate` (a password, so redaction is tested). */
  url: string;
  password: string;
  port: number;
  /** Run statements as the server's superuser. */
  sql(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  stop(): Promise<void>;
}

/** Whether the PostgreSQL tests were turned off explicitly. */
export const SKIP_POSTGRES = process.env.MLGATE_SKIP_POSTGRES === "1";

/** The unprivileged user that runs the server when the tests run as root. */
const PG_USER = "mlgate-pg";

/** The newest installed server's bin folder (Debian: /usr/lib/postgresql/N/bin), else PATH. */
function binDir(): string {
  if (process.env.MLGATE_PG_BIN) return process.env.MLGATE_PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return path.join(root, versions[0]!, "bin");
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (which.status === 0) return path.dirname(which.stdout.trim());
  throw new Error(
    "PostgreSQL server binaries not found (initdb): install the Debian package postgresql-15 (.ci/run does) or set MLGATE_PG_BIN; MLGATE_SKIP_POSTGRES=1 skips these tests",
  );
}

/** A free loopback port (the OS picks it; a race with another process is possible but rare). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The user the server runs as: this one, or (as root) the unprivileged system user. */
function asServerUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  if (spawnSync("id", ["-u", PG_USER]).status !== 0)
    execFileSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER]);
  const uid = Number(execFileSync("id", ["-u", PG_USER], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", PG_USER], { encoding: "utf8" }).trim());
  return { uid, gid };
}

async function waitReady(url: string, child: { exitCode: number | null }, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`postgres exited (${child.exitCode}):\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`postgres did not accept connections in 20 s:\n${log()}`);
}

/** Start a fresh cluster; call `stop()` in afterAll. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const user = asServerUser();
  const dir = mkdtempSync(path.join(tmpdir(), "mlgate-pg-"));
  const data = path.join(dir, "data");
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const pwfile = path.join(dir, "pw");
  writeFileSync(pwfile, `${password}\n`);
  if (user.uid !== undefined) {
    chownSync(dir, user.uid, user.gid!);
    chownSync(pwfile, user.uid, user.gid!);
  }
  chmodSync(dir, 0o700);
  // Spawned with the user's uid/gid directly (not through runuser), so signals reach postgres itself.
  const run = (cmd: string[]) => {
    const [exe, ...args] = cmd;
    const r = spawnSync(exe!, args, { encoding: "utf8", ...user, cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  };
  run([
    path.join(bin, "initdb"),
    "-D",
    data,
    "-U",
    "mlgate",
    `--pwfile=${pwfile}`,
    "--auth-local=trust",
    "--auth-host=scram-sha-256",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const port = await freePort();
  const [exe, ...args] = [
    path.join(bin, "postgres"),
    "-D",
    data,
    "-p",
    String(port),
    "-k",
    dir,
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
  ];
  let log = "";
  const child = spawn(exe!, args, { stdio: ["ignore", "pipe", "pipe"], ...user, cwd: dir });
  child.stdout.on("data", (b) => (log += b));
  child.stderr.on("data", (b) => (log += b));
  const admin = `postgresql://mlgate:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (child.exitCode === null) {
      // SIGINT: PostgreSQL's "fast" shutdown.
      const done = new Promise((r) => child.once("exit", r));
      child.kill("SIGINT");
      await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(admin, child, () => log);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query("create database mlgate");
    await client.end();
  } catch (err) {
    await stop();
    throw err;
  }
  const url = `postgresql://mlgate:${encodeURIComponent(password)}@127.0.0.1:${port}/mlgate`;
  return {
    url,
    password,
    port,
    async sql(text, values) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await client.query(text, values);
      } finally {
        await client.end();
      }
    },
    stop,
  };
}
