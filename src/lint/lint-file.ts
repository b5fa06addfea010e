/** Lint one file: decode, parse, validate against its schemas, run the rules, apply suppressions. */
import type { ValidateFunction } from "ajv";
import type { Diagnostic, Range, Severity } from "../report/types.js";
import { sortDiagnostics, validateDocument, withVia } from "../schema/validate.js";
import { formatOf, parseFile } from "../source/parse-file.js";
import { FILE_START, type ParsedFile } from "../source/source-document.js";
import { bytePosition, decodeUtf8, firstInvalidUtf8 } from "../source/utf8.js";
import { CannotLocate, parseYamlFast } from "./fast-path.js";
import type { LintSettings } from "./lint-settings.js";
import { RULES } from "./rules/index.js";
import type { Rule, RuleContext, RuleFinding, StringCheck } from "./rules/rule.js";
import { walkStrings } from "./rules/walk-strings.js";
import { findSuppressions, isSuppressed } from "./suppressions.js";

/** A schema a file must satisfy. */
export interface FileSchema {
  /** Shown in hints: `schemas/pipeline.schema.json`, `production overlay schemas/x.json`. */
  label: string;
  validate: ValidateFunction;
}

/** Everything needed to lint one file. */
export interface LintFileInput {
  file: string;
  bytes: Uint8Array;
  schemas: FileSchema[];
  settings: LintSettings;
  /** The run's environment. */
  environment: string;
  /** The file's own environment when its `{env}` names another one: env-leak skips the file. */
  otherEnvironment?: string;
  exists(relative: string): Promise<boolean>;
  /** Try the fast path first (default true); false forces the position-keeping parse. */
  fast?: boolean;
}

/** One strict decoder for every file (the byte-order mark is dropped, as editors do). */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** How many leading bytes are checked for NUL to tell binary files from text. */
const BINARY_SNIFF_BYTES = 8000;

function fileProblem(
  code: string,
  message: string,
  file: string,
  range: Range = FILE_START,
  hint?: string,
): Diagnostic {
  return { code, severity: "error", message, file, range, ...(hint ? { hint } : {}) };
}

/** Decode and check the bytes; a problem is a diagnostic and ends linting of the file. */
function decode(file: string, bytes: Uint8Array): { text?: string; problem?: Diagnostic } {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return {
      problem: fileProblem(
        "file/binary",
        "file is binary, not a text config",
        file,
        FILE_START,
        "Narrow the `files` glob so it matches only config files.",
      ),
    };
  }
  const text = decodeUtf8(bytes);
  if (text !== undefined) return { text };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    // Only a file that fails to decode pays for finding where.
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const at = bytePosition(bytes, bad);
    const range = { start: at, end: { line: at.line, column: at.column + 1 } };
    return {
      problem: fileProblem(
        "file/encoding",
        `invalid UTF-8 byte 0x${bytes[bad]!.toString(16).padStart(2, "0")}`,
        file,
        range,
        "Save the file as UTF-8.",
      ),
    };
  }
}

/**
 * Diagnostics now, or a promise of them when a rule had to wait (paths-exist asks the file system):
 * a lint run calls this for every file, and most files need no await at all (each one cost a
 * promise and a turn of the event loop, several a file).
 */
export type MaybeAsync<T> = T | Promise<T>;

/** Lint one file and return its diagnostics, sorted and without suppressed ones. */
export function lintFile(input: LintFileInput): MaybeAsync<Diagnostic[]> {
  const { file, bytes, settings } = input;
  if (bytes.length > settings.maxFileBytes) {
    return [
      fileProblem(
        "file/too-large",
        `file is ${bytes.length} bytes, over the ${settings.maxFileBytes}-byte limit`,
        file,
        FILE_START,
        "Raise lint.max_file_size or exclude the file.",
      ),
    ];
  }
  const { text, problem } = decode(file, bytes);
  if (problem || text === undefined) return problem ? [problem] : [];
  if (input.fast !== false && formatOf(file) === "yaml") {
    const fast = parseYamlFast(text, settings.rules["yaml-truthy"].severity !== "off", bytes);
    if (fast) {
      // Deep data can overflow the stack in validation or rules; the full parse refuses such files cleanly.
      const again = (err: unknown): MaybeAsync<Diagnostic[]> => {
        if (!(err instanceof CannotLocate) && !(err instanceof RangeError)) throw err;
        return lintParsed(parseFile(text, file), text, input);
      };
      try {
        const done = lintParsed(fast, text, input);
        return done instanceof Promise ? done.catch(again) : done;
      } catch (err) {
        return again(err);
      }
    }
  }
  return lintParsed(parseFile(text, file), text, input);
}

