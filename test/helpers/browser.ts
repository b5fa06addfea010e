/**
 * Headless Chromium (Debian's `chromium`, driven by playwright-core) for the tests that look at
 * what a person sees. Missing Chromium fails loudly: only MLGATE_SKIP_BROWSER=1 skips these tests.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pixelmatch from "pixelmatch";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { PNG } from "pngjs";

/** Where `apt-get install chromium` puts it; MLGATE_CHROMIUM names another. */
export const CHROMIUM = process.env.MLGATE_CHROMIUM ?? "/usr/bin/chromium";

/** Whether the browser tests were explicitly switched off. */
export const SKIP_BROWSER = process.env.MLGATE_SKIP_BROWSER === "1";

/**
 * Launch Chromium with nothing that reaches out (no updates, sync, QUIC) on a fresh profile
 * (playwright takes the profile folder as `launchPersistentContext`'s first argument).
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not at ${CHROMIUM}: install it (apt-get install -y chromium; .ci/run does) or set MLGATE_SKIP_BROWSER=1 to skip the browser tests`,
    );
  const profile = mkdtempSync(path.join(tmpdir(), "mlgate-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1100, height: 900 },
    deviceScaleFactor: 1,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });
}

/** What a page did that a person would notice: console errors, page errors, requests it made. */
export interface PageWatch {
  errors: string[];
  requests: string[];
}

/**
 * A page that records console errors and every request other than `allowed`, which it aborts
 * (the report must need nothing from the network).
 */
export async function watchedPage(
  context: BrowserContext,
  allowed: string[] = [],
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch: PageWatch = { errors: [], requests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") watch.errors.push(m.text());
  });
  page.on("pageerror", (e) => watch.errors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (allowed.includes(url)) return route.continue();
    watch.requests.push(url);
    return route.abort();
  });
  return { page, watch };
}

/** Share of pixels that differ between two PNGs (1 when their sizes differ). */
export function pixelDifference(actual: Buffer, expected: Buffer, diffFile?: string): number {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  if (a.width !== b.width || a.height !== b.height) return 1;
  const diff = new PNG({ width: a.width, height: a.height });
  // threshold 0.1: anti-aliasing and font hinting differences are not differences.
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  if (diffFile && n) writeFileSync(diffFile, PNG.sync.write(diff));
  return n / (a.width * a.height);
}

/**
 * Compare a screenshot with its committed reference; MLGATE_UPDATE_SCREENSHOTS=1 writes the
 * reference instead. Returns the share of pixels that differ (0 when written).
 */
export function compareScreenshot(png: Buffer, reference: string): number {
  if (process.env.MLGATE_UPDATE_SCREENSHOTS === "1" || !existsSync(reference)) {
    if (process.env.MLGATE_UPDATE_SCREENSHOTS !== "1")
      throw new Error(
        `no reference screenshot ${reference}: run with MLGATE_UPDATE_SCREENSHOTS=1 to record it`,
      );
    writeFileSync(reference, png);
    return 0;
  }
  return pixelDifference(
    png,
    readFileSync(reference),
    path.join(tmpdir(), `${path.basename(reference, ".png")}.diff.png`),
  );
}
