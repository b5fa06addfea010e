/**
 * Schemas for the lint stage: loaded from the repository (JSON or YAML, with local `$ref`s) or
 * built in, checked against their meta-schema, specialised per environment (`x-mlgate-env`) and
 * compiled once per run.
 */
import path from "node:path";
import { Ajv, type AnySchemaObject, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import type { Workspace } from "../io/workspace.js";
import { UnsupportedPatternError } from "../regex/linear-regex.js";
import type { Diagnostic } from "../report/types.js";
import { AJV_OPTIONS } from "../schema/create-ajv.js";
import { describeErrors } from "../schema/validate.js";
import type { JsonPath } from "../source/locate.js";
import { parseFile } from "../source/parse-file.js";
import { FILE_START, type SourceDocument } from "../source/source-document.js";
import { BUILTIN_SCHEMAS } from "./builtin-schemas.js";
import draft07Check from "./meta-draft07.generated.js";
import { applyEnvironment } from "./x-mlgate-env.js";

// ajv-formats is CommonJS whose module.exports is the plugin itself (and also its `default`), so the
// default import is callable under Node and under the bundler; TypeScript's NodeNext typing does not see it.
const addFormats = formatsPlugin as unknown as (ajv: Ajv) => Ajv;

/** Schema files over this size are refused. */
const MAX_SCHEMA_BYTES = 5 * 1024 * 1024;

/** Pseudo-scheme for schema files: `repo:///schemas/a.json` resolves relative `$ref`s inside the repository. */
const REPO = "repo:///";

type Draft = "07" | "2019" | "2020";

/** The meta-schema each ajv class ships, by draft. */
const META_SCHEMAS: Record<Draft, string> = {
  "07": "http://json-schema.org/draft-07/schema",
  "2019": "https://json-schema.org/draft/2019-09/schema",
  "2020": "https://json-schema.org/draft/2020-12/schema",
};

interface Loaded {
  uri: string;
  /** The file (repo-relative) or `builtin:NAME`, for messages. */
  name: string;
  schema: AnySchemaObject;
  draft: Draft;
  /** The parsed file, to point at a part of it (none for built-in schemas). */
  doc?: SourceDocument;
}

/** Where `pattern` is written in a schema: a `pattern` value or a `patternProperties` key. */
function findPattern(node: unknown, pattern: string, at: JsonPath = []): JsonPath | undefined {
  if (node === null || typeof node !== "object") return undefined;
  for (const [k, v] of Object.entries(node)) {
    if (k === "pattern" && v === pattern) return [...at, k];
    if (k === "patternProperties" && v && typeof v === "object" && Object.hasOwn(v, pattern))
      return [...at, k, pattern];
    const found = findPattern(v, pattern, [...at, Array.isArray(node) ? Number(k) : k]);
    if (found) return found;
  }
  return undefined;
}

function draftOf(schema: AnySchemaObject): Draft {
  const s = String(schema.$schema ?? "");
  if (s.includes("2020-12")) return "2020";
  if (s.includes("2019-09")) return "2019";
  return "07";
}

function newAjv(draft: Draft): Ajv {
  const options = { ...AJV_OPTIONS, validateSchema: false, logger: false as const };
  const ajv =
    draft === "2020" ? new Ajv2020(options) : draft === "2019" ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv);
  return ajv;
}

/** Every `$ref` string in a schema. */
function refsOf(schema: unknown): string[] {
  const out: string[] = [];
  const stack = [schema];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === "object") {
      for (const [k, v] of Object.entries(node)) {
        if ((k === "$ref" || k === "$dynamicRef") && typeof v === "string") out.push(v);
        else stack.push(v);
      }
    }
  }
  return out;
}

