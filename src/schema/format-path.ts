/** Render a JSON path the way users read it: `model.thresholds["latency_ms.p95"].min`, `data[0].name`. */
import type { JsonPath } from "../source/locate.js";

const PLAIN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `a.b[0]["c.d"]`; the empty path is `(root)`. */
export function formatPath(path: JsonPath): string {
  let out = "";
  for (const s of path) {
    if (typeof s === "number") out += `[${s}]`;
    else if (PLAIN.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || "(root)";
}

/** Decode an ajv instancePath (`/a/b~1c/0`) into segments; `~1` is `/` and `~0` is `~` (RFC 6901). */
export function parsePointer(pointer: string, data: unknown): JsonPath {
  if (pointer === "") return [];
  const out: JsonPath = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split("/")) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    // Array indexes stay numbers so that locate() walks sequences.
    const isIndex = Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(seg);
    const key = isIndex ? Number(seg) : seg;
    out.push(key);
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[seg] : undefined;
  }
  return out;
}
