/** The renderer contract: a pure function from a report to text. */
import type { Report } from "../report/types.js";

/** Options every renderer accepts; each uses what applies to it. */
export interface RenderOptions {
  /** ANSI colours (terminal only); the shell decides from TTY and NO_COLOR. */
  color?: boolean;
  /**
   * Where the checked repository sits inside the GitHub workspace (`examples/app`), so that file
   * paths in annotations and SARIF resolve from the workspace root. Empty or absent: the root.
   */
  pathPrefix?: string;
}

/** `(report, options) -> string`, no I/O. */
export type Renderer = (report: Report, options?: RenderOptions) => string;
