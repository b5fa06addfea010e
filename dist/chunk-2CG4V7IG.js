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
var chunk_2CG4V7IG_exports = {};
__export(chunk_2CG4V7IG_exports, {
  prestartReadAhead: () => prestartReadAhead,
  startReadAhead: () => startReadAhead
});
module.exports = __toCommonJS(chunk_2CG4V7IG_exports);
var import_node_fs = require("node:fs");
var import_node_worker_threads = require("node:worker_threads");
var SLOTS = 4;
var SLOT_BYTES = 1 << 20;
var ENTRIES = 1024;
var HEAD = 1 + 3 * ENTRIES;
var FLAGS = import_node_fs.constants.O_NOFOLLOW === void 0 || import_node_fs.constants.O_NONBLOCK === void 0 ? void 0 : import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK;
var CAN_READ_AHEAD = FLAGS !== void 0 && typeof process.getBuiltinModule === "function";
var waiting;
function newWorker() {
  try {
    const worker = new import_node_worker_threads.Worker(`(${readAheadWorker.toString()})()`, { eval: true });
    worker.unref();
    worker.on("error", () => {
    });
    return worker;
  } catch {
    return void 0;
  }
}
function prestartReadAhead() {
  if (CAN_READ_AHEAD && !waiting) waiting = newWorker();
}
function startReadAhead(paths, maxBytes) {
  if (!CAN_READ_AHEAD) return void 0;
  const control = new Int32Array(new SharedArrayBuffer(4 * (SLOTS + 1)));
  const heads = new Int32Array(new SharedArrayBuffer(4 * SLOTS * HEAD));
  const data = new Uint8Array(new SharedArrayBuffer(SLOTS * SLOT_BYTES));
  const job = {
    paths,
    maxBytes,
    flags: FLAGS,
    control,
    heads,
    data,
    slots: SLOTS,
    slotBytes: SLOT_BYTES,
    entries: ENTRIES
  };
  const worker = waiting ?? newWorker();
  waiting = void 0;
  if (!worker) return void 0;
  worker.postMessage(job);
  let slot = 0;
  let count = -1;
  let entry = 0;
  return {
    take(index) {
      for (; ; ) {
        if (count < 0) {
          if (Atomics.load(control, slot) !== 1) return void 0;
          count = heads[slot * HEAD];
          entry = 0;
        }
        while (entry < count && heads[slot * HEAD + 1 + entry * 3] < index) entry++;
        if (entry < count) {
          const at = slot * HEAD + 1 + entry * 3;
          if (heads[at] > index) return void 0;
          entry++;
          const offset = heads[at + 1];
          const length = heads[at + 2];
          if (offset < 0) return void 0;
          return Buffer.from(data.buffer, slot * SLOT_BYTES + offset, length);
        }
        Atomics.store(control, slot, 0);
        Atomics.notify(control, slot);
        slot = (slot + 1) % SLOTS;
        count = -1;
      }
    },
    stop() {
      Atomics.store(control, SLOTS, 1);
      for (let s = 0; s < SLOTS; s++) Atomics.notify(control, s);
    }
  };
}
function readAheadWorker() {
  const { parentPort } = process.getBuiltinModule("node:worker_threads");
  const fs = process.getBuiltinModule("node:fs");
  parentPort?.once("message", (job) => fill(job));
  function fill(job) {
    const { paths, maxBytes, flags, control, heads, data, slots, slotBytes, entries } = job;
    const head = 1 + 3 * entries;
    const stopped = () => Atomics.load(control, slots) === 1;
    const readOne = (path, at, room) => {
      if (path === null) return -1;
      let fd;
      try {
        fd = fs.openSync(path, flags);
      } catch {
        return -1;
      }
      try {
        const info = fs.fstatSync(fd);
        if (!info.isFile() || info.size > maxBytes || info.size > slotBytes) return -1;
        if (info.size > room) return -2;
        let filled = 0;
        while (filled < info.size) {
          const n = fs.readSync(fd, data, at + filled, info.size - filled, null);
          if (n === 0) break;
          filled += n;
        }
        return filled;
      } catch {
        return -1;
      } finally {
        fs.closeSync(fd);
      }
    };
    let slot = 0;
    let i = 0;
    let batch = 8;
    while (i < paths.length) {
      while (Atomics.load(control, slot) === 1) {
        if (stopped()) return;
        Atomics.wait(control, slot, 1, 100);
      }
      if (stopped()) return;
      const base = slot * slotBytes;
      let offset = 0;
      let n = 0;
      while (i < paths.length && n < batch) {
        const read = readOne(paths[i], base + offset, slotBytes - offset);
        if (read === -2) break;
        const at = slot * head + 1 + n * 3;
        heads[at] = i;
        heads[at + 1] = read >= 0 ? offset : -1;
        heads[at + 2] = Math.max(read, 0);
        if (read > 0) offset += read;
        n++;
        i++;
      }
      heads[slot * head] = n;
      Atomics.store(control, slot, 1);
      Atomics.notify(control, slot);
      slot = (slot + 1) % slots;
      batch = Math.min(entries, batch * 2);
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  prestartReadAhead,
  startReadAhead
});
