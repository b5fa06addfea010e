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
  });

  it("is deterministic", () => {
    expect(RENDERERS.html(sampleReport())).toBe(RENDERERS.html(sampleReport()));
  });
});
