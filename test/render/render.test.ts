import { describe, expect, it } from "vitest";
import { codeSpan, escapeMarkdown } from "../../src/render/escape-markdown.js";
import { RENDERERS } from "../../src/render/index.js";
import type { Report } from "../../src/report/types.js";
import { sampleReport } from "../helpers/report.js";
import { reportSchemaErrors } from "../helpers/report-schema.js";

describe("renderers", () => {
  const report = sampleReport();

  it("terminal, plain", async () => {
    await expect(RENDERERS.terminal(report, { color: false })).toMatchFileSnapshot(
      "__snapshots__/report.terminal.txt",
    );
  });

  it("terminal uses colour only when asked", () => {
    expect(RENDERERS.terminal(report, { color: false })).not.toContain("\u001b[");
    expect(RENDERERS.terminal(report, { color: true })).toContain("\u001b[31m");
  });

  it("markdown", async () => {
    await expect(RENDERERS.markdown(report)).toMatchFileSnapshot("__snapshots__/report.md");
  });

  it("json matches the report schema", () => {
    expect(reportSchemaErrors(JSON.parse(RENDERERS.json(report)))).toEqual([]);
  });

  it("is deterministic", () => {
    for (const render of Object.values(RENDERERS))
      expect(render(sampleReport())).toBe(render(sampleReport()));
  });
});

describe("gated and ungated comparisons", () => {
  // Four comparisons: one gated with what its test can detect, one gated without a test, one
  // without a rule that moved a lot, one added.
  const report: Report = {
    ...sampleReport(),
    comparisons: [
      {
        metric: "accuracy",
        base: 0.85,
        head: 0.845,
        delta: -0.005,
        deltaPercent: -0.588,
        direction: "higher",
        status: "passed",
        test: "McNemar exact (290 fixed, 340 broken)",
        pValue: 0.05,
        detectable: { change: 0.0079, confidence: 0.98, power: 0.8, n: 10_000, se: 0.0025 },
      },
      { metric: "latency", base: 10, head: 10, delta: 0, direction: "lower", status: "unchanged" },
      {
        metric: "f1",
        base: 0.864,
        head: 0.78,
        delta: -0.084,
        deltaPercent: -9.7,
        direction: "none",
        status: "not gated",
        test: "paired bootstrap (2000 resamples)",
        interval: { low: -0.17, high: -0.029, confidence: 0.98 },
      },
      { metric: "recall", base: null, head: 0.7, delta: null, direction: "none", status: "added" },
    ],
  };

  it("markdown: the header counts the gated metrics, the table says not gated, and what each test can see", () => {
    const md = RENDERERS.markdown(report);
    expect(md).toContain("**Comparison:** 2 of 4 compared metrics gated  \n");
    expect(md).toMatch(/\| f1 \| 0\.864 \| 0\.78 \| .* \| not gated \|\n/);
    expect(md).not.toMatch(/\| f1 .*passed/);
    expect(md).toContain(
      "- accuracy: this gate can see drops of 0.0079 \\(0.93%\\) or more, with 80% power at 98% confidence on 10,000 pairs\n",
    );
    expect(md).not.toMatch(/f1: this gate/);
  });

  it("terminal: the same count, status and sentence", () => {
    const text = RENDERERS.terminal(report, { color: false });
    expect(text).toContain("\ncompare      2 of 4 compared metrics gated\n");
    expect(text).toMatch(/\n {2}f1 +0\.864 +0\.78 .* not gated\n/);
    expect(text).toContain(
      "  accuracy: this gate can see drops of 0.0079 (0.93%) or more, with 80% power at 98% confidence on 10,000 pairs\n",
    );
  });

  it("json: the status and the detectable change, valid against the report schema", () => {
    const json = JSON.parse(RENDERERS.json(report));
    expect(reportSchemaErrors(json)).toEqual([]);
    expect(json.comparisons[2]).toMatchObject({ metric: "f1", status: "not gated" });
    expect(json.comparisons[0].detectable).toEqual({
      change: 0.0079,
      confidence: 0.98,
      power: 0.8,
      n: 10_000,
      se: 0.0025,
    });
    // The schema knows the new status and field, and still rejects what is not in them.
    expect(
      reportSchemaErrors({ ...json, comparisons: [{ ...json.comparisons[2], status: "ungated" }] }),
    ).not.toEqual([]);
    const extra = { ...json.comparisons[0], detectable: { ...json.comparisons[0].detectable, extra: 1 } };
    expect(reportSchemaErrors({ ...json, comparisons: [extra] })).not.toEqual([]);
  });

  it("no comparisons, no count", () => {
    const none = { ...report, comparisons: [] };
    expect(RENDERERS.markdown(none)).not.toContain("**Comparison:**");
    expect(RENDERERS.terminal(none)).not.toContain("compared metric");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["@team please", "@&#8203;team please"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"],
    ["a | b", "a &#124; b"],
    ["line\nbreak", "line break"],
    ["**bold** [link](http://x)", "\\*\\*bold\\*\\* \\[link\\]\\(http:&#8203;//x\\)"],
    ["#12", "\\#12"],
  ])("%j -> %j", (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it("keeps code spans closed", () => {
    // A fence longer than the backtick run inside; a pipe is escaped only inside a table cell.
    expect(codeSpan("a`b|c\nd")).toBe("``a`b|c d``");
    expect(codeSpan("a`b|c\nd", true)).toBe("``a`b\\|c d``");
    expect(codeSpan("`x")).toBe("`` `x ``");
  });
});
