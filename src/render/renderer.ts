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
  /** Markdown: the longest text allowed (65,536 for a comment); detail is dropped to fit. */
  maxLength?: number;
  /** Markdown: link findings to their file and line at this commit. */
  links?: { serverUrl: string; repository: string; sha: string };
  /**
   * Markdown and terminal: where the full report is, said when detail was dropped (the terminal
   * scorecard, given it, lists the first checks with problems and counts the rest).
   */
  fullReport?: string;
  /** Terminal: draw the report's charts as text plots (`--charts`). */
  charts?: boolean;
  /** Markdown: where the HTML report (every finding, every chart) is, said under the scorecard. */
  htmlReport?: string;
  /** Markdown: the web page of that report (its artifact), which `htmlReport`'s words link to. */
  htmlReportUrl?: string;
}

/** `(report, options) -> string`, no I/O. */
export type Renderer = (report: Report, options?: RenderOptions) => string;
