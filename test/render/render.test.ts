import { describe, expect, it } from "vitest";
import { codeSpan, escapeMarkdown } from "../../src/render/escape-markdown.js";
import { RENDERERS } from "../../src/render/index.js";
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

describe("escapeMarkdown", () => {
  it.each([
    ["@team please", "@&#8203;team please"],
    ["<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;"],
    ["a | b", "a &#124; b"],
    ["line\nbreak", "line break"],
    ["**bold** [link](http://x)", "\\*\\*bold\\*\\* \\[link\\]\\(http://x\\)"],
    ["#12", "\\#12"],
  ])("%j -> %j", (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it("keeps code spans closed", () => {
    expect(codeSpan("a`b|c\nd")).toBe("`a'b\\|c d`");
  });
});
