/** Normalise the `lint:` block (list or mapping form) and its rules into one shape. */
import type { LintConfig, LintTarget, MlgateConfig, RuleLevel } from "../config/types.js";

/** Default cap on a linted file's size (`lint.max_file_size`). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Rule options after defaults. */
export interface ResolvedRules {
  "env-leak": { severity: RuleLevel; markers: Record<string, string[]> };
  secrets: { severity: RuleLevel };
  "yaml-truthy": { severity: RuleLevel };
  "duplicate-key": { severity: RuleLevel };
  "paths-exist": { severity: RuleLevel; keys: string[] };
}

/** Words that must not appear in a production config unless the config says otherwise. */
export const DEFAULT_MARKERS: Record<string, string[]> = {
  production: ["backtest", "staging", "sandbox", "localhost", "127.0.0.1"],
};

/** The lint block, normalised. */
export interface LintSettings {
  targets: LintTarget[];
  rules: ResolvedRules;
  maxFileBytes: number;
}

function level(value: unknown, fallback: RuleLevel): RuleLevel {
  if (typeof value === "string") return value as RuleLevel;
  const severity = (value as { severity?: RuleLevel } | undefined)?.severity;
  return severity ?? fallback;
}

const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** `10MB` -> bytes (the schema has checked the form). */
export function parseSize(text: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*(B|KB|MB|GB)$/.exec(text.trim());
  return m ? Math.round(Number(m[1]) * UNITS[m[2]!]!) : DEFAULT_MAX_FILE_BYTES;
}

/** Read `config.lint` in either form. */
export function lintSettings(config: MlgateConfig): LintSettings {
  const block: LintConfig = Array.isArray(config.lint) ? { targets: config.lint } : (config.lint ?? {});
  const r = block.rules ?? {};
  const leak = r["env-leak"];
  const paths = r["paths-exist"];
  const keys = typeof paths === "object" ? (paths.keys ?? []) : [];
  return {
    targets: block.targets ?? [],
    maxFileBytes: block.max_file_size ? parseSize(block.max_file_size) : DEFAULT_MAX_FILE_BYTES,
    rules: {
      "env-leak": {
        severity: level(leak, "error"),
        markers: (typeof leak === "object" ? leak.markers : undefined) ?? DEFAULT_MARKERS,
      },
      secrets: { severity: level(r.secrets, "error") },
      "yaml-truthy": { severity: level(r["yaml-truthy"], "warning") },
      "duplicate-key": { severity: level(r["duplicate-key"], "error") },
      // Off unless keys are configured: output paths may not exist before the pipeline runs.
      "paths-exist": { severity: keys.length ? level(paths, "error") : "off", keys },
    },
  };
}
