/**
 * `labels` on a SQL source: the same verdicts as the file path (checks/labels.ts), measured by the
 * engine. Conflicting labels are a GROUP BY of the features HAVING more than one distinct label;
 * each feature's leakage score is computed inside the engine the way leakage-scores.ts defines it
 * (the AUC from groups of equal score with the ties counted half, through a running sum; R² from
 * population co-moments; η² from per-category variances), after the same rule choice (`ruleOf`) on
 * the same facts (distinct values, numeric or not). Only those aggregates and at most 5 example
 * groups leave the database.
 */
import type { SqlConnection } from "../../io/sql-connection.js";
import type { CheckResult, Severity } from "../../report/types.js";
import { diagnostic } from "../checks/column-check.js";
import type { DatasetConfig } from "../checks/dataset-check.js";
import { type ConflictCount, cut, labelsVerdicts, showFeatures } from "../checks/labels.js";
import { VALUE_CAP } from "../labels/feature-stats.js";
import { CLASS_CAP, type LabelsConfig, labelColumns } from "../labels/label-sink.js";
import { best, type FeatureScore, finite, ruleOf, taskOf } from "../labels/leakage-scores.js";
import type { Dialect } from "./dialect.js";
import { asText } from "./splits-sql.js";
import { kindOf, valueExprs } from "./sql-scan.js";

/** Example groups of conflicting labels shown. */
const EXAMPLES = 5;

const num = (v: unknown) => (v === null || v === undefined ? Number.NaN : Number(v));

/** Judge `labels` on a relation (`from`), whose columns and types the probe found. */
export async function judgeLabels(
  conn: SqlConnection,
  from: string,
  ds: DatasetConfig,
  base: string,
  severity: Severity,
  file: string,
  typeOf: Map<string, string>,
  d: Dialect,
): Promise<CheckResult[]> {
  const cfg = ds.labels as LabelsConfig;
  const sev = cfg.severity ?? severity;
  const cols = labelColumns(cfg, [...typeOf.keys()]);
  const at = cols.map((c) => (typeOf.has(c) ? 0 : -1));
  const verdicts = (m: Partial<Parameters<typeof labelsVerdicts>[4]>) =>
    labelsVerdicts(base, ds.name, cfg, sev, {
      cols,
      at,
      conflicts: () => m.conflicts!(),
      task: () => m.task!(),
      scores: (t) => m.scores!(t),
      file,
    });
  if (at.includes(-1)) return verdicts({});
  const rel = labelRelation(from, cols, typeOf, d);
  const conflicts =
    cfg.conflicts === false ? undefined : await conflictsOf(conn, rel, cols.slice(1), cfg, sev, file);
  const leakage = cfg.leakage === false ? undefined : await leakageOf(conn, rel, cols.slice(1), d);
  return verdicts({ conflicts: () => conflicts!, task: () => leakage!.task, scores: () => leakage!.scores });
}

/** The label (l) and every feature (f0, f1, …) as the file path reads them, on the rows with a label. */
function labelRelation(from: string, cols: string[], typeOf: Map<string, string>, d: Dialect): string {
  const items = cols.flatMap((c, i) => {
    const v = valueExprs({ name: c, kind: kindOf(typeOf.get(c)!) }, d);
    const k = i === 0 ? "l" : `f${i - 1}`;
    return [`${v.t} as ${k}t`, `${v.m} as ${k}m`, `${v.n} as ${k}n`];
  });
  return `(select * from (select ${items.join(", ")} from ${asText(from, typeOf, d)}) as r where not lm)`;
}

/** The label's task and each feature's score, on a relation (`from`) with these columns and types. */
export async function leakageScores(
  conn: SqlConnection,
  from: string,
  cfg: LabelsConfig,
  typeOf: Map<string, string>,
  d: Dialect,
): Promise<{ task: ReturnType<typeof taskOf>; scores: FeatureScore[] }> {
  const cols = labelColumns(cfg, [...typeOf.keys()]);
  return leakageOf(conn, labelRelation(from, cols, typeOf, d), cols.slice(1), d);
}

/** The label's shape, then (binary or numeric label) every feature's score. */
async function leakageOf(
  conn: SqlConnection,
  rel: string,
  features: string[],
  d: Dialect,
): Promise<{ task: ReturnType<typeof taskOf>; scores: FeatureScore[] }> {
  const l = (
    await conn.query(
      `select count(distinct lt) as classes, count(*) filter (where ln is null) as nonnum, max(lt) as b from ${rel} as s`,
    )
  ).rows[0]!;
  const classes = num(l.classes);
  const task = taskOf({
    classes: Math.min(classes, CLASS_CAP),
    classOverflow: classes > CLASS_CAP,
    labelNumeric: num(l.nonnum) === 0,
  });
  const scores =
    typeof task === "string" ? await scoresOf(conn, rel, features, task, String(l.b ?? ""), d) : [];
  return { task, scores };
}

