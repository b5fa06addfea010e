/** The HTML report: self-contained, and every string from the report escaped. */
import { describe, expect, it } from "vitest";
import { RENDERERS } from "../../src/render/index.js";
import { hostileReport } from "../helpers/hostile-report.js";
import { sampleReport } from "../helpers/report.js";

/** Tags the page has, by name. */
const tags = (html: string) =>
  [...html.matchAll(/<([a-z][a-z0-9-]*)[\s>]/gi)].map((m) => m[1]!.toLowerCase());

describe("the HTML report", () => {
  it("loads nothing: no script, no link, no URL, a CSP that forbids fetching", () => {
    const html = RENDERERS.html(sampleReport());
    expect(tags(html)).not.toContain("script");
    expect(tags(html)).not.toContain("link");
    expect(html).not.toMatch(/(https?:)?\/\/[a-z]/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it("escapes every string of a hostile report", () => {
    const report = hostileReport();
    report.sections[0]!.checks[0]!.details = '</pre><script>alert(1)</script>"><img src=x onerror=alert(1)>';
    report.sections[0]!.charts![0]!.title = '"><svg onload=alert(1)><script>alert(1)</script>';
    const html = RENDERERS.html(report);
    const used = new Set(tags(html));
    for (const t of ["script", "img", "a", "iframe", "link", "object", "embed"])
      expect(used.has(t), t).toBe(false);
    // No attribute the report put there: every event handler or quote break stays text.
    // (attribute values are quoted and their quotes escaped: drop them, then look at the names)
    const bare = html.replace(/"[^"]*"/g, '""');
    expect(bare).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&quot;&gt;&lt;svg onload=alert(1)&gt;");
    // The profile's distribution (histogram and value bars) went through the same escaping.
    expect(html.match(/<svg class="spark"/g)).toHaveLength(2);
  });

  it("draws each column's distribution in the data profile: a bar per bin, a bar per value", () => {
    const report = sampleReport();
    const data = report.sections.find((s) => s.id === "data") ?? report.sections[0]!;
    data.tables = [
      {
        title: "train profile (6 rows)",
        columns: ["column", "values"],
        rows: [
          ["age", "5"],
          ["plan", "6"],
        ],
      },
    ];
    data.profiles = [
      {
        dataset: "train",
        column: "age",
        rows: 6,
        missing: 1,
        numeric: 5,
        min: 18,
        max: 21,
        mean: 19.4,
        histogram: { start: 18, width: 1, counts: [2, 0, 2, 1] },
      },
      {
        dataset: "train",
        column: "plan",
        rows: 6,
        missing: 0,
        numeric: 0,
        top: { values: [{ value: "basic", count: 4 }], other: 2, distinct: 3 },
      },
    ];
    const html = RENDERERS.html(report);
    expect(html).toContain('<th scope="col">distribution</th>');
    const bins = [...html.matchAll(/<title>(\[[^<]*)<\/title>/g)].map((m) => m[1]);
    expect(bins).toEqual(["[18, 19): 2", "[20, 21): 2", "[21, 22): 1"]);
    expect(html).toContain("<title>basic: 4</title>");
    expect(html).toContain("<title>2 others: 2</title>");
  });

  it("is deterministic", () => {
    expect(RENDERERS.html(sampleReport())).toBe(RENDERERS.html(sampleReport()));
  });
});
