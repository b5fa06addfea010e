/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML report and the PR comment as a person sees them, in headless Chromium: each example's
 * HTML report opens with no console error and no request, and looks like its committed screenshot;
 * each example's markdown scorecard, rendered as GitHub-flavoured markdown with its mermaid blocks
 * drawn by `mermaid`, draws every chart (a block that would not render on GitHub fails here) and
 * looks like its committed screenshot. Needs `npm run build` (the bundled CLI writes both).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { marked } from "marked";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RENDERERS } from "../../src/render/index.js";
import { compareScreenshot, launchChromium, SKIP_BROWSER, watchedPage } from "../helpers/browser.js";
import { hostileReport } from "../helpers/hostile-report.js";
import { ROOT, tempDir } from "../helpers/run-node.js";

const EXAMPLES = ["backtest-leak", "bad-data-pr", "churn-model", "slice-regression"];
/** The two examples whose pictures the docs show. */
const IN_DOCS = new Set(["churn-model", "slice-regression"]);
const REFERENCES = path.join(import.meta.dirname, "references");
/** Pixels allowed to differ from a reference: fonts and anti-aliasing move a little, a layout does not. */
const TOLERANCE = 0.01;

/** The bundled CLI's output for an example in `format` (a failed gate's output all the same). */
function render(example: string, format: string): string {
  try {
    return execFileSync(
      process.execPath,
      ["dist/cli.js", "check", "--dir", `examples/${example}`, "--env", "dev", "-f", format],
      { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
  } catch (err) {
    return (err as { stdout: string }).stdout;
  }
}

/** GitHub's comment look, near enough for a screenshot. */
const COMMENT_CSS = `body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 880px; margin: 16px auto; padding: 0 16px; }
table { border-collapse: collapse; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
code { background: #eff1f3; padding: 1px 4px; border-radius: 4px; font-size: 12px; }
h2 { border-bottom: 1px solid #d1d9e0; } .mermaid { margin: 8px 0; }`;

/** The markdown scorecard as a page: marked's HTML, each mermaid block as a diagram to draw. */
function commentPage(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false });
  return `<!doctype html><html><head><meta charset="utf-8"><style>${COMMENT_CSS}</style></head><body>${body}</body></html>`;
}

describe.skipIf(SKIP_BROWSER)("reports in a real browser", () => {
  let browser: BrowserContext;
  const mermaidJs = readFileSync(path.join(ROOT, "node_modules/mermaid/dist/mermaid.min.js"), "utf8");
  const dir = tempDir();

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("a hostile report's HTML runs nothing, shows no image or link, fetches nothing", async () => {
    const report = hostileReport();
    report.sections[0]!.checks[0]!.details = '</pre><script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const file = path.join(dir, "hostile.html");
    writeFileSync(file, RENDERERS.html(report));
    const url = pathToFileURL(file).href;
    const { page, watch } = await watchedPage(browser, [url]);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    const found = await page.evaluate(
      () => document.querySelectorAll("script, img, a, iframe, object, embed").length,
    );
    expect(found).toBe(0);
    expect(dialogs).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(await page.locator("body").innerText()).toContain("<img src=x onerror=alert(1)>");
    await page.close();
  }, 60_000);

  it.each(EXAMPLES)(
    "%s: the HTML report opens offline, without errors, as recorded",
    async (example) => {
      const file = path.join(dir, `${example}.html`);
      writeFileSync(file, render(example, "html"));
      const url = pathToFileURL(file).href;
      const { page, watch } = await watchedPage(browser, [url]);
      await page.goto(url);
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
      // Readable without JavaScript: the verdict and the stage table are there as text.
      expect(await page.locator("h1").innerText()).toMatch(/mlgate (passed|failed|configuration error)/);
      const png = await page.screenshot({ fullPage: true });
      expect(compareScreenshot(png, path.join(REFERENCES, `${example}.html.png`))).toBeLessThan(TOLERANCE);
      if (IN_DOCS.has(example) && process.env.MLGATE_UPDATE_SCREENSHOTS === "1")
        writeFileSync(
          path.join(ROOT, "docs/images", `${example}-report.png`),
          await page.screenshot({ clip: { x: 0, y: 0, width: 1100, height: 1300 }, fullPage: true }),
        );
      await page.close();
    },
    60_000,
  );

  it.each(EXAMPLES)(
    "%s: the scorecard comment renders, every mermaid chart drawn, as recorded",
    async (example) => {
      const markdown = render(example, "markdown");
      const blocks = markdown.match(/```mermaid\n[\s\S]*?```/g) ?? [];
      const { page, watch } = await watchedPage(browser);
      await page.setContent(commentPage(markdown));
      // mermaid from node_modules, inline: nothing fetched.
      await page.addScriptTag({ content: mermaidJs });
      const drawn = await page.evaluate(async () => {
        const m = (
          globalThis as unknown as {
            mermaid: {
              initialize(o: object): void;
              parse(t: string): Promise<unknown>;
              run(o: object): Promise<void>;
            };
          }
        ).mermaid;
        m.initialize({ startOnLoad: false, securityLevel: "strict" });
        const problems: string[] = [];
        const codes = [...document.querySelectorAll("code.language-mermaid")];
        for (const code of codes) {
          const text = code.textContent ?? "";
          try {
            await m.parse(text);
          } catch (err) {
            problems.push(String((err as Error).message ?? err));
          }
          const div = document.createElement("div");
          div.className = "mermaid";
          div.textContent = text;
          code.parentElement!.replaceWith(div);
        }
        await m.run({ querySelector: ".mermaid" });
        const charts = [...document.querySelectorAll(".mermaid")].map((d) => {
          const svg = d.querySelector("svg");
          return {
            svg: Boolean(svg),
            width: svg?.getBoundingClientRect().width ?? 0,
            // mermaid draws a failed diagram as an "error" document: an xychart must be an xychart.
            kind: svg?.getAttribute("aria-roledescription") ?? "",
            marks: d.querySelectorAll("svg path, svg rect").length,
          };
        });
        return { problems, charts };
      });
      expect(drawn.problems).toEqual([]);
      expect(drawn.charts.length).toBe(blocks.length);
      for (const c of drawn.charts) {
        expect(c, JSON.stringify(drawn.charts)).toMatchObject({ svg: true, kind: "xychart" });
        expect(c.width).toBeGreaterThan(300);
        expect(c.marks).toBeGreaterThan(2);
      }
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
      const png = await page.screenshot({ fullPage: true });
      expect(compareScreenshot(png, path.join(REFERENCES, `${example}.comment.png`))).toBeLessThan(TOLERANCE);
      if (IN_DOCS.has(example) && process.env.MLGATE_UPDATE_SCREENSHOTS === "1") {
        // The docs show the charts: from the Charts heading, about two charts high.
        const box = await page.locator("h3", { hasText: /^Charts$/ }).boundingBox();
        const size = page.viewportSize()!;
        const clip = { x: 0, y: box ? box.y - 8 : 0, width: size.width, height: 1000 };
        writeFileSync(
          path.join(ROOT, "docs/images", `${example}-comment.png`),
          await page.screenshot({ clip, fullPage: true }),
        );
      }
      await page.close();
    },
    120_000,
  );
});