/** Groups of equal features with more than one label: their count, rows, and the first 5 by features. */
async function conflictsOf(
  conn: SqlConnection,
  rel: string,
  features: string[],
  cfg: LabelsConfig,
  sev: Severity,
  file: string,
): Promise<ConflictCount> {
  // Features compared as text, a NULL as the empty cell it is in a file (rows.ts hashes the text).
  const keys = features.length ? features.map((_, i) => `coalesce(f${i}t, '')`) : ["''"];
  const ks = keys.map((_, i) => `k${i}`);
  const groups = `select ${ks.join(", ")}, count(*) as c, count(distinct lt) as n, min(lt) as a, max(lt) as b from (select ${keys.map((k, i) => `${k} as k${i}`).join(", ")}, lt from ${rel} as s) as u group by ${ks.join(", ")} having count(distinct lt) > 1`;
  const total = (await conn.query(`select count(*) as g, coalesce(sum(c), 0) as r from (${groups}) as g`))
    .rows[0]!;
  const count = { groups: num(total.g), rows: num(total.r) };
  if (!count.groups) return { ...count, diagnostics: [] };
  const shown = ks.slice(0, 4);
  const ex = await conn.query(
    `select ${shown.join(", ")}, c, n, a, b from (${groups}) as g order by ${ks.join(", ")} limit ${EXAMPLES}`,
  );
  const diagnostics = ex.rows.map((row) => {
    const cells = shown.map((k) => String(row[k] ?? ""));
    const labels = `${JSON.stringify(cut(String(row.a ?? "")))}${num(row.n) > 2 ? " … " : " vs "}${JSON.stringify(cut(String(row.b ?? "")))}`;
    return diagnostic(
      "data/conflicting-labels",
      sev,
      `${num(row.c)} rows have the same features (${features.length ? showFeatures(features, cells) : "none"}) and ${num(row.n)} different ${cfg.column}: ${labels}`,
      { file, line: 1 },
    );
  });
  return { ...count, diagnostics };
}

/** Every feature's score: the facts in one pass, then one query per judged feature. */
async function scoresOf(
  conn: SqlConnection,
  rel: string,
  features: string[],
  task: "binary" | "regression",
  classOne: string,
  d: Dialect,
): Promise<FeatureScore[]> {
  if (!features.length) return [];
  const facts = (
    await conn.query(
      `select ${features
        .map(
          (_, i) =>
            `count(*) filter (where not f${i}m) as p${i}, count(*) filter (where not f${i}m and f${i}n is null) as x${i}, ` +
            `count(*) filter (where not f${i}m and f${i}n is not null and ln is not null) as co${i}, ` +
            `count(distinct case when not f${i}m then f${i}t end) as d${i}`,
        )
        .join(", ")} from ${rel} as s`,
    )
  ).rows[0]!;
  const out: FeatureScore[] = [];
  for (const [i, feature] of features.entries()) {
    const values = num(facts[`d${i}`]);
    const overflow = values > VALUE_CAP;
    const { rule, why } = ruleOf(
      {
        allNumeric: num(facts[`x${i}`]) === 0,
        coRows: num(facts[`co${i}`]),
        values: overflow ? 0 : values,
        overflow,
        rows: overflow ? 0 : num(facts[`p${i}`]),
      },
      task,
    );
    if (why) {
      out.push({ feature, rule, why });
      continue;
    }
    const present = `${rel} as s where not f${i}m`;
    const one = `count(*) filter (where lt = ${d.literal(classOne)})`;
    let score: number;
    if (rule === "value")
      score = await auc(
        conn,
        `select f${i}n as s, count(*) - ${one} as c0, ${one} as c1 from ${present} group by f${i}n`,
        d,
      );
    else if (rule === "category rate")
      score = await auc(
        conn,
        `select ${d.double("c1")} / c as s, sum(c - c1) as c0, sum(c1) as c1 from (select count(*) as c, ${one} as c1 from ${present} group by f${i}t) as v group by 1`,
        d,
      );
    else if (rule === "line") {
      const r = (
        await conn.query(
          `select covar_pop(ln, f${i}n) as cxy, var_pop(f${i}n) as vx, var_pop(ln) as vy, min(f${i}n) < max(f${i}n) and min(ln) < max(ln) as varies from ${present} and f${i}n is not null and ln is not null`,
        )
      ).rows[0]!;
      const [cxy, vx, vy] = [num(r.cxy), num(r.vx), num(r.vy)];
      // A constant's variance is 0 in the one-pass measure; an engine's sums may leave a rounding rest.
      score = r.varies === true && vx > 0 && vy > 0 ? (cxy * cxy) / (vx * vy) : Number.NaN;
    } else {
      const r = (
        await conn.query(
          `select (select var_pop(ln) * count(*) from ${present}) as m2, (select min(ln) < max(ln) from ${present}) as varies, ` +
            `sum(c * case when lo = hi then 0 else v end) as within from (select count(*) as c, var_pop(ln) as v, min(ln) as lo, max(ln) as hi from ${present} group by f${i}t) as g`,
        )
      ).rows[0]!;
      const m2 = num(r.m2);
      score = r.varies === true && m2 > 0 ? 1 - num(r.within) / m2 : Number.NaN;
    }
    out.push(
      finite({ feature, rule, score: rule === "value" || rule === "category rate" ? best(score) : score }),
    );
  }
  return out;
}

/**
 * The AUC of groups (s, c0, c1) of equal score, as aucOfGroups computes it: each group's class-1
 * rows beat the class-0 rows of lower scores and tie with half of its own. Every term is a
 * multiple of one half, so the sum is exact in doubles in any order (below 2^52).
 */
async function auc(conn: SqlConnection, groups: string, d: Dialect): Promise<number> {
  const r = (
    await conn.query(
      `select sum(${d.double("c1")} * (coalesce(b0, 0) + 0.5 * ${d.double("c0")})) as num, sum(c0) as n0, sum(c1) as n1 from (select c0, c1, sum(c0) over (order by s rows between unbounded preceding and 1 preceding) as b0 from (${groups}) as g) as w`,
    )
  ).rows[0]!;
  const [n0, n1] = [num(r.n0), num(r.n1)];
  return n0 && n1 ? num(r.num) / (n0 * n1) : Number.NaN;
}
