/** Merge partial reports from matrix shards into one. */
import { evaluateGate } from "../gate/evaluate-gate.js";
import { scoreFromItems } from "../report/ml-test-score.js";
import { sectionStatus } from "../report/section-status.js";
import type { CheckResult, Comparison, Report, RubricItem, Section } from "../report/types.js";
import { normalizeSections } from "./build-report.js";

/** Shards that cannot be merged (different environments or tool versions). */
export class MergeError extends Error {}

function checkKey(c: CheckResult): string {
  return `${c.id}\0${c.status}\0${c.message}`;
}

/**
 * Merge N shard reports: sections are joined by id (checks de-duplicated, every shard's tables,
 * charts and column profiles kept, the first of one id), comparisons by metric,
 * rubric items by id (best points win); the gate is evaluated again on the merged whole with the
 * strictest policy any shard used.
 */
export function mergeReports(reports: Report[]): Report {
  const first = reports[0];
  if (!first) throw new MergeError("no reports to merge");
  for (const r of reports) {
    if (r.environment.name !== first.environment.name) {
      throw new MergeError(
        `shards ran in different environments: "${first.environment.name}" and "${r.environment.name}"`,
      );
    }
  }
  const sections = new Map<string, Section>();
  for (const r of reports) {
    for (const s of r.sections) {
      const into = sections.get(s.id);
      if (!into) {
        sections.set(s.id, { ...s, checks: [...s.checks] });
        continue;
      }
      const seen = new Set(into.checks.map(checkKey));
      for (const c of s.checks) if (!seen.has(checkKey(c))) into.checks.push(c);
      joinPictures(into, s);
      // A section configured in one shard but skipped in another is whatever the configured one is.
      if (into.status === "skipped" && s.status !== "skipped")
        Object.assign(into, { status: s.status, note: s.note });
      else if (s.status === "incomplete") Object.assign(into, { status: "incomplete", note: s.note });
    }
  }
  for (const s of sections.values()) {
    if (s.status !== "incomplete" && s.checks.length) s.status = sectionStatus(s.checks);
  }
  const comparisons = new Map<string, Comparison>();
  for (const r of reports)
    for (const c of r.comparisons) if (!comparisons.has(c.metric)) comparisons.set(c.metric, c);
  const items = new Map<string, RubricItem>();
  for (const r of reports) {
    for (const item of r.mlTestScore.items) {
      const had = items.get(item.id);
      if (!had || had.points < item.points) items.set(item.id, item);
    }
  }
  const merged = {
    sections: normalizeSections([...sections.values()]),
    comparisons: [...comparisons.values()].sort((a, b) =>
      a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0,
    ),
    mlTestScore: scoreFromItems([...items.values()]),
  };
  const strictest = reports.map((r) => r.gate.failOn).sort((a, b) => rank(a) - rank(b))[0]!;
  const mins = reports.flatMap((r) => (r.gate.minMlTestScore === undefined ? [] : [r.gate.minMlTestScore]));
  const gate = evaluateGate(merged, {
    failOn: strictest,
    ...(mins.length ? { minMlTestScore: Math.max(...mins) } : {}),
  });
  const baseline = reports.find((r) => r.baseline.source !== "none")?.baseline ?? first.baseline;
  const trend = reports.find((r) => r.trend?.length)?.trend;
  // One shard with a broken config makes the whole a configuration error, whichever shard is first.
  const { status: _, ...rest } = first;
  const broken = reports.some((r) => r.status === "config-error");
  return {
    ...rest,
    ...(broken ? { status: "config-error" } : {}),
    ...merged,
    passed: gate.passed,
    gate,
    baseline,
    ...(trend ? { trend } : {}),
  };
}

/**
 * A later shard's tables, charts and column profiles join the section's (each shard checked its
 * own files or slices); one already there by title, id or column stays as the first shard had it.
 */
function joinPictures(into: Section, s: Section): void {
  const add = <T>(mine: T[] | undefined, theirs: T[] | undefined, key: (x: T) => string): T[] | undefined => {
    if (!theirs?.length) return mine;
    const have = new Set((mine ?? []).map(key));
    const out = [...(mine ?? []), ...theirs.filter((x) => !have.has(key(x)))];
    return out;
  };
  const tables = add(into.tables, s.tables, (t) => t.title);
  const charts = add(into.charts, s.charts, (c) => c.id);
  const profiles = add(into.profiles, s.profiles, (p) => `${p.dataset}\0${p.column}`);
  if (tables) into.tables = tables;
  if (charts) into.charts = charts;
  if (profiles) into.profiles = profiles;
}

function rank(failOn: Report["gate"]["failOn"]): number {
  return failOn === "warning" ? 0 : failOn === "error" ? 1 : 2;
}