/** Loads, checks and compiles the schemas of one run. */
export class SchemaRegistry {
  private readonly loaded = new Map<string, Loaded | null>();
  /** By URI, and by URI + NUL + `base` for the variant without `x-mlgate-env`. */
  private readonly compiled = new Map<string, ValidateFunction | null>();
  private readonly uncompilable = new Set<string>();
  private readonly metaCheckers = new Map<Draft, Ajv>();
  /** Problems with schemas, each reported once. */
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly workspace: Workspace,
    private readonly environment: string,
    /** The file that named the schemas (mlgate.yml), for messages about bad references. */
    private readonly configFile: string,
  ) {}

  private problem(code: string, message: string, file: string, hint?: string): void {
    this.diagnostics.push({
      code,
      severity: "error",
      message,
      file,
      range: FILE_START,
      ...(hint ? { hint } : {}),
    });
  }

  private readonly refs = new Map<string, Promise<string | undefined>>();

  /**
   * Load `ref` (a repo path or builtin:NAME) and everything it references; the URI, or undefined
   * when it or anything it references cannot be used. Each ref is loaded, and reported, once.
   */
  load(ref: string): Promise<string | undefined> {
    let result = this.refs.get(ref);
    if (!result) {
      result = this.loadRef(ref);
      this.refs.set(ref, result);
    }
    return result;
  }

  private async loadRef(ref: string): Promise<string | undefined> {
    if (ref.startsWith("builtin:")) {
      const name = ref.slice("builtin:".length);
      const load = Object.hasOwn(BUILTIN_SCHEMAS, name) ? BUILTIN_SCHEMAS[name] : undefined;
      if (!load) {
        this.problem(
          "schema/unknown-builtin",
          `unknown built-in schema "${ref}"`,
          this.configFile,
          `Built-in schemas: ${Object.keys(BUILTIN_SCHEMAS)
            .map((n) => `builtin:${n}`)
            .join(", ")}.`,
        );
        return undefined;
      }
      const uri = ref;
      if (!this.loaded.has(uri)) {
        const schema = await load();
        this.loaded.set(uri, { uri, name: ref, schema: schema as AnySchemaObject, draft: draftOf(schema) });
      }
      return uri;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) {
      this.problem(
        "schema/remote-ref",
        `schema "${ref}" is remote; mlgate does not fetch schemas at lint time`,
        this.configFile,
        "Commit the schema to the repository and name its path.",
      );
      return undefined;
    }
    return (await this.loadFile(ref.replace(/^\.\//, ""), this.configFile))
      ? REPO + ref.replace(/^\.\//, "")
      : undefined;
  }

  private async loadFile(file: string, from: string): Promise<boolean> {
    const uri = REPO + file;
    if (this.loaded.has(uri)) return this.loaded.get(uri) !== null;
    this.loaded.set(uri, null);
    let text: string;
    try {
      text = await this.workspace.readText(file, MAX_SCHEMA_BYTES);
    } catch (err) {
      this.problem("schema/missing", `cannot read schema ${file}: ${(err as Error).message}`, from);
      return false;
    }
    const parsed = parseFile(text, file);
    const doc = parsed.documents[0];
    if (parsed.diagnostics.some((d) => d.severity === "error") || !doc) {
      this.diagnostics.push(
        ...parsed.diagnostics.map((d) => ({ ...d, code: `schema/${d.code.replace("/", "-")}` })),
      );
      return false;
    }
    if (doc.data === null || typeof doc.data !== "object" || Array.isArray(doc.data)) {
      this.problem(
        "schema/invalid-schema",
        `${file} is not a JSON Schema (expected a mapping at the top)`,
        file,
      );
      return false;
    }
    // The file's own $id would move relative references off the repository: resolve them against its path.
    const schema = { ...(doc.data as AnySchemaObject), $id: uri };
    const draft = draftOf(schema);
    // Draft-07's check is compiled ahead of time (scripts/gen-meta-validator.mjs); the others here.
    const metaValidate =
      draft === "07" ? draft07Check : this.metaChecker(draft).getSchema(META_SCHEMAS[draft]);
    if (metaValidate && !metaValidate(schema)) {
      for (const d of describeErrors(metaValidate.errors ?? [], doc, file)) {
        this.diagnostics.push({
          ...d,
          code: "schema/invalid-schema",
          message: `${file} is not a valid JSON Schema: ${d.message}`,
        });
      }
      return false;
    }
    this.loaded.set(uri, { uri, name: file, schema, draft, doc });
    let ok = true;
    for (const ref of refsOf(schema)) {
      const target = ref.split("#")[0]!;
      if (target === "") continue;
      const resolved = new URL(target, uri);
      if (resolved.protocol !== "repo:") {
        if (/^https?:\/\/json-schema\.org\//.test(resolved.href)) continue;
        this.problem(
          "schema/remote-ref",
          `${file} refers to ${resolved.href}; mlgate does not fetch schemas over the network`,
          file,
          "Commit the referenced schema to the repository and refer to it by a relative path.",
        );
        ok = false;
        continue;
      }
      // URL resolution stops `..` at the root; resolve the path ourselves to catch an escape.
      const target2 = path.posix.normalize(
        path.posix.join(path.posix.dirname(file), decodeURIComponent(target)),
      );
      if (target.startsWith("/") || target2.startsWith("../")) {
        this.problem("schema/outside-ref", `${file} refers to ${target}, outside the repository`, file);
        ok = false;
        continue;
      }
      ok = (await this.loadFile(target2, file)) && ok;
    }
    return ok;
  }

  private metaChecker(draft: Draft): Ajv {
    let ajv = this.metaCheckers.get(draft);
    if (!ajv) {
      ajv = newAjv(draft);
      this.metaCheckers.set(draft, ajv);
    }
    return ajv;
  }

  /**
   * The compiled validator for a loaded URI, specialised to this run's environment; with
   * `inEnvironment` false, for a file of another environment, every `x-mlgate-env` part is dropped.
   */
  validator(uri: string, inEnvironment = true): ValidateFunction | undefined {
    const key = inEnvironment ? uri : `${uri}\0base`;
    if (this.compiled.has(key)) return this.compiled.get(key) ?? undefined;
    const root = this.loaded.get(uri);
    if (!root) return undefined;
    const environment = inEnvironment ? this.environment : undefined;
    const ajv = newAjv(root.draft);
    for (const s of this.loaded.values()) {
      if (!s || s.uri === uri) continue;
      const { $schema: _, ...rest } = applyEnvironment(s.schema, environment);
      ajv.addSchema({ ...rest, $id: s.uri }, s.uri);
    }
    let fn: ValidateFunction | null = null;
    try {
      fn = ajv.compile({ ...applyEnvironment(root.schema, environment), $id: uri });
    } catch (err) {
      // Both variants of a schema usually fail alike: one report per schema.
      if (err instanceof UnsupportedPatternError) {
        if (!this.uncompilable.has(uri)) {
          this.uncompilable.add(uri);
          this.unsupportedPattern(err, root);
        }
      } else if (!this.uncompilable.has(uri)) {
        this.uncompilable.add(uri);
        this.problem(
          "schema/invalid-schema",
          `${root.name} cannot be compiled: ${(err as Error).message}`,
          root.name.startsWith("builtin:") ? this.configFile : root.name,
        );
      }
    }
    this.compiled.set(key, fn);
    return fn ?? undefined;
  }

  /**
   * A pattern RE2 cannot run, at its line in whichever loaded schema holds it (a `$ref` may have
   * brought it in): refused, never run on a backtracking engine.
   */
  private unsupportedPattern(err: UnsupportedPatternError, root: Loaded): void {
    const holders = [root, ...[...this.loaded.values()].filter((s): s is Loaded => !!s && s !== root)];
    for (const s of holders) {
      const at = s.doc && findPattern(s.schema, err.pattern);
      if (!s.doc || !at) continue;
      const { range } = s.doc.locate(at, at[at.length - 2] === "patternProperties");
      this.diagnostics.push({
        code: "schema/invalid-schema",
        severity: "error",
        message: `${s.name} cannot be compiled: its pattern ${err.message}`,
        file: s.name,
        path: at,
        range,
        hint: "mlgate matches schema patterns with RE2, in time linear in the value: write the pattern without backreferences or lookaround.",
      });
      return;
    }
    const file = root.name.startsWith("builtin:") ? this.configFile : root.name;
    this.problem(
      "schema/invalid-schema",
      `${root.name} cannot be compiled: its pattern ${err.message}`,
      file,
    );
  }

  /** A display name for a loaded URI. */
  nameOf(uri: string): string {
    return this.loaded.get(uri)?.name ?? uri;
  }
}
