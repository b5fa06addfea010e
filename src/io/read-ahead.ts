/**
 * Read-ahead for a long run of small files (a lint run over thousands of configs): a worker thread
 * opens and reads the files that come next while this thread parses and checks the ones before.
 * Measured on bench/lint's corpus (10,000 files of 2 KB): opening, sizing and reading them is about
 * 200 ms of a one-thread run, which the worker takes off this thread.
 *
 * The worker reads only the plain case: a regular file, not a link (O_NOFOLLOW), within the size
 * limit. Anything else (a link, a folder, a file too large, any error) it leaves to this thread,
 * whose own read gives the same finding as without read-ahead. Nor does this thread ever wait for
 * the worker: a file the worker has not reached yet is read here, and the worker's copy skipped.
 * So a slow or failed worker costs time, never a result, and cannot hang the run.
 *
 * The files travel through shared memory: SLOTS slots of SLOT_BYTES, filled by the worker in file
 * order and handed back by this thread once it has moved past them (one atomic flag per slot).
 */
import { constants } from "node:fs";
import { Worker } from "node:worker_threads";

const SLOTS = 4;
const SLOT_BYTES = 1 << 20;
/** Files per slot at most (each one is three numbers in the slot's head). */
const ENTRIES = 1024;
const HEAD = 1 + 3 * ENTRIES;

/** Open flags of the worker's reads: no link as the last part of the path, never wait on a pipe. */
const FLAGS =
  constants.O_NOFOLLOW === undefined || constants.O_NONBLOCK === undefined
    ? undefined
    : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** The files read ahead, taken in order. */
export interface ReadAhead {
  /**
   * The bytes of file `index` (indices asked in increasing order), or undefined when the caller
   * must read it itself: the worker left it (not a plain file, or an error) or is not there yet.
   * The bytes are a view of shared memory, valid until the next call: decode or copy them first.
   */
  take(index: number): Uint8Array | undefined;
  /** Stop the worker (call when done, errors included). */
  stop(): void;
}

/** What the worker is given: the paths (null: the caller reads it) and the shared memory. */
interface ReadAheadData {
  paths: (string | null)[];
  maxBytes: number;
  flags: number;
  control: Int32Array;
  heads: Int32Array;
  data: Uint8Array;
  slots: number;
  slotBytes: number;
  entries: number;
}

/** Whether this platform and Node can read ahead (getBuiltinModule: Node 20.16 and later). */
const CAN_READ_AHEAD = FLAGS !== undefined && typeof process.getBuiltinModule === "function";

/** A worker started ahead of the run that will read (prestartReadAhead), waiting for its files. */
let waiting: Worker | undefined;

/** A new read-ahead worker, waiting for its job; undefined if it cannot start. */
function newWorker(): Worker | undefined {
  try {
    // The worker's code is the function below, passed as its source: it needs only Node's fs, so
    // it starts without loading a bundle, from dist/ or from the sources.
    const worker = new Worker(`(${readAheadWorker.toString()})()`, { eval: true });
    // Until a run takes it, and after, it must not keep the process alive.
    worker.unref();
    // A worker that fails only stops filling slots: the caller reads the rest itself.
    worker.on("error", () => {});
    return worker;
  } catch {
    return undefined;
  }
}

/**
 * Start a read-ahead worker now, for a run that will read many files soon (`mlgate lint`): a
 * worker takes tens of milliseconds to start, which then overlap the main thread's own start
 * instead of its first files (measured on bench/lint's corpus: started with the run, the worker
 * delivered nothing for the first 200-250 files).
 */
export function prestartReadAhead(): void {
  if (CAN_READ_AHEAD && !waiting) waiting = newWorker();
}

/**
 * Start reading `paths` (absolute; null for a path the caller must read itself) ahead of the
 * caller. Undefined where the platform lacks O_NOFOLLOW or a worker cannot start.
 */
export function startReadAhead(paths: (string | null)[], maxBytes: number): ReadAhead | undefined {
  if (!CAN_READ_AHEAD) return undefined;
  // control: one state per slot (0 empty, 1 filled), then the stop flag.
  const control = new Int32Array(new SharedArrayBuffer(4 * (SLOTS + 1)));
  const heads = new Int32Array(new SharedArrayBuffer(4 * SLOTS * HEAD));
  const data = new Uint8Array(new SharedArrayBuffer(SLOTS * SLOT_BYTES));
  const job: ReadAheadData = {
    paths,
    maxBytes,
    flags: FLAGS as number,
    control,
    heads,
    data,
    slots: SLOTS,
    slotBytes: SLOT_BYTES,
    entries: ENTRIES,
  };
  const worker = waiting ?? newWorker();
  waiting = undefined;
  if (!worker) return undefined;
  // The shared buffers are shared, not copied; the paths are copied once.
  worker.postMessage(job);
  let slot = 0;
  let count = -1; // entries of the current slot; -1 until it is filled
  let entry = 0;
  return {
    take(index) {
      for (;;) {
        if (count < 0) {
          if (Atomics.load(control, slot) !== 1) return undefined;
          count = heads[slot * HEAD]!;
          entry = 0;
        }
        while (entry < count && heads[slot * HEAD + 1 + entry * 3]! < index) entry++;
        if (entry < count) {
          const at = slot * HEAD + 1 + entry * 3;
          if (heads[at]! > index) return undefined;
          entry++;
          const offset = heads[at + 1]!;
          const length = heads[at + 2]!;
          if (offset < 0) return undefined;
          // A view, not a copy (copying out of shared memory cost 4 µs a file): the slot stays
          // this thread's until a later take() moves past it.
          return Buffer.from(data.buffer, slot * SLOT_BYTES + offset, length);
        }
        // Past this slot: hand it back to the worker and look at the next one.
        Atomics.store(control, slot, 0);
        Atomics.notify(control, slot);
        slot = (slot + 1) % SLOTS;
        count = -1;
      }
    },
    stop() {
      Atomics.store(control, SLOTS, 1);
      for (let s = 0; s < SLOTS; s++) Atomics.notify(control, s);
    },
  };
}

/**
 * The worker: fill slots in turn with the next files (each: its index, offset in the slot and
 * length, or offset -1 for a file left to the caller), waiting while the next slot is still full.
 * The job comes as the worker's first message (it may start before the job exists). Self-contained
 * (its source is the worker's code): it reaches Node's modules through process.getBuiltinModule,
 * which a bundler leaves as it is (it rewrites `require`).
 */
function readAheadWorker(): void {
  const { parentPort } = process.getBuiltinModule("node:worker_threads");
  const fs = process.getBuiltinModule("node:fs");
  parentPort?.once("message", (job: ReadAheadData) => fill(job));
  function fill(job: ReadAheadData): void {
    const { paths, maxBytes, flags, control, heads, data, slots, slotBytes, entries } = job;
    const head = 1 + 3 * entries;
    const stopped = () => Atomics.load(control, slots) === 1;
    /** Bytes read into `data` at `at`; -1: left to the caller; -2: does not fit in `room`. */
    const readOne = (path: string | null, at: number, room: number): number => {
      if (path === null) return -1;
      let fd: number;
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
    // Files per slot, doubling from a few: the caller gets its first files as soon as they are read,
    // not once a whole slot is (it reads them itself meanwhile).
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
        const read = readOne(paths[i]!, base + offset, slotBytes - offset);
        if (read === -2) break; // the next slot takes it (an empty slot always has room)
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