/** Schemas, rules and suppressions over a parsed file: the same whichever parser produced it. */
function lintParsed(parsed: ParsedFile, text: string, input: LintFileInput): MaybeAsync<Diagnostic[]> {
  const { file, settings } = input;
  const rules = settings.rules;
  const out: Diagnostic[] = [];
  for (const d of parsed.diagnostics) {
    if (d.code.endsWith("/duplicate-key")) {
      const level = rules["duplicate-key"].severity;
      if (level !== "off") out.push({ ...d, severity: level });
    } else {
      out.push(d);
    }
  }
  const many = parsed.documents.length > 1;
  parsed.documents.forEach((doc, i) => {
    for (const schema of input.schemas) {
      for (const d of validateDocument(schema.validate, doc, file)) {
        out.push({
          ...d,
          message: many ? `document ${i + 1}: ${d.message}` : d.message,
          hint: [d.hint, `Schema: ${schema.label}.`].filter(Boolean).join(" "),
        });
      }
    }
  });
  // Rules see no environment for a file of another one: env-leak's markers are the run's.
  const environment = input.otherEnvironment === undefined ? input.environment : undefined;
  // As many characters as bytes: an ASCII file (the text is the bytes decoded, without a BOM).
  const asciiValues = input.bytes.length === text.length && !text.includes("\\");
  const ctx = { file, environment, parsed, asciiValues, rules, exists: input.exists };
  const found = ruleFindings(ctx);
  return found instanceof Promise
    ? found.then((f) => withFindings(out, f, parsed, text, input))
    : withFindings(out, found, parsed, text, input);
}

/** The schema diagnostics `out` with the rules' findings added, suppressed ones left out, sorted. */
function withFindings(
  out: Diagnostic[],
  found: [Rule, RuleFinding][],
  parsed: ParsedFile,
  text: string,
  input: LintFileInput,
): Diagnostic[] {
  const { file, settings } = input;
  const rules = settings.rules;
  for (const [rule, f] of found) {
    const level = rules[rule.id].severity;
    const doc = parsed.documents[f.document ?? 0];
    const where = f.range
      ? { range: f.range }
      : doc && f.path
        ? doc.locate(f.path, f.preferKey ?? false)
        : { range: FILE_START };
    out.push({
      code: rule.id,
      severity: level as Severity,
      message: withVia(f.message, where),
      file,
      range: where.range,
      ...(f.path ? { path: f.path } : {}),
      ...(f.hint ? { hint: f.hint } : {}),
    });
  }
  // Most files have no finding: nothing to suppress, de-duplicate or sort.
  if (!out.length) return out;
  const suppressions = findSuppressions(text);
  const seen = new Set<string>();
  const kept = out.filter((d) => {
    const key = `${d.code}\0${d.message}\0${d.range?.start.line}:${d.range?.start.column}`;
    if (seen.has(key) || isSuppressed(suppressions, d)) return false;
    seen.add(key);
    return true;
  });
  return sortDiagnostics(kept);
}

/**
 * The findings of every rule that is on, with the rule: those of whole-file rules in rule order,
 * then those of string checks, which share one walk per document. A promise only when a rule's
 * findings are one.
 */
function ruleFindings(ctx: RuleContext): MaybeAsync<[Rule, RuleFinding][]> {
  const ran: [Rule, MaybeAsync<RuleFinding[]>][] = [];
  const stringChecks: [Rule, StringCheck][] = [];
  for (const rule of RULES) {
    if (ctx.rules[rule.id].severity === "off") continue;
    if (rule.run) ran.push([rule, rule.run(ctx)]);
    else {
      const check = rule.checkString(ctx);
      if (check) stringChecks.push([rule, check]);
    }
  }
  const strings = stringFindings(ctx, stringChecks);
  const merge = (lists: RuleFinding[][]): [Rule, RuleFinding][] => [
    ...ran.flatMap(([rule], i) => lists[i]!.map((f): [Rule, RuleFinding] => [rule, f])),
    ...strings,
  ];
  if (ran.some(([, r]) => r instanceof Promise)) return Promise.all(ran.map(([, r]) => r)).then(merge);
  return merge(ran.map(([, r]) => r as RuleFinding[]));
}

/** The string checks' findings over each document. */
function stringFindings(ctx: RuleContext, stringChecks: [Rule, StringCheck][]): [Rule, RuleFinding][] {
  const found: [Rule, RuleFinding][] = [];
  if (!stringChecks.length) return found;
  ctx.parsed.documents.forEach((doc, document) => {
    walkStrings(doc.data, (value, key, pathOf) => {
      // Indexed, not `for (const [rule, check] of ...)`: this runs for every string of every file.
      for (let i = 0; i < stringChecks.length; i++) {
        const f = stringChecks[i]![1](value, key, pathOf);
        if (f) found.push([stringChecks[i]![0], { ...f, document }]);
      }
    });
  });
  return found;
}
