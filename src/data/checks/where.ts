/**
 * `where:`: column checks applied to the rows a condition selects (condition.ts), e.g. "when
 * status is shipped, shipped_at is never missing". Each block's columns take every column check's
 * options; their kernels are fed the selected rows' cells, so each check judges the subset with
 * its own verdict (percentages are of the selected rows). `unique` is not offered under `where:`
 * (its exact second pass reads whole files).
 */
import type { ConfigFinding } from "../../config/parse-config.js";
import type { MakeSpillDir } from "../../readers/hash-set.js";
import type { CheckResult, Severity } from "../../report/types.js";

import { ColumnKernel, type KernelState } from "../column-kernel.js";
import type { ColumnCheck, ColumnConfig } from "./column-check.js";
import { SCHEMA_RUBRIC } from "./column-check.js";
import {
  type Condition,
  compileCondition,
  conditionColumns,
  describeCondition,
  parseCondition,
  type RowTest,
} from "./condition.js";
import { type DatasetCheck, type DatasetConfig, failed, type RowSink } from "./dataset-check.js";

/** A path into mlgate.yml. */
type JsonPath = ConfigFinding["path"];

/** One block of `where:`. */
export interface WhereBlock {
  name?: string;
  condition: unknown;
  columns: Record<string, ColumnConfig>;
  severity?: Severity;
}

type WhereState = { matched: number; kernels: KernelState[] };

/** The name in check ids: its own, else its position (1-based). */
export const blockName = (b: WhereBlock, i: number) => b.name ?? String(i + 1);

/** Whether a column check may run under `where:`. */
const offered = (check: ColumnCheck) => check.id !== "unique";

/** One block: the condition's test, and a kernel per column fed the rows it selects. */
export class WhereSink implements RowSink<WhereState> {
  at: number[] = [];
  readonly cols: string[];
  readonly condition: Condition | undefined;
  readonly kernels = new Map<string, ColumnKernel>();
  /** Columns whose options cannot be used, with why. */
  readonly unusable = new Map<string, string>();
  /** Rows the condition selected. */
  matched = 0;
  private readonly test: RowTest | undefined;
  private readonly targets: { name: string; cell: number; kernel: ColumnKernel }[] = [];
  constructor(
    readonly block: WhereBlock,
    readonly index: number,
    registry: readonly ColumnCheck[],
    spillDir?: MakeSpillDir,
  ) {
    this.condition = parseCondition(block.condition, []).condition;
    const when = this.condition ? conditionColumns(this.condition) : [];
    this.cols = [...when];
    for (const [name, config] of Object.entries(block.columns ?? {})) {
      try {
        const kernel = new ColumnKernel(config, registry.filter(offered), spillDir);
        this.kernels.set(name, kernel);
        let cell = this.cols.indexOf(name);
        if (cell === -1) cell = this.cols.push(name) - 1;
        this.targets.push({ name, cell, kernel });
      } catch (err) {
        this.unusable.set(name, (err as Error).message);
      }
    }
    this.test = this.condition && compileCondition(this.condition, when);
  }
  row(cells: string[], row: number, line: number, file: string): void {
    if (!this.test?.(cells)) return;
    this.matched++;
    for (const t of this.targets) t.kernel.add(cells[t.cell]!, row, line, file);
  }
  exportState(): WhereState {
    return { matched: this.matched, kernels: [...this.kernels.values()].map((k) => k.exportState()) };
  }
  mergeState(s: WhereState, rowOffset: number, lineOffset: number): void {
    this.matched += s.matched;
    [...this.kernels.values()].forEach((k, i) => {
      k.mergeState(s.kernels[i]!, rowOffset, lineOffset);
    });
  }
}

/** What a block's results start with: `where status == "shipped" (3 rows): `. */
export const whereSays = (when: string, rows: number) =>
  `where ${when} (${rows} row${rows === 1 ? "" : "s"}): `;

