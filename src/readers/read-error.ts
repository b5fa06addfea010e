/** A file that cannot be read (bad data, missing, outside the repository) is a finding, not a crash. */
import { WorkspaceError } from "../io/workspace.js";
import { CsvError } from "./csv-parser.js";

/** Whether `err` is a reading problem to report rather than a bug to rethrow. */
export function isReadError(err: unknown): err is CsvError | WorkspaceError {
  return err instanceof CsvError || err instanceof WorkspaceError;
}
