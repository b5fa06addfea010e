/**
 * A fake GitHub REST server on 127.0.0.1 for end-to-end tests: it records every request and serves
 * the endpoints mlgate uses (comments with pagination, check runs, workflow runs, artifacts as zip
 * behind a redirect, pulls of a commit, /user), with switches for the failure modes.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A runtime token as the runner issues them: a JWT whose scp names the run and job (unsigned here). */
export const RUNTIME_TOKEN = [
  Buffer.from('{"alg":"none"}').toString("base64url"),
  Buffer.from(JSON.stringify({ scp: "Actions.GenericRead:x Actions.Results:run-1:job-1" })).toString(
    "base64url",
  ),
  "",
].join(".");

/** One recorded request. */
export interface Recorded {
  method: string;
  path: string;
  body?: Record<string, unknown>;
  auth?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  /** `type` is "Bot" for `[bot]` logins, as GitHub says; older fixtures may leave it out. */
  user: { login: string; type?: string };
  html_url: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  external_id?: string;
  head_sha: string;
  conclusion: string;
  output: { title: string; summary: string; annotations: unknown[] };
  html_url: string;
}

/** Server state the tests set up and inspect. */
export interface FakeState {
  /** Login /user returns; undefined answers 403 like the Actions token. */
  viewer?: string;
  /** The login new comments get (the token's user). */
  commenter: string;
  /** Writes answer 403 (a fork PR's read-only token). */
  readOnly: boolean;
  comments: Map<number, FakeComment[]>;
  checkRuns: FakeCheckRun[];
  workflowRuns: Record<string, unknown>[];
  artifacts: Map<
    number,
    { id: number; name: string; size_in_bytes: number; expired: boolean; zip: Uint8Array; digest?: string }[]
  >;
  pulls: Map<string, { number: number; state: string }[]>;
  /** Branches and the commit each points at (GET commits/{ref}). */
  refs: Map<string, string>;
  /** Files per commit, served by the contents API (over 1 MB through the blob API). */
  files: Map<string, Record<string, string>>;
  /** The run whose artifacts uploads through the results service become (GITHUB_RUN_ID). */
  uploadRun: number;
  /** Blobs committed at signed upload URLs, by upload id. */
  blobs: Map<number, Buffer>;
  /** Blocks staged at signed upload URLs and not committed yet, by upload id and block id. */
  blocks: Map<number, Map<string, Buffer>>;
  /** Answer the next N requests with 502 (retries). */
  failNext: number;
  /** Injected failures (injectFault), tried in order before any endpoint. */
  faults: Fault[];
  requests: Recorded[];
}

export interface FakeGitHub {
  url: string;
  state: FakeState;
  close(): Promise<void>;
  /** Requests other than reads of comments, for "no write" assertions. */
  writes(): Recorded[];
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<{ json?: Record<string, unknown>; raw: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const json =
    raw.length && /json/.test(req.headers["content-type"] ?? "")
      ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>)
      : undefined;
  return { json, raw };
}

/** One request, as the route functions get it. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body?: Record<string, unknown>;
  raw: Buffer;
  base: string;
  newId: () => number;
}

const TWIRP = "/twirp/github.actions.results.api.v1.ArtifactService/";

/**
 * The runner's results service as @actions/artifact speaks it: Twirp JSON (snake_case field names)
 * CreateArtifact answers a signed blob URL, the zip goes there as Azure block-blob requests (Put
 * Block, then Put Block List), and FinalizeArtifact records its size and SHA-256, which are checked
 * against the committed blob. The artifact then belongs to run `uploadRun` for the REST endpoints;
 * a second artifact of the same name in that run is refused with 409, as GitHub does.
 */
