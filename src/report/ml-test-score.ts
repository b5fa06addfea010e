/**
 * The ML Test Score (Breck et al., 2017): 7 tests per section, 1 point automated, 0.5 by hand.
 * Each check names the items it earns in its result's `rubric` (the README's table lists them):
 * most data checks data.1; `splits` leakage and `labels` target leakage infrastructure.4 (a test
 * set holding training rows, or a feature carrying the label, validates nothing); split columns,
 * class balance, unseen categories and conflicting labels data.1; drift monitoring.3; freshness
 * monitoring.4; baseline_model model.5; slices model.6.
 */
import type { MlTestScore, RubricItem, RubricSection, Section } from "./types.js";

/** The four rubric sections, in the paper's order. */
export const RUBRIC_SECTIONS: RubricSection[] = ["data", "model", "infrastructure", "monitoring"];

/**
 * Sum the rubric: each item automated by a check that ran earns 1 point, each item declared as
 * done by hand earns 0.5 (an item counts once, at its best). Final = minimum of the four sums.
 */
export function computeMlTestScore(sections: Section[], manual: Record<string, string> = {}): MlTestScore {
  const items = new Map<string, RubricItem>();
  for (const section of sections) {
    for (const check of section.checks) {
      if (check.status === "skipped" || check.status === "error") continue;
      for (const id of check.rubric ?? []) {
        if (!items.has(id)) items.set(id, rubricItem(id, 1, "automated", check.id));
      }
    }
  }
  for (const [id, how] of Object.entries(manual)) {
    if (!items.has(id)) items.set(id, rubricItem(id, 0.5, "manual", how));
  }
  return scoreFromItems([...items.values()]);
}

/** Section sums and final score from a list of items (also used when merging reports). */
export function scoreFromItems(list: RubricItem[]): MlTestScore {
  const sections = { data: 0, model: 0, infrastructure: 0, monitoring: 0 };
  const items = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of items) sections[item.section] += item.points;
  const final = Math.min(...RUBRIC_SECTIONS.map((s) => sections[s]));
  return { sections, final, items };
}

function rubricItem(id: string, points: number, how: RubricItem["how"], by: string): RubricItem {
  return { id, section: id.split(".")[0] as RubricSection, points, how, by };
}
