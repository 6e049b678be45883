/**
 * The viewer at corpus scale: a graph built from ../shared/corpora/cctv-xwlb (a sample of days, see
 * fixtures/corpus.ts) opens on states only, on the claims' years, and draws quickly. Skipped with a
 * message when the corpora are absent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { buildCorpusGraph, corpusAvailable } from "./fixtures/corpus";
import { openViewer, shot } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
let built: string | null = null;
beforeAll(async () => {
  if (!corpusAvailable()) return;
  built = await buildCorpusGraph();
  browser = await launchChromium();
}, 900_000);
afterAll(async () => browser?.close());

describe("corpus scale (cctv-xwlb)", () => {
  it("opens on states and their relations, on the claims' years", async (ctx) => {
    if (!built) return ctx.skip(true, "../shared/corpora/cctv-xwlb is absent: corpus-scale test skipped");
    const page = await openViewer(browser.context, "graph=fixtures/cctv.json", { settle: false });
    const url = new URL(page.url());
    expect(url.searchParams.get("kind")).toBe("country");
    const [from, to] = url.searchParams.get("era")!.split("-").map(Number);
    expect(from).toBeGreaterThanOrEqual(1950);
    expect(to).toBeLessThanOrEqual(2025);
    const shown = await page.evaluate(() => window.__entente!.visibleNodes());
    expect(shown.length).toBeGreaterThan(50);
    expect(shown.every((k) => k.startsWith("country:"))).toBe(true);
    await shot(page, "corpus-01-first-picture");
    await page.waitForFunction(() => !window.__entente!.layoutRunning(), null, { timeout: 120_000 });
    await shot(page, "corpus-02-settled");
    // One click on a state brings its leaders and treaties in.
    await page.getByTestId("search-input").fill("中国");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__entente!.selection()?.type === "node");
    const after = await page.evaluate(() => window.__entente!.visibleNodes());
    expect(after.some((k) => k.startsWith("leader:"))).toBe(true);
    await shot(page, "corpus-03-state-selected");
    await page.close();
  });
});