function serveResultsService(state: FakeState, x: Exchange): boolean {
  const { req, res, url, body } = x;
  const p = url.pathname;
  const ids = () =>
    body?.workflow_run_backend_id === "run-1" && body?.workflow_job_run_backend_id === "job-1";
  if (p === `${TWIRP}CreateArtifact` && req.method === "POST") {
    if (req.headers.authorization !== `Bearer ${RUNTIME_TOKEN}`) send(res, 401, { msg: "unauthorized" });
    else if (!ids() || typeof body?.name !== "string" || !Number(body?.version))
      send(res, 400, { msg: "bad request" });
    // GitHub keeps one artifact of a name per run (what the jobs of a matrix run into).
    else if ((state.artifacts.get(state.uploadRun) ?? []).some((a) => a.name === body.name))
      send(res, 409, {
        code: "already_exists",
        msg: "an artifact with this name already exists on the workflow run",
      });
    else {
      const id = x.newId();
      send(res, 200, {
        ok: true,
        signed_upload_url: `${x.base}/devstoreaccount1/results/${id}.zip?sig=fake`,
      });
    }
    return true;
  }
  const blob = p.match(/^\/devstoreaccount1\/results\/(\d+)\.zip$/);
  if (blob && req.method === "PUT") {
    const id = Number(blob[1]);
    const comp = url.searchParams.get("comp");
    const blocks = state.blocks.get(id) ?? new Map<string, Buffer>();
    state.blocks.set(id, blocks);
    if (url.searchParams.get("sig") !== "fake") send(res, 403, { msg: "bad signature" });
    else if (comp === "block") {
      blocks.set(url.searchParams.get("blockid") ?? "", x.raw);
      res.writeHead(201).end();
    } else if (comp === "blocklist") {
      const order = [...x.raw.toString("utf8").matchAll(/<Latest>([^<]*)<\/Latest>/g)].map((m) => m[1]!);
      if (order.some((b) => !blocks.has(b))) send(res, 400, { msg: "InvalidBlockList" });
      else {
        state.blobs.set(id, Buffer.concat(order.map((b) => blocks.get(b)!)));
        res.writeHead(201).end();
      }
    } else if (req.headers["x-ms-blob-type"] === "BlockBlob") {
      state.blobs.set(id, x.raw);
      res.writeHead(201).end();
    } else send(res, 400, { msg: "unknown blob request" });
    return true;
  }
  if (p === `${TWIRP}FinalizeArtifact` && req.method === "POST") {
    const [id, zip] = [...state.blobs.entries()].at(-1) ?? [];
    const hash = body?.hash;
    if (
      !ids() ||
      !zip ||
      body?.size !== String(zip.length) ||
      hash !== `sha256:${createHash("sha256").update(zip).digest("hex")}`
    )
      send(res, 400, { msg: "size or hash mismatch" });
    else {
      const list = state.artifacts.get(state.uploadRun) ?? [];
      const digest = String(hash);
      list.push({
        id: id!,
        name: String(body?.name),
        size_in_bytes: zip.length,
        expired: false,
        zip: new Uint8Array(zip),
        digest,
      });
      state.artifacts.set(state.uploadRun, list);
      send(res, 200, { ok: true, artifact_id: String(id) });
    }
    return true;
  }
  return false;
}

/** A workflow's runs as GitHub filters them: by branch, status or conclusion, and event. */
function listWorkflowRuns(state: FakeState, query: URLSearchParams): Record<string, unknown>[] {
  const branch = query.get("branch");
  const status = query.get("status");
  const event = query.get("event");
  return state.workflowRuns.filter(
    (r) =>
      (!branch || r.head_branch === branch) &&
      (!status || r.conclusion === status || r.status === status) &&
      (!event || r.event === event),
  );
}

