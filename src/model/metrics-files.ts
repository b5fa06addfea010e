/**
 * Metrics files (JSON or YAML, as DVC and most training scripts write them) flattened to one map of
 * dotted names (`latency_ms.p95`, `classes.0.recall`). Python's `json.dump` writes NaN and Infinity
 * as bare words, which JSON does not allow: they are read as what they are, so a NaN metric is a
 * finding about that metric rather than a parse error about the file.
 */
import { filesFor } from "../io/files-for.js";
import type { Workspace } from "../io/workspace.js";
import { WorkspaceError } from "../io/workspace.js";
import type { Diagnostic, Range } from "../report/types.js";
import type { JsonPath } from "../source/locate.js";
import { parseFile } from "../source/parse-file.js";
import { FILE_START } from "../source/source-document.js";

/** Metrics files are small; anything larger is not a metrics file. */
const MAX_METRICS_BYTES = 8 * 1024 * 1024;

/** One metric read from a file. */
export interface Metric {
  /** The name thresholds use: dotted path, prefixed with `file:` when two files share the name. */
  name: string;
  /** A number, or null when the value is not one (see `problem`). */
  value: number | null;
  /** Why the value is not a usable number (NaN, Infinity, a string). */
  problem?: string;
  file: string;
  range: Range;
}

/** Bare non-JSON words and the same-length string each is read as. */
const BARE: [RegExp, string, string][] = [
  [/-Infinity/y, '"-~~~~~~"', "-Infinity"],
  [/Infinity/y, '"~~~~~~"', "Infinity"],
  [/NaN/y, '"~"', "NaN"],
];

/** Replace bare NaN/Infinity outside strings by same-length marker strings (positions stay put). */
function protectBareWords(text: string): { text: string; markers: Map<string, string> } {
  const markers = new Map<string, string>();
  let out = "";
  let i = 0;
  let last = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    let matched = false;
    for (const [re, marker, word] of BARE) {
      re.lastIndex = i;
      if (
        re.test(text) &&
        !/[A-Za-z0-9_]/.test(text[i - 1] ?? "") &&
        !/[A-Za-z0-9_]/.test(text[i + word.length] ?? "")
      ) {
        out += text.slice(last, i) + marker;
        markers.set(JSON.parse(marker) as string, word);
        i += word.length;
        last = i;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return { text: out + text.slice(last), markers };
}

/** Walk a parsed value, calling `leaf` on every scalar with its path. */
function walk(value: unknown, path: JsonPath, leaf: (path: JsonPath, value: unknown) => void): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], [...path, i], leaf);
  } else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], leaf);
  else leaf(path, value);
}

/** Read and flatten the metrics files; problems reading a file come back as diagnostics. */
export async function readMetricsFiles(
  workspace: Workspace,
  patterns: string[],
): Promise<{ metrics: Metric[]; diagnostics: Diagnostic[]; files: string[] }> {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const perFile: Metric[][] = [];
  for (const pattern of patterns) {
    const matched = await filesFor(workspace, pattern);
    if (!matched.length) {
      diagnostics.push(fileProblem(pattern, `no metrics file matches ${pattern}`));
      continue;
    }
    for (const file of matched) {
      if (files.includes(file)) continue;
      let text: string;
      try {
        text = await workspace.readText(file, MAX_METRICS_BYTES);
      } catch (err) {
        if (!(err instanceof WorkspaceError)) throw err;
        diagnostics.push(fileProblem(file, err.message));
        continue;
      }
      files.push(file);
      perFile.push(flattenText(text, file, diagnostics));
    }
  }
  // A name in two files is ambiguous: both get their file as a prefix.
  const seen = new Map<string, number>();
  for (const list of perFile) for (const m of list) seen.set(m.name, (seen.get(m.name) ?? 0) + 1);
  const metrics = perFile
    .flat()
    .map((m) => ((seen.get(m.name) ?? 0) > 1 ? { ...m, name: `${m.file}:${m.name}` } : m));
  return { metrics, diagnostics, files };
}

function fileProblem(file: string, message: string): Diagnostic {
  return { code: "model/metrics-file", severity: "error", message, file, range: FILE_START };
}

/** Flatten one file's text. */
export function flattenText(text: string, file: string, diagnostics: Diagnostic[]): Metric[] {
  const isJson = /\.json$/i.test(file);
  const protectedText = isJson ? protectBareWords(text) : { text, markers: new Map<string, string>() };
  const parsed = parseFile(protectedText.text, file);
  for (const d of parsed.diagnostics) diagnostics.push({ ...d, code: "model/metrics-file" });
  if (parsed.diagnostics.length) return [];
  const metrics: Metric[] = [];
  for (const doc of parsed.documents) {
    if (doc.data === null || typeof doc.data !== "object") {
      diagnostics.push(fileProblem(file, `${file} holds no mapping of metric names to values`));
      continue;
    }
    walk(doc.data, [], (path, raw) => {
      const name = path.join(".");
      const range = doc.locate(path, false).range;
      let value: number | null = null;
      let problem: string | undefined;
      const bare = typeof raw === "string" ? protectedText.markers.get(raw) : undefined;
      if (bare) problem = `is ${bare}`;
      else if (typeof raw === "number") {
        if (Number.isFinite(raw)) value = raw;
        else problem = `is ${raw}`;
      } else if (typeof raw === "boolean") value = raw ? 1 : 0;
      else problem = `is ${raw === null ? "null" : JSON.stringify(raw)}, not a number`;
      metrics.push({ name, value, problem, file, range });
    });
  }
  return metrics;
}
