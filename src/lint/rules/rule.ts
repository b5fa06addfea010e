/** The contract of a built-in lint rule: given a parsed file, return findings as paths or ranges. */
import type { Range } from "../../report/types.js";
import type { JsonPath } from "../../source/locate.js";
import type { ParsedFile } from "../../source/source-document.js";
import type { ResolvedRules } from "../lint-settings.js";

/** What a rule sees. */
export interface RuleContext {
  file: string;
  /** The run's environment; undefined for a file that `{env}` puts in another environment. */
  environment: string | undefined;
  parsed: ParsedFile;
  /** Every string value is ASCII: the file is, and has no escape (`\`) that could make another character. */
  asciiValues?: boolean;
  rules: ResolvedRules;
  /** Whether a repo-relative path exists (false for anything outside the repository). */
  exists(relative: string): Promise<boolean>;
}

/** One finding; the runner turns `path` into a range (or uses `range` when the rule knows it). */
export interface RuleFinding {
  message: string;
  /** Index of the document in `parsed.documents` that `path` refers to. */
  document?: number;
  path?: JsonPath;
  range?: Range;
  preferKey?: boolean;
  hint?: string;
}

/**
 * A check of one string value (`key` is the nearest property name above it; `pathOf()` copies its
 * path, to call only for a finding).
 */
export type StringCheck = (value: string, key: string, pathOf: () => JsonPath) => RuleFinding | undefined;

/**
 * A built-in rule: `run` sees the whole parsed file; `checkString` (for rules that look at each
 * string value) returns the check for this file, or undefined when nothing applies. The runner walks
 * each document once for all string checks: two walks cost a tenth of a lint run (bench/lint).
 */
export type Rule = {
  /** The key under `lint.rules` and the diagnostic code. */
  id: keyof ResolvedRules;
  description: string;
} & (
  | { run(ctx: RuleContext): RuleFinding[] | Promise<RuleFinding[]>; checkString?: never }
  | { checkString(ctx: RuleContext): StringCheck | undefined; run?: never }
);
