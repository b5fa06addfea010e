/** A unit of lint work that can run in this thread or in a worker: files, their schemas, the settings. */
import type { MlgateConfig } from "../config/types.js";
import { startReadAhead } from "../io/read-ahead.js";
import { type Workspace, WorkspaceError } from "../io/workspace.js";
import type { Diagnostic } from "../report/types.js";
import { FILE_START } from "../source/source-document.js";
import { type FileSchema, lintFile } from "./lint-file.js";
import { lintSettings } from "./lint-settings.js";
import { SchemaRegistry } from "./schema-registry.js";

/** A schema reference as written in mlgate.yml, with the label hints show. */
export interface SchemaRef {
  ref: string;
  label: string;
}

/** Everything a thread needs to lint its share of the files (plain data: it crosses to workers). */
export interface LintJob {
  root: string;
  config: MlgateConfig;
  environment: string;
  configFile: string;
  fast: boolean;
  /** The files came from the targets' globs (not from the command line). */
  globbed: boolean;
  files: JobFile[];
}

/** A file to lint and the schemas it must satisfy. */
export interface JobFile {
  file: string;
  schemas: SchemaRef[];
  /**
   * Set when the file's `{env}` puts it in another environment than the run's: it is checked
   * against its base schemas without `x-mlgate-env` parts, and env-leak skips it.
   */
  environment?: string;
}

/** Each file with its diagnostics, in job order. */
export type LintResults = [string, Diagnostic[]][];

/** Lint the job's files. `registry` is reused when the caller has one with the schemas loaded. */
export async function runLintJob(
  job: LintJob,
  workspace: Workspace,
  registry?: SchemaRegistry,
): Promise<LintResults> {
  const settings = lintSettings(job.config);
  const reg = registry ?? new SchemaRegistry(workspace, job.environment, job.configFile);
  const compiled = new Map<string, FileSchema | undefined>();
  const load = async ({ ref, label }: SchemaRef, inEnvironment: boolean, key: string) => {
    const uri = await reg.load(ref);
    const validate = uri ? reg.validator(uri, inEnvironment) : undefined;
    compiled.set(key, validate ? { label, validate } : undefined);
  };
  const exists = (rel: string) => workspace.exists(rel);
  const results: LintResults = [];
  // A long run of globbed files is read ahead by a worker (explicit paths take the checks of links).
  const ahead =
    job.globbed && job.files.length >= READ_AHEAD_FILES
      ? startReadAhead(
          job.files.map(({ file }) => insideOrNull(workspace, file)),
          settings.maxFileBytes,
        )
      : undefined;
  try {
    for (const [index, { file, schemas: refs, environment }] of job.files.entries()) {
      const schemas: FileSchema[] = [];
      for (const r of refs) {
        // Loaded once per schema; after that no await (a lint run does this for every file).
        const key = environment === undefined ? r.ref : `${r.ref}\0base`;
        if (!compiled.has(key)) await load(r, environment === undefined, key);
        const s = compiled.get(key);
        // The label differs only for a file of another environment: most files share one object.
        if (s) schemas.push(s.label === r.label ? s : { ...s, label: r.label });
      }
      try {
        // Read-ahead bytes are valid until the next take(): lintFile decodes them first.
        const bytes =
          ahead?.take(index) ??
          (await workspace.readBytes(file, settings.maxFileBytes, { globbed: job.globbed }));
        const diagnostics = lintFile({
          file,
          bytes,
          schemas,
          settings,
          environment: job.environment,
          ...(environment === undefined ? {} : { otherEnvironment: environment }),
          exists,
          fast: job.fast,
        });
        results.push([file, diagnostics instanceof Promise ? await diagnostics : diagnostics]);
      } catch (err) {
        if (!(err instanceof WorkspaceError)) throw err;
        const code = err.tooLarge ? "file/too-large" : "file/unreadable";
        const hint = err.tooLarge ? "Raise lint.max_file_size or exclude the file." : "Check the path.";
        results.push([
          file,
          [{ code, severity: "error", message: err.message, file, range: FILE_START, hint }],
        ]);
      }
    }
  } finally {
    ahead?.stop();
  }
  return results;
}

/** Below this many files the read-ahead worker's start costs more than it saves. */
const READ_AHEAD_FILES = 200;

/** The file's absolute path, or null when it is outside the repository (the read reports it). */
function insideOrNull(workspace: Workspace, file: string): string | null {
  try {
    return workspace.resolve(file);
  } catch {
    return null;
  }
}
