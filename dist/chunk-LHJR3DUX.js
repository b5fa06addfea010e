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
var chunk_LHJR3DUX_exports = {};
__export(chunk_LHJR3DUX_exports, {
  lintStage: () => lintStage,
  runLint: () => runLint
});
module.exports = __toCommonJS(chunk_LHJR3DUX_exports);
var import_chunk_5YRTXGYO = require("./chunk-5YRTXGYO.js");
var import_chunk_XP556YIM = require("./chunk-XP556YIM.js");
var import_chunk_P3AQRZ4Z = require("./chunk-P3AQRZ4Z.js");
var import_chunk_Y2MZXBRO = require("./chunk-Y2MZXBRO.js");
var import_chunk_FP2MVKV5 = require("./chunk-FP2MVKV5.js");
var import_chunk_LWPY43F3 = require("./chunk-LWPY43F3.js");
var import_chunk_2CG4V7IG = require("./chunk-2CG4V7IG.js");
var import_chunk_CBQHX6JX = require("./chunk-CBQHX6JX.js");
var import_chunk_MJ6LNWCQ = require("./chunk-MJ6LNWCQ.js");
var import_chunk_Y3HCMOLU = require("./chunk-Y3HCMOLU.js");
var import_chunk_TEV5JGM7 = require("./chunk-TEV5JGM7.js");
var import_chunk_HFP5IKVS = require("./chunk-HFP5IKVS.js");
var import_chunk_UDEI5ASV = require("./chunk-UDEI5ASV.js");
var import_chunk_IDCT4TUJ = require("./chunk-IDCT4TUJ.js");
var import_chunk_HYYFA32R = require("./chunk-HYYFA32R.js");
var import_chunk_OWFBXHUW = require("./chunk-OWFBXHUW.js");
var import_chunk_75QCMCYK = require("./chunk-75QCMCYK.js");
var import_node_fs = require("node:fs");
var import_node_url = require("node:url");
var import_node_worker_threads = require("node:worker_threads");
var MIN_FILES_PER_WORKER = 150;
var BATCH = 50;
async function lintInParallel(job, workspace, registry, threads) {
  const wanted = (0, import_chunk_5YRTXGYO.lintThreads)(threads);
  const workers = Math.min(wanted, Math.floor(job.files.length / MIN_FILES_PER_WORKER)) - 1;
  if (workers < 1 || !(0, import_node_fs.existsSync)((0, import_node_url.fileURLToPath)(import_chunk_5YRTXGYO.LINT_WORKER))) return (0, import_chunk_FP2MVKV5.runLintJob)(job, workspace, registry);
  const ready = (0, import_chunk_5YRTXGYO.takeStartedWorkers)(workers);
  const pool = [...ready, ...Array.from({ length: workers - ready.length }, () => new import_node_worker_threads.Worker(import_chunk_5YRTXGYO.LINT_WORKER))];
  let next = 0;
  const take = () => {
    const files = job.files.slice(next, next + BATCH);
    next += files.length;
    return files;
  };
  const byFile = /* @__PURE__ */ new Map();
  const store = (results) => {
    for (const [file, diagnostics] of results) byFile.set(file, diagnostics);
  };
  const running = pool.map((worker) => runWorker(worker, { ...job, files: [] }, take, store));
  for (let files = take(); files.length; files = take()) {
    store(await (0, import_chunk_FP2MVKV5.runLintJob)({ ...job, files }, workspace, registry));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const unfinished = await Promise.all(running);
  const lost = unfinished.flat().filter(({ file }) => !byFile.has(file));
  if (lost.length) store(await (0, import_chunk_FP2MVKV5.runLintJob)({ ...job, files: lost }, workspace, registry));
  return job.files.map(({ file }) => [file, byFile.get(file) ?? []]);
}
function runWorker(worker, base, take, store) {
  return new Promise((resolve) => {
    const given = [];
    let inFlight = 0;
    const send = () => {
      const files = take();
      if (files.length) {
        given.push(...files);
        inFlight++;
        worker.postMessage({ files });
      } else if (inFlight === 0) {
        worker.postMessage({ done: true });
      }
    };
    worker.on("message", (msg) => {
      inFlight--;
      store(msg.results);
      send();
    });
    worker.on("error", () => resolve(given));
    worker.on("exit", () => resolve(given));
    worker.postMessage({ job: base });
    send();
    send();
  });
}
var ENV_PLACEHOLDER = "{env}";
var NONE = Object.freeze([]);
function bindsEnvironments(target) {
  return (0, import_chunk_Y2MZXBRO.asList)(target.files).some((g) => g.includes(ENV_PLACEHOLDER));
}
async function globTarget(workspace, target, environments) {
  const files = (0, import_chunk_Y2MZXBRO.asList)(target.files);
  const exclude = (0, import_chunk_Y2MZXBRO.asList)(target.exclude);
  const fill = (globs, env) => globs.map((g) => g.replaceAll(ENV_PLACEHOLDER, env));
  const plain = files.filter((g) => !g.includes(ENV_PLACEHOLDER));
  const bound = files.filter((g) => g.includes(ENV_PLACEHOLDER));
  const byFile = /* @__PURE__ */ new Map();
  if (plain.length) {
    const ignore = exclude.flatMap(
      (g) => g.includes(ENV_PLACEHOLDER) ? environments.map((e) => fill([g], e)[0]) : [g]
    );
    const found = await workspace.glob(plain, ignore);
    if (!bound.length) return found.sort().map((file) => ({ file, environments: NONE }));
    for (const file of found) byFile.set(file, NONE);
  }
  if (bound.length) {
    for (const env of environments) {
      for (const file of await workspace.glob(fill(bound, env), fill(exclude, env))) {
        byFile.set(file, [...byFile.get(file) ?? [], env]);
      }
    }
  }
  return [...byFile.keys()].sort().map((file) => ({ file, environments: byFile.get(file) }));
}
var RUBRIC = ["infrastructure.2"];
async function planTargets(ctx, targets, registry) {
  const environments = Object.keys(ctx.config.environments ?? {});
  const plan = [];
  for (const target of targets) {
    const base = target.schema ? { ref: target.schema, label: target.schema } : void 0;
    const overlayRef = target.environments?.[ctx.environment.name]?.schema;
    const overlay = overlayRef ? { ref: overlayRef, label: `${ctx.environment.name} overlay ${overlayRef}` } : void 0;
    for (const s of [base, overlay]) {
      const uri = s && await registry.load(s.ref);
      if (uri) registry.validator(uri);
    }
    const files = await globTarget(ctx.workspace, target, environments);
    plan.push({ target, files, ...base ? { base } : {}, ...overlay ? { overlay } : {} });
  }
  return plan;
}
function otherEnvironments(plan, run) {
  const named = /* @__PURE__ */ new Map();
  for (const { files } of plan) {
    for (const { file, environments } of files)
      if (environments.length) named.set(file, [...named.get(file) ?? [], ...environments]);
  }
  const other = /* @__PURE__ */ new Map();
  for (const [file, envs] of named) if (envs.length && !envs.includes(run)) other.set(file, envs[0]);
  return other;
}
function asOtherEnvironment(schema, environment) {
  return { ref: schema.ref, label: `${schema.label} (base only: the file belongs to ${environment})` };
}
function filesWithSchemas(plan, other) {
  const schemasOf = ({ base, overlay }, env) => {
    if (env === void 0) return [base, overlay].filter((s) => s !== void 0);
    return base ? [asOtherEnvironment(base, env)] : [];
  };
  const entry = (file, schemas, environment) => environment === void 0 ? { file, schemas } : { file, schemas, environment };
  if (plan.length === 1) {
    const target = plan[0];
    const shared = schemasOf(target, void 0);
    return target.files.map(({ file }) => {
      const env = other.get(file);
      return entry(file, env === void 0 ? shared : schemasOf(target, env), env);
    });
  }
  const bySchema = /* @__PURE__ */ new Map();
  for (const target of plan) {
    const shared = schemasOf(target, void 0);
    for (const { file } of target.files) {
      const env = other.get(file);
      const mine = env === void 0 ? shared : schemasOf(target, env);
      const had = bySchema.get(file);
      bySchema.set(file, had === void 0 ? mine : [...had, ...mine]);
    }
  }
  return [...bySchema.keys()].sort().map((file) => entry(file, bySchema.get(file), other.get(file)));
}
async function filesWithoutSchema(files, registry) {
  const usable = /* @__PURE__ */ new Map();
  const byList = /* @__PURE__ */ new Map();
  const listUsable = async (schemas, inEnvironment) => {
    for (const { ref } of schemas) {
      const key = inEnvironment ? ref : `${ref}\0base`;
      let ok = usable.get(key);
      if (ok === void 0) {
        const uri = await registry.load(ref);
        ok = uri !== void 0 && registry.validator(uri, inEnvironment) !== void 0;
        usable.set(key, ok);
      }
      if (!ok) return false;
    }
    return true;
  };
  const out = /* @__PURE__ */ new Set();
  for (const { file, schemas, environment } of files) {
    const which = environment === void 0 ? 0 : 1;
    let known = byList.get(schemas);
    if (known === void 0) {
      known = [void 0, void 0];
      byList.set(schemas, known);
    }
    known[which] ??= await listUsable(schemas, which === 0);
    if (!known[which]) out.add(file);
  }
  return out;
}
async function runLint(ctx) {
  const settings = (0, import_chunk_FP2MVKV5.lintSettings)(ctx.config);
  const registry = new import_chunk_FP2MVKV5.SchemaRegistry(ctx.workspace, ctx.environment.name, ctx.configFile);
  const plan = await planTargets(ctx, settings.targets, registry);
  const checks = [];
  const other = otherEnvironments(plan, ctx.environment.name);
  let files = filesWithSchemas(plan, other);
  if (other.size) {
    for (const { schemas, environment } of files) {
      if (environment === void 0) continue;
      for (const s of schemas) {
        const uri = await registry.load(s.ref);
        if (uri) registry.validator(uri, false);
      }
    }
  }
  if (ctx.paths?.length) {
    const byFile = new Map(files.map((f) => [f.file, f]));
    files = [...new Set(ctx.paths)].sort().map((file) => byFile.get(file) ?? { file, schemas: [] });
  } else {
    const noEnvironments = !Object.keys(ctx.config.environments ?? {}).length;
    plan.forEach(({ target, files: matched }, i) => {
      if (matched.length) return;
      const why = noEnvironments && bindsEnvironments(target) ? " ({env} needs names under environments:, and there are none)" : "";
      checks.push({
        id: `lint/target-${i + 1}`,
        status: "failed",
        severity: "warning",
        message: `no files match ${(0, import_chunk_Y2MZXBRO.asList)(target.files).join(", ")}${why}`,
        diagnostics: []
      });
    });
  }
  if (registry.diagnostics.length) {
    checks.push({
      id: "lint/schemas",
      status: "error",
      severity: "error",
      message: "schemas could not be used",
      diagnostics: registry.diagnostics
    });
  }
  const job = {
    root: ctx.workspace.root,
    config: ctx.config,
    environment: ctx.environment.name,
    configFile: ctx.configFile,
    fast: ctx.tuning?.fastPath !== false,
    globbed: !ctx.paths?.length,
    files
  };
  const unusable = await filesWithoutSchema(job.files, registry);
  let clean = 0;
  let unchecked = 0;
  for (const [file, diagnostics] of await lintInParallel(job, ctx.workspace, registry, ctx.tuning?.threads)) {
    if (!diagnostics.length) {
      if (unusable.has(file)) unchecked++;
      else clean++;
      continue;
    }
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    const counts = [
      errors && `${errors} error${errors === 1 ? "" : "s"}`,
      warnings && `${warnings} warning${warnings === 1 ? "" : "s"}`
    ].filter(Boolean).join(", ");
    checks.push({
      id: `lint/${file}`,
      status: "failed",
      severity: errors ? "error" : "warning",
      message: `${file}: ${counts}`,
      rubric: RUBRIC,
      diagnostics
    });
  }
  if (clean === files.length) {
    checks.push({
      id: "lint/clean",
      status: "passed",
      severity: "error",
      message: `${clean} of ${files.length} file${files.length === 1 ? "" : "s"} clean`,
      observed: `${clean}/${files.length}`,
      rubric: RUBRIC,
      diagnostics: []
    });
  }
  const n = files.length;
  const parts = [
    `${clean} clean`,
    n - clean - unchecked > 0 && `${n - clean - unchecked} with findings`,
    unchecked && `${unchecked} without a usable schema`
  ];
  const summary = `${n} file${n === 1 ? "" : "s"}: ${parts.filter(Boolean).join(", ")}`;
  return { id: "lint", title: lintStage.title, status: (0, import_chunk_XP556YIM.sectionStatus)(checks), summary, checks };
}
var lintStage = { ...(0, import_chunk_P3AQRZ4Z.stageHead)("lint"), run: runLint };
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  lintStage,
  runLint
});
