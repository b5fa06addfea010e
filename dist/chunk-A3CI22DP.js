"use strict";
var __mlgateUrl = require("node:url").pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var chunk_A3CI22DP_exports = {};
__export(chunk_A3CI22DP_exports, {
  DEFAULT_TIMEOUT: () => DEFAULT_TIMEOUT,
  RUBRIC_BY_CATEGORY: () => RUBRIC_BY_CATEGORY,
  runTests: () => runTests,
  testsStage: () => testsStage
});
module.exports = __toCommonJS(chunk_A3CI22DP_exports);
var import_chunk_FNET4LRQ = require("./chunk-FNET4LRQ.js");
var import_chunk_XP556YIM = require("./chunk-XP556YIM.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_SNHAHQFI = require("./chunk-SNHAHQFI.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_fs = require("node:fs");
var import_node_child_process = require("node:child_process");
var REMOVED_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "GH_ENTERPRISE_TOKEN",
  "GITHUB_ENTERPRISE_TOKEN",
  // The step's outputs and state files: what a suite writes there must not become mlgate's outputs.
  "GITHUB_OUTPUT",
  "GITHUB_STATE"
]);
var REMOVED_PREFIX = /^(ACTIONS_|INPUT_)/i;
var MIN_VALUE_LENGTH = 8;
function removedByName(name) {
  return REMOVED_NAMES.has(name.toUpperCase()) || REMOVED_PREFIX.test(name);
}
function suiteEnvironment(parent, options = {}) {
  const pass = new Set(options.pass ?? []);
  const removedValues = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(parent))
    if (value && value.length >= MIN_VALUE_LENGTH && removedByName(name) && /TOKEN/i.test(name))
      removedValues.add(value);
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === void 0) continue;
    const removed = removedByName(name) || removedValues.has(value);
    if (!removed || pass.has(name)) env[name] = value;
  }
  return { ...env, ...options.set };
}
var LEFTOVER_GRACE_MS = 1e3;
var POLL_MS = 25;
function runCommand(command, options) {
  const keep = options.keepBytes ?? 256 * 1024;
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks = [];
    let kept = 0;
    let dropped = 0;
    let timedOut = false;
    let settled = false;
    const windows = process.platform === "win32";
    const child = (0, import_node_child_process.spawn)(command, {
      cwd: options.cwd,
      shell: true,
      env: suiteEnvironment(process.env, { pass: options.passEnv, set: options.env }),
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so a timeout kills the command's children too.
      detached: !windows,
      windowsHide: true
    });
    const take = (chunk) => {
      options.onOutput?.(chunk);
      chunks.push(chunk);
      kept += chunk.length;
      while (kept - (chunks[0]?.length ?? 0) >= keep && chunks.length > 1) {
        const first = chunks.shift();
        kept -= first.length;
        dropped += first.length;
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    const kill = (signal) => {
      try {
        if (!windows && child.pid) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
      }
    };
    const groupAlive = () => {
      if (windows || !child.pid) return false;
      try {
        process.kill(-child.pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    const endGroup = async () => {
      kill("SIGTERM");
      const until = performance.now() + LEFTOVER_GRACE_MS;
      while (groupAlive() && performance.now() < until) await new Promise((r) => setTimeout(r, POLL_MS));
      if (groupAlive()) kill("SIGKILL");
    };
    let killTimer;
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGTERM");
      killTimer = setTimeout(() => kill("SIGKILL"), options.graceMs ?? 5e3);
    }, options.timeoutMs);
    const finish = async (code, signal, spawnError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      if (timedOut) kill("SIGKILL");
      else await endGroup();
      let output = Buffer.concat(chunks);
      if (output.length > keep) {
        dropped += output.length - keep;
        output = output.subarray(output.length - keep);
      }
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
        output: (0, import_chunk_FNET4LRQ.redact)(output.toString("utf8")),
        dropped,
        seconds: (performance.now() - started) / 1e3,
        spawnError
      });
    };
    child.on("error", (err) => void finish(null, null, err.message));
    child.on("close", (code, signal) => void finish(code, signal));
    child.on("exit", (code, signal) => {
      if (!timedOut) kill("SIGTERM");
      setTimeout(() => void finish(code, signal), 2e3).unref();
    });
  });
}
var XmlError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
var MAX_DEPTH = 256;
var PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decodeEntities(s) {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}
var NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
var ATTR = /\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
function parseXml(text) {
  let i = 0;
  let line = 1;
  const fail = (message, at = i) => {
    let l = 1;
    let start = 0;
    for (let k = 0; k < at && k < text.length; k++)
      if (text.charCodeAt(k) === 10) {
        l++;
        start = k + 1;
      }
    throw new XmlError(message, l, at - start + 1);
  };
  const advanceTo = (end) => {
    for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10) line++;
    i = end;
  };
  const skipPast = (close, what) => {
    const end = text.indexOf(close, i);
    if (end === -1) fail(`unterminated ${what}`);
    advanceTo(end + close.length);
  };
  if (text.charCodeAt(0) === 65279) i = 1;
  const stack = [];
  let root;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > i) {
      const chunk = text.slice(i, textEnd);
      if (stack.length) stack[stack.length - 1].text += decodeEntities(chunk);
      else if (chunk.trim()) fail("text outside the root element");
      advanceTo(textEnd);
      if (lt === -1) break;
    }
    if (text.startsWith("<!--", i)) skipPast("-->", "comment");
    else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i);
      if (end === -1) fail("unterminated CDATA section");
      if (!stack.length) fail("CDATA outside the root element");
      stack[stack.length - 1].text += text.slice(i + 9, end);
      advanceTo(end + 3);
    } else if (text.startsWith("<?", i)) skipPast("?>", "processing instruction");
    else if (text.startsWith("<!DOCTYPE", i)) {
      const end = text.indexOf(">", i);
      if (end === -1) fail("unterminated DOCTYPE");
      if (text.slice(i, end).includes("["))
        fail("a DOCTYPE with declarations is not accepted in a test report");
      advanceTo(end + 1);
    } else if (text.startsWith("</", i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      if (!m) fail("expected a closing tag name");
      const open = stack.pop();
      if (!open) fail(`closing tag </${m[0]}> without an opening tag`);
      if (open.name !== m[0]) fail(`expected </${open.name}>, found </${m[0]}>`);
      const end = text.indexOf(">", NAME.lastIndex);
      if (end === -1 || text.slice(NAME.lastIndex, end).trim()) fail("malformed closing tag", NAME.lastIndex);
      advanceTo(end + 1);
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(text);
      if (!m) fail("expected a tag name after <");
      const el = { name: m[0], attrs: /* @__PURE__ */ Object.create(null), children: [], text: "", line };
      let k = NAME.lastIndex;
      for (; ; ) {
        ATTR.lastIndex = k;
        const a = ATTR.exec(text);
        if (!a) break;
        el.attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? "");
        k = ATTR.lastIndex;
      }
      while (k < text.length && /\s/.test(text[k])) k++;
      const selfClosing = text.startsWith("/>", k);
      if (!selfClosing && text[k] !== ">") fail(`malformed start tag <${el.name}>`, k);
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) fail("a second root element");
      else root = el;
      if (!selfClosing) {
        stack.push(el);
        if (stack.length > MAX_DEPTH) fail(`elements nested over ${MAX_DEPTH} deep`);
      }
      advanceTo(k + (selfClosing ? 2 : 1));
    }
  }
  if (stack.length) fail(`<${stack[stack.length - 1].name}> is never closed`, text.length);
  if (!root) fail("no root element", 0);
  return root;
}
var DETAIL_LINES = 20;
var tail = (s, lines) => {
  const all = s.trim().split(/\r?\n/);
  return all.slice(-lines).join("\n");
};
var positive = (n) => Number.isInteger(n) && n > 0 ? n : void 0;
var MAX_PATH = 500;
function lineIn(text, file) {
  if (file.length > MAX_PATH) return void 0;
  const needle = `${file}:`;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = i === 0 ? "" : text[i - 1];
    if (before !== "" && !/[\s(/"'\\]/.test(before)) continue;
    const digits = /^\d{1,9}/.exec(text.slice(i + needle.length, i + needle.length + 9))?.[0];
    if (digits) return positive(Number(digits));
  }
  return void 0;
}
function moduleCandidates(classname) {
  const parts = classname.split(".");
  if (parts.some((p) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return [];
  const all = [];
  for (let n = parts.length; n > 0; n--) all.push(`${parts.slice(0, n).join("/")}.py`);
  const isTest = (f) => /(?:^|\/)(?:test_[^/]*|[^/]*_test)\.py$/.test(f);
  return [...all.filter(isTest), ...all.filter((f) => !isTest(f))];
}
function locateCase(attrs, suite, text, exists) {
  const raw = Number(attrs.line);
  const line = attrs.line === void 0 ? void 0 : suite === "pytest" ? positive(raw + 1) : positive(raw);
  if (attrs.file) return { file: attrs.file, line: line ?? lineIn(text, attrs.file) };
  if (!attrs.classname) return {};
  const candidates = moduleCandidates(attrs.classname);
  for (const file of candidates) {
    const at = lineIn(text, file);
    if (at !== void 0) return { file, line: line ?? at };
  }
  const found = exists && candidates.find((f) => exists(f));
  return found ? { file: found, line } : {};
}
function parseJunit(text, options = {}) {
  const root = parseXml(text);
  if (root.name !== "testsuites" && root.name !== "testsuite")
    throw new Error(`the root element is <${root.name}>, expected <testsuites> or <testsuite>`);
  const r = {
    suites: 0,
    tests: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    flaky: 0,
    time: 0,
    failed: []
  };
  const visitSuite = (suite) => {
    r.suites++;
    for (const child of suite.children) {
      if (child.name === "testsuite") visitSuite(child);
      else if (child.name === "testcase") visitCase(child, suite.attrs.name ?? "");
    }
  };
  const seconds = (e) => {
    const t = Number(e.attrs.time);
    return Number.isFinite(t) ? t : 0;
  };
  const visitCase = (tc, suite) => {
    r.tests++;
    const bad = tc.children.find((c) => c.name === "failure" || c.name === "error");
    if (bad) {
      const kind = bad.name;
      if (kind === "failure") r.failures++;
      else r.errors++;
      const at = locateCase(tc.attrs, suite, bad.text, options.exists);
      r.failed.push({
        suite,
        name: tc.attrs.name ?? "(unnamed)",
        classname: tc.attrs.classname,
        kind,
        message: (bad.attrs.message ?? bad.text.trim().split(/\r?\n/)[0] ?? "").slice(0, 500),
        detail: tail(bad.text, DETAIL_LINES),
        file: at.file,
        line: at.line
      });
    } else if (tc.children.some((c) => c.name === "skipped")) r.skipped++;
    else if (tc.children.some((c) => c.name === "flakyFailure" || c.name === "flakyError")) r.flaky++;
  };
  if (root.name === "testsuite") {
    visitSuite(root);
    r.time = seconds(root);
  } else {
    const top = root.children.filter((s) => s.name === "testsuite");
    for (const s of top) visitSuite(s);
    r.time = root.attrs.time !== void 0 ? seconds(root) : top.reduce((a, s) => a + seconds(s), 0);
  }
  return r;
}
var RUBRIC_BY_CATEGORY = {
  // "All code that creates input features is tested."
  data: "data.7",
  // "Model specification code is unit tested."
  model: "infrastructure.2",
  // "The full ML pipeline is integration tested."
  infrastructure: "infrastructure.3",
  // "Data invariants hold in training and serving inputs."
  monitoring: "monitoring.2"
};
var DEFAULT_TIMEOUT = "30m";
var MAX_JUNIT_BYTES = 64 * 1024 * 1024;
var TAIL_LINES = 30;
var MAX_CASES = 20;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function lastLines(text, n) {
  const lines = text.replace(/\s+$/, "").split(/\r?\n/);
  return lines.slice(-n).join("\n");
}
async function runSuite(suite, ctx) {
  const severity = suite.severity ?? "error";
  const category = suite.category ?? "model";
  const id = `tests/${category}/${suite.name}`;
  const timeout = suite.timeout ?? DEFAULT_TIMEOUT;
  const timeoutMs = (0, import_chunk_SNHAHQFI.durationMs)(timeout);
  const junitAbs = suite.junit ? safeResolve(ctx, suite.junit) : void 0;
  if (suite.junit && !junitAbs)
    return {
      check: {
        id,
        status: "error",
        severity,
        message: `${suite.name}: the junit path ${suite.junit} is outside the repository`,
        diagnostics: []
      }
    };
  const before = junitAbs ? mtime(junitAbs) : void 0;
  ctx.progress?.note?.(`running test suite "${suite.name}" (timeout ${timeout}): ${suite.run}`);
  const r = await runCommand(suite.run, {
    cwd: ctx.workspace.root,
    timeoutMs,
    env: suite.env,
    passEnv: suite.pass_env
  });
  ctx.progress?.note?.(
    `test suite "${suite.name}" ${r.timedOut ? "timed out" : `exited with ${r.code ?? r.signal}`} after ${r.seconds.toFixed(1)} s`
  );
  const tail2 = r.output ? lastLines(r.output, TAIL_LINES) : void 0;
  const base = { id, severity, rubric: [RUBRIC_BY_CATEGORY[category]] };
  if (r.spawnError)
    return {
      check: {
        ...base,
        status: "error",
        message: `${suite.name}: could not start: ${r.spawnError}`,
        diagnostics: []
      }
    };
  if (r.timedOut)
    return {
      check: {
        ...base,
        status: "failed",
        message: `${suite.name}: killed after the ${timeout} timeout`,
        details: tail2,
        diagnostics: []
      }
    };
  let junit;
  const diagnostics = [];
  let junitProblem;
  if (suite.junit && junitAbs) {
    const after = mtime(junitAbs);
    if (after === void 0) junitProblem = `the command did not write ${suite.junit}`;
    else if (before !== void 0 && after === before)
      junitProblem = `${suite.junit} was not rewritten by this run (it is from an earlier one)`;
    else {
      try {
        junit = redactJunit(parseJunit(await ctx.workspace.readText(suite.junit, MAX_JUNIT_BYTES)));
      } catch (err) {
        if (err instanceof XmlError) {
          const at = { line: err.line - 1, column: err.column - 1 };
          diagnostics.push({
            code: "tests/junit",
            severity,
            message: err.message,
            file: suite.junit,
            range: { start: at, end: at }
          });
          junitProblem = `${suite.junit} is not valid XML: ${err.message}`;
        } else if (err instanceof Error) junitProblem = `${suite.junit}: ${err.message}`;
        else throw err;
      }
    }
    if (junitProblem && !diagnostics.length)
      diagnostics.push({
        code: "tests/junit",
        severity,
        message: junitProblem,
        file: ctx.configFile,
        range: import_chunk_Y3HCMOLU.FILE_START
      });
  }
  const exitOk = r.code === 0;
  const casesOk = !junit || junit.failures + junit.errors === 0;
  const counts = junit ? [
    `${junit.tests - junit.failures - junit.errors - junit.skipped} passed${junit.flaky ? ` (${junit.flaky} after a rerun)` : ""}`,
    junit.failures && `${junit.failures} failed`,
    junit.errors && `${plural(junit.errors, "error")}`,
    junit.skipped && `${junit.skipped} skipped`
  ].filter(Boolean).join(", ") : void 0;
  const exitText = r.code === null ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  let status;
  let message;
  if (junitProblem) {
    status = "error";
    message = `${suite.name}: ${junitProblem}${exitOk ? "" : `; the command ${exitText}`}`;
  } else if (exitOk && casesOk) {
    status = "passed";
    message = `${suite.name}: ${counts ?? "exited with 0"} (${r.seconds.toFixed(1)} s)`;
  } else {
    status = "failed";
    message = `${suite.name}: ${[counts, !exitOk && `the command ${exitText}`].filter(Boolean).join("; ")}`;
  }
  for (const c of (junit?.failed ?? []).slice(0, MAX_CASES)) {
    const at = c.line ? { line: c.line - 1, column: 0 } : void 0;
    const file = c.file && (safeResolve(ctx, c.file) ? c.file : void 0);
    diagnostics.push({
      code: `tests/${c.kind}`,
      severity,
      message: `${c.classname ? `${c.classname}.` : ""}${c.name} ${c.kind === "error" ? "errored" : "failed"}${c.message ? `: ${c.message}` : ""}`,
      file: file ?? suite.junit,
      range: file && at ? { start: at, end: at } : import_chunk_Y3HCMOLU.FILE_START
    });
  }
  const showOutput = status !== "passed";
  const check = {
    ...base,
    status,
    message,
    observed: counts,
    details: showOutput ? tail2 : void 0,
    diagnostics
  };
  const table = junit?.failed.length ? {
    title: `${suite.name}: failing tests`,
    columns: ["test", "kind", "message"],
    rows: junit.failed.slice(0, MAX_CASES).map((c) => [
      `${c.classname ? `${c.classname}.` : ""}${c.name}`,
      c.kind,
      c.message.split("\n")[0].slice(0, 200)
    ])
  } : void 0;
  return { check, table };
}
function redactJunit(junit) {
  const failed = junit.failed.map((c) => ({
    ...c,
    name: (0, import_chunk_FNET4LRQ.redact)(c.name),
    classname: c.classname === void 0 ? void 0 : (0, import_chunk_FNET4LRQ.redact)(c.classname),
    message: (0, import_chunk_FNET4LRQ.redact)(c.message),
    detail: (0, import_chunk_FNET4LRQ.redact)(c.detail)
  }));
  return { ...junit, failed };
}
function safeResolve(ctx, relative) {
  try {
    return ctx.workspace.resolve(relative);
  } catch {
    return void 0;
  }
}
function mtime(abs) {
  try {
    return (0, import_node_fs.statSync)(abs).mtimeMs;
  } catch {
    return void 0;
  }
}
function refusedSection(ctx, why) {
  const suites = ctx.config.tests ?? [];
  const check = {
    id: "tests/refused",
    status: "error",
    severity: "error",
    message: `${plural(suites.length, "suite")} not run: ${why}`,
    diagnostics: []
  };
  return {
    id: "tests",
    title: testsStage.title,
    status: (0, import_chunk_XP556YIM.sectionStatus)([check]),
    summary: `${plural(suites.length, "suite")} not run`,
    checks: [check]
  };
}
async function runTests(ctx) {
  if (ctx.suitesRefused !== void 0) return refusedSection(ctx, ctx.suitesRefused);
  const suites = ctx.config.tests ?? [];
  const checks = [];
  const tables = [];
  for (const suite of suites) {
    const r = await runSuite(suite, ctx);
    checks.push(r.check);
    if (r.table) tables.push(r.table);
  }
  const failed = checks.filter((c) => c.status !== "passed").length;
  const summary = `${plural(suites.length, "suite")}${failed ? `, ${failed} not passing` : ""}`;
  return { id: "tests", title: testsStage.title, status: (0, import_chunk_XP556YIM.sectionStatus)(checks), summary, tables, checks };
}
var testsStage = { ...(0, import_chunk_P3AQRZ4Z.stageHead)("tests"), run: runTests };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_TIMEOUT,
  RUBRIC_BY_CATEGORY,
  runTests,
  testsStage
});
