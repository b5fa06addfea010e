/** The `mlgate.yml` v1 contract as TypeScript types; schemas/mlgate.schema.json is the source of truth. */
import type { Severity } from "../report/types.js";

/** A rule's level: a severity, or off. */
export type RuleLevel = Severity | "off";

/** One environment of `environments:`. */
export interface EnvironmentConfig {
  branches?: string[];
  default?: boolean;
  deploy?: boolean;
  description?: string;
}

/** A `lint` target: files and the schemas they must satisfy. */
export interface LintTarget {
  files: string | string[];
  exclude?: string | string[];
  schema?: string;
  environments?: Record<string, { schema: string }>;
}

/** `lint.rules`. */
export interface LintRules {
  "env-leak"?: RuleLevel | { severity?: RuleLevel; markers?: Record<string, string[]> };
  secrets?: RuleLevel | { severity?: RuleLevel };
  "yaml-truthy"?: RuleLevel | { severity?: RuleLevel };
  "duplicate-key"?: RuleLevel | { severity?: RuleLevel };
  "paths-exist"?: RuleLevel | { severity?: RuleLevel; keys?: string[] };
}

/** `lint` in its mapping form. */
export interface LintConfig {
  targets?: LintTarget[];
  rules?: LintRules;
  max_file_size?: string;
}

/** `min`/`max` bounds with a severity. */
export interface Bounds {
  min?: number;
  max?: number;
  severity?: Severity;
}

/** One dataset of `data:`; column and drift options are typed by the data stage. */
export interface DatasetConfig {
  name: string;
  path: string | string[];
  severity?: Severity;
  [key: string]: unknown;
}

/** `model:`; predictions are typed by the model stage. */
export interface ModelConfig {
  metrics?: string | string[];
  thresholds?: Record<string, Bounds>;
  predictions?: Record<string, unknown>;
  artifact?: { path: string; max_size_mb?: number; severity?: Severity };
  severity?: Severity;
}

/** One suite of `tests:`. */
export interface TestSuiteConfig {
  name: string;
  run: string;
  junit?: string;
  category?: "data" | "model" | "infrastructure" | "monitoring";
  timeout?: string | number;
  env?: Record<string, string>;
  /** Variables of the runner's environment the suite gets although they are removed by default. */
  pass_env?: string[];
  severity?: Severity;
}

/** `compare:`. */
export interface CompareConfig {
  metrics?: string | string[];
  params?: string | string[];
  baseline?: { from?: string; branch?: string };
  rules?: Record<string, Record<string, unknown>>;
  significance?: Record<string, unknown>;
  on_missing_baseline?: "pass" | "warn" | "fail";
  trend?: number;
}

/** When the gate fails. */
export type FailOn = "error" | "warning" | "never";

/** `gates:`. */
export interface GatesConfig {
  fail_on?: FailOn;
  min_ml_test_score?: number;
  environments?: Record<string, { fail_on?: FailOn; min_ml_test_score?: number }>;
}

/** `scorecard:`. */
export interface ScorecardConfig {
  comment?: "always" | "on-change" | "on-failure" | "never";
  ml_test_score?: { manual?: Record<string, string> };
  /** Which charts to draw; `false` turns them all off. */
  charts?: boolean | ChartsConfig;
}

/** `scorecard.charts:` one switch per chart kind, all on by default. */
export interface ChartsConfig {
  roc?: boolean;
  pr?: boolean;
  calibration?: boolean;
  slices?: boolean;
  drift?: boolean;
  /** How many drift columns get a chart, those that moved most first (default 3). */
  drift_columns?: number;
  trend?: boolean;
}

/** A validated `mlgate.yml`. */
export interface MlgateConfig {
  version: 1;
  environments?: Record<string, EnvironmentConfig>;
  lint?: LintTarget[] | LintConfig;
  data?: DatasetConfig[];
  model?: ModelConfig;
  tests?: TestSuiteConfig[];
  compare?: CompareConfig;
  gates?: GatesConfig;
  scorecard?: ScorecardConfig;
}