/** Every verdict of one block, from its kernels (the file path and the SQL path alike). */
export function whereVerdicts(
  base: string,
  ds: DatasetConfig,
  dsSeverity: Severity,
  sink: WhereSink,
  commitTime?: number,
): CheckResult[] {
  const { block, index } = sink;
  const prefix = `${base}/where/${blockName(block, index)}`;
  const sev = block.severity ?? dsSeverity;
  const when = sink.condition ? describeCondition(sink.condition) : "";
  const missing = sink.cols.filter((_, i) => sink.at[i] === -1);
  if (missing.length)
    return [
      failed(
        `${prefix}/present`,
        `${ds.name}: where ${when}: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not a column`,
        sev,
        SCHEMA_RUBRIC,
      ),
    ];
  const results: CheckResult[] = [];
  for (const [name, why] of sink.unusable)
    results.push({
      ...failed(
        `${prefix}/${name}/options`,
        `${ds.name}: where ${when}: ${name}: ${why}`,
        sev,
        SCHEMA_RUBRIC,
      ),
      status: "error",
    });
  for (const [name, kernel] of sink.kernels) {
    kernel.finish();
    kernel.checks.forEach((check, i) => {
      const r = check.verdict({
        id: `${prefix}/${name}`,
        column: name,
        config: kernel.config,
        severity: kernel.config.severity ?? sev,
        profile: kernel,
        sink: kernel.sinks[i]!,
        ...(commitTime !== undefined ? { commitTime } : {}),
      });
      results.push({ ...r, message: `${whereSays(when, sink.matched)}${r.message}` });
    });
  }
  return results;
}

/** The config findings of `where:`: conditions that do not parse, options a column check refuses. */
function whereErrors(ds: DatasetConfig, registry: readonly ColumnCheck[]): ConfigFinding[] {
  const blocks = (ds.where ?? []) as WhereBlock[];
  return blocks.flatMap((b, i) => {
    const at: JsonPath = ["where", i];
    const columns = Object.entries(b.columns ?? {});
    return [
      ...parseCondition(b.condition, [...at, "condition"]).errors,
      ...columns.flatMap(([name, config]) => [
        ...(config.unique === true
          ? [
              {
                severity: "error" as const,
                code: "config/where-unique",
                message: "`unique` is not available under `where:` (its exact check reads whole files)",
                path: [...at, "columns", name, "unique"],
                hint: "Use a compound key (`unique: [[a, b]]`) on the dataset instead.",
              },
            ]
          : []),
        ...registry.flatMap((check) =>
          (check.configErrors?.(config) ?? []).map((e) => ({
            ...e,
            path: [...at, "columns", name, ...e.path],
          })),
        ),
      ]),
    ];
  });
}

/** The where check, given the column checks it applies (index.ts passes COLUMN_CHECKS). */
export function whereCheck(registry: () => readonly ColumnCheck[]): DatasetCheck {
  return {
    id: "where",
    description:
      "Column checks on the rows a condition selects (equals, in, missing, op/value, and/or/not; parsed, never evaluated as code).",
    options: {
      where: {
        type: "array",
        description:
          "Conditional checks: each entry applies column checks to the rows its `condition` selects (docs/checks-relationships.md).",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["condition", "columns"],
          properties: {
            name: {
              type: "string",
              minLength: 1,
              pattern: "^[^/]+$",
              errorMessage: "must be a name without `/`",
              description:
                "Name in check ids (`data/<dataset>/where/<name>/<column>/<check>`); default: its position, 1, 2, …",
            },
            condition: {
              type: "object",
              description:
                'Which rows: `{ column, equals }`, `{ column, in: [...] }`, `{ column, missing: true }`, `{ column, op: ">=", value }`, `{ and: [...] }`, `{ or: [...] }`, `{ not: {...} }`.',
            },
            columns: {
              type: "object",
              description:
                "Expectations per column on the selected rows: the options of `columns:` (but `unique`).",
              additionalProperties: {
                $ref: "#/definitions/column",
                type: "object",
                description: "One column's options on the selected rows, as under `data.columns.<name>`.",
              },
            },
            severity: {
              type: "string",
              enum: ["error", "warning"],
              description: "Severity of this block's checks (default: the dataset's).",
            },
          },
        },
      },
    },
    rubric: SCHEMA_RUBRIC,
    configured: (ds) => Array.isArray(ds.where) && ds.where.length > 0,
    rowSinks: (ds, spillDir) =>
      (ds.where as WhereBlock[]).map((b, i) => new WhereSink(b, i, registry(), spillDir)),
    configErrors: (ds) => whereErrors(ds, registry()),
    verdict: ({ base, ds, severity, sinks, commitTime }) =>
      (sinks as WhereSink[]).flatMap((s) => whereVerdicts(base, ds, severity, s, commitTime)),
  };
}