/** Start a fake GitHub for repository acme/churn. */
export async function startFakeGitHub(init: Partial<FakeState> = {}): Promise<FakeGitHub> {
  const state: FakeState = {
    commenter: "github-actions[bot]",
    readOnly: false,
    comments: new Map(),
    checkRuns: [],
    workflowRuns: [],
    artifacts: new Map(),
    pulls: new Map(),
    refs: new Map(),
    files: new Map(),
    uploadRun: 777,
    blobs: new Map(),
    blocks: new Map(),
    failNext: 0,
    faults: [],
    requests: [],
    ...init,
  };
  let nextId = 1000;
  let base = "";
  const held = new Set<ServerResponse>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", base);
    const { json: body, raw } = await readBody(req);
    state.requests.push({
      method: req.method ?? "GET",
      path: url.pathname + url.search,
      body,
      auth: req.headers.authorization,
    });
    if (state.failNext > 0) {
      state.failNext--;
      return send(res, 502, { message: "Bad gateway" });
    }
    const fault = takeFault(state, req.method ?? "GET", url.pathname);
    if (fault) return applyFault(fault, res, held, (muted) => serve(req, muted, url, body, raw));
    return serve(req, res, url, body, raw);
  });
  /** The endpoints. */
  const serve = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: Record<string, unknown> | undefined,
    raw: Buffer,
  ): Promise<unknown> => {
    const p = url.pathname;
    const page = Number(url.searchParams.get("page") ?? 1);
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const paginate = (items: unknown[], key?: string) => {
      const slice = items.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < items.length) {
        const next = new URL(url.href);
        next.searchParams.set("page", String(page + 1));
        headers.link = `<${next.href}>; rel="next"`;
      }
      return send(res, 200, key ? { total_count: items.length, [key]: slice } : slice, headers);
    };
    const denied = () => send(res, 403, { message: "Resource not accessible by integration" });
    const hit: { m: RegExpMatchArray | null } = { m: null };
    const at = (re: RegExp): boolean => {
      hit.m = p.match(re);
      return hit.m !== null;
    };
    if (serveResultsService(state, { req, res, url, body, raw, base, newId: () => nextId++ })) return;
    if (req.method === "GET" && p === "/user") {
      return state.viewer ? send(res, 200, { login: state.viewer }) : denied();
    }
    if (req.method === "POST" && p === "/graphql") {
      // GraphQL's viewer answers for every kind of token: an installation token is its app's bot.
      if (!/\bviewer\s*\{\s*login\s*\}/.test(String(body?.query)))
        return send(res, 200, { errors: [{ message: "fake GitHub: unknown query" }] });
      return send(res, 200, { data: { viewer: { login: state.commenter } } });
    }
    if (at(/^\/repos\/acme\/churn\/issues\/(\d+)\/comments$/)) {
      const issue = Number(hit.m![1]);
      const list = state.comments.get(issue) ?? [];
      if (req.method === "GET") return paginate(list);
      if (state.readOnly) return denied();
      const tooLong = commentTooLong(body);
      if (tooLong) return send(res, 422, tooLong);
      const c: FakeComment = {
        id: nextId++,
        body: String(body?.body ?? ""),
        user: { login: state.commenter, type: state.commenter.endsWith("[bot]") ? "Bot" : "User" },
        html_url: `https://github.example/acme/churn/pull/${issue}#issuecomment-${nextId - 1}`,
      };
      list.push(c);
      state.comments.set(issue, list);
      return send(res, 201, c);
    }
    if (at(/^\/repos\/acme\/churn\/issues\/comments\/(\d+)$/) && req.method === "DELETE") {
      if (state.readOnly) return denied();
      for (const list of state.comments.values()) {
        const i = list.findIndex((x) => x.id === Number(hit.m![1]));
        if (i >= 0) {
          list.splice(i, 1);
          res.writeHead(204);
          return res.end();
        }
      }
      return send(res, 404, { message: "Not Found" });
    }
    if (at(/^\/repos\/acme\/churn\/issues\/comments\/(\d+)$/) && req.method === "PATCH") {
      if (state.readOnly) return denied();
      const tooLong = commentTooLong(body);
      if (tooLong) return send(res, 422, tooLong);
      for (const list of state.comments.values()) {
        const c = list.find((x) => x.id === Number(hit.m![1]));
        if (c) {
          c.body = String(body?.body ?? "");
          return send(res, 200, c);
        }
      }
      return send(res, 404, { message: "Not Found" });
    }
    if (p === "/repos/acme/churn/check-runs" && req.method === "POST") {
      if (state.readOnly) return denied();
      const invalid = checkRunInvalid(body);
      if (invalid) return send(res, 422, invalid);
      const run: FakeCheckRun = {
        id: nextId++,
        name: String(body?.name),
        external_id: body?.external_id === undefined ? undefined : String(body.external_id),
        head_sha: String(body?.head_sha),
        conclusion: String(body?.conclusion),
        output: body?.output as FakeCheckRun["output"],
        html_url: `https://github.example/acme/churn/runs/${nextId - 1}`,
      };
      run.output = { ...run.output, annotations: [...(run.output.annotations ?? [])] };
      state.checkRuns.push(run);
      return send(res, 201, run);
    }
    if (at(/^\/repos\/acme\/churn\/check-runs\/(\d+)$/) && req.method === "PATCH") {
      const run = state.checkRuns.find((r) => r.id === Number(hit.m![1]));
      if (!run) return send(res, 404, { message: "Not Found" });
      const invalid = checkRunInvalid(body);
      if (invalid) return send(res, 422, invalid);
      const out = body?.output as FakeCheckRun["output"] | undefined;
      if (out) run.output.annotations.push(...(out.annotations ?? []));
      return send(res, 200, run);
    }
    if (at(/^\/repos\/acme\/churn\/actions\/workflows\/([^/]+)\/runs$/))
      return paginate(listWorkflowRuns(state, url.searchParams), "workflow_runs");
    if (at(/^\/repos\/acme\/churn\/actions\/runs\/(\d+)$/)) {
      const run = state.workflowRuns.find((r) => r.id === Number(hit.m![1]));
      return run ? send(res, 200, run) : send(res, 404, { message: "Not Found" });
    }
    if (at(/^\/repos\/acme\/churn\/actions\/runs\/(\d+)\/artifacts$/)) {
      const list = (state.artifacts.get(Number(hit.m![1])) ?? []).map(({ zip: _zip, ...a }) => a);
      return paginate(list, "artifacts");
    }
    if (at(/^\/repos\/acme\/churn\/actions\/artifacts\/(\d+)\/zip$/)) {
      const id = Number(hit.m![1]);
      const found = [...state.artifacts.values()].flat().find((a) => a.id === id);
      if (found?.expired) return send(res, 410, { message: "Artifact has expired" });
      // GitHub answers with a redirect to short-lived blob storage.
      res.writeHead(302, { location: `${base}/blob/${hit.m![1]}` });
      return res.end();
    }
    if (at(/^\/blob\/(\d+)$/)) {
      for (const list of state.artifacts.values()) {
        const a = list.find((x) => x.id === Number(hit.m![1]));
        if (a) {
          if (a.expired) return send(res, 410, { message: "Artifact has expired" });
          res.writeHead(200, { "content-type": "application/zip" });
          return res.end(Buffer.from(a.zip));
        }
      }
      return send(res, 404, { message: "Not Found" });
    }
    if (at(/^\/repos\/acme\/churn\/contents\/(.+)$/)) {
      const files = state.files.get(url.searchParams.get("ref") ?? "") ?? {};
      const file = decodeURIComponent(hit.m![1]!);
      const text = files[file];
      if (text === undefined) return send(res, 404, { message: "Not Found" });
      const size = Buffer.byteLength(text);
      const big = size > 1024 * 1024;
      return send(res, 200, {
        type: "file",
        path: file,
        size,
        sha: `blob-${file}`,
        encoding: big ? "none" : "base64",
        content: big ? "" : Buffer.from(text).toString("base64"),
      });
    }
    if (at(/^\/repos\/acme\/churn\/git\/blobs\/blob-(.+)$/)) {
      const file = decodeURIComponent(hit.m![1]!);
      for (const files of state.files.values())
        if (files[file] !== undefined)
          return send(res, 200, {
            encoding: "base64",
            content: Buffer.from(files[file]!).toString("base64"),
          });
      return send(res, 404, { message: "Not Found" });
    }
    if (at(/^\/repos\/acme\/churn\/commits\/([^/]+)$/)) {
      const sha = state.refs.get(decodeURIComponent(hit.m![1]!));
      return sha ? send(res, 200, { sha }) : send(res, 404, { message: "No commit found" });
    }
    if (at(/^\/repos\/acme\/churn\/commits\/([^/]+)\/check-runs$/) && req.method === "GET") {
      const name = url.searchParams.get("check_name");
      const runs = state.checkRuns
        .filter((r) => r.head_sha === hit.m![1] && (!name || r.name === name))
        .reverse();
      return send(res, 200, { total_count: runs.length, check_runs: runs });
    }
    if (at(/^\/repos\/acme\/churn\/commits\/([0-9a-f]+)\/pulls$/)) {
      return send(res, 200, state.pulls.get(hit.m![1]!) ?? []);
    }
    return send(res, 404, { message: `Not Found: ${req.method} ${p}` });
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    state,
    writes: () => state.requests.filter((r) => r.method !== "GET"),
    close: () =>
      new Promise<void>((resolve) => {
        // Stalled requests (injectFault stall) hold their connections open.
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// GitHub's size limits, which the fake enforces as GitHub does: a 422 that names the field.

/** GitHub's 422 body for an over-long comment, or undefined. */
function commentTooLong(body: Record<string, unknown> | undefined): object | undefined {
  if (String(body?.body ?? "").length <= 65_536) return undefined;
  return validationFailed("IssueComment", "body", "body is too long (maximum is 65536 characters)");
}

/** GitHub's 422 body for a check run whose output is over the limits, or undefined. */
function checkRunInvalid(body: Record<string, unknown> | undefined): object | undefined {
  const output = body?.output as { summary?: string; text?: string; annotations?: unknown[] } | undefined;
  for (const field of ["summary", "text"] as const)
    if ((output?.[field]?.length ?? 0) > 65_535)
      return validationFailed(
        "CheckRun",
        `output.${field}`,
        `${field} is too long (maximum is 65535 characters)`,
      );
  if ((output?.annotations?.length ?? 0) > 50)
    return validationFailed("CheckRun", "output.annotations", "Only 50 annotations are allowed per request");
  return undefined;
}

function validationFailed(resource: string, field: string, message: string): object {
  return {
    message: "Validation Failed",
    errors: [{ resource, code: "custom", field, message }],
    documentation_url: "https://docs.github.com/rest",
  };
}

// Fault injection: failures the endpoints above never produce by themselves.

/** One injected failure, for the requests it matches. */
export interface Fault {
  /** Only requests with this method (any by default). */
  method?: string;
  /** Only paths (without the query) this matches (any by default). */
  path?: RegExp;
  /** Answer this status (with `body`, GitHub's error object by default). */
  status?: number;
  body?: unknown;
  /** Serve the request first, so a write happens, then answer `status`: a gateway error after GitHub wrote. */
  afterServing?: boolean;
  /** Never answer (a stalled API): the connection stays open until the client gives up. */
  stall?: boolean;
  /** Hold matching requests until this many have arrived, then serve them all (a race made certain). */
  barrier?: number;
  /** How many matching requests it applies to (all by default). */
  times?: number;
  /** Requests held by a barrier, released together. */
  waiting?: (() => void)[];
}

/** Add a fault to a running fake; the first matching fault with requests left applies. */
export function injectFault(gh: FakeGitHub, fault: Fault): void {
  gh.state.faults.push(fault);
}

/** The fault that applies to a request, counting it. */
function takeFault(state: FakeState, method: string, path: string): Fault | undefined {
  const fault = state.faults.find(
    (f) =>
      (f.times === undefined || f.times > 0) &&
      (f.method === undefined || f.method === method) &&
      (f.path === undefined || f.path.test(path)),
  );
  if (fault?.times !== undefined) fault.times--;
  return fault;
}

/** Answer as `fault` says; `serve` runs the endpoint (with a response that is not sent when muted). */
async function applyFault(
  fault: Fault,
  res: ServerResponse,
  held: Set<ServerResponse>,
  serve: (res: ServerResponse) => Promise<unknown>,
): Promise<unknown> {
  if (fault.stall) {
    held.add(res);
    return;
  }
  if (fault.barrier !== undefined) {
    fault.waiting ??= [];
    const waiting = fault.waiting;
    await new Promise<void>((release) => {
      waiting.push(release);
      if (waiting.length >= fault.barrier!) for (const r of waiting) r();
    });
    return serve(res);
  }
  if (fault.afterServing) {
    const muted = { writeHead: () => muted, end: () => muted, setHeader: () => muted };
    await serve(muted as unknown as ServerResponse);
  }
  send(res, fault.status ?? 502, fault.body ?? { message: "Server Error" });
}
