/** A case of the golden reports: a name and the repository it runs in. */
export interface GoldenCase {
  name: string;
  dir: string;
  /** Extra environment (a variant that must give the same report). */
  env?: Record<string, string>;
  /** How the test names it, when not by `name`. */
  label?: string;
}
/** Where the recorded reports live. */
export const GOLDEN_DIR: string;
/** Make every case's directory under `into`. */
export function makeCases(into: string): GoldenCase[];
/** The exit code and JSON report of one case through the bundled CLI. */
export function runCase(c: GoldenCase, cli?: string): string;
