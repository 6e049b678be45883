/** Search by any name, keyboard navigation, camera focus. */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { cameraStill, openViewer, shot, text } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Distance of a node from the canvas centre, in px. */
async function offCentre(page: Page, key: string): Promise<number> {
  const p = (await page.evaluate((k) => window.__entente!.nodeViewport(k), key))!;
  const box = (await page.locator(".graph-canvas").boundingBox())!;
  return Math.hypot(p.x - box.width / 2, p.y - box.height / 2);
}

describe("search", () => {
  it.each([["普京"], ["Putin"], ["vladimir"]])("%s finds and focuses Putin", async (query) => {
    const page = await openViewer(browser.context, "graph=fixtures/small.json");
    const before = await offCentre(page, "leader:vladimir-putin");
    await page.getByTestId("search-input").fill(query);
    const first = page.getByTestId("search-option").first();
    expect(await first.getAttribute("data-key")).toBe("leader:vladimir-putin");
    await page.getByTestId("search-input").press("Enter");
    await page.getByTestId("node-details").waitFor();
    expect(await page.getByTestId("node-details").getAttribute("data-key")).toBe("leader:vladimir-putin");
    await cameraStill(page);
    expect(await offCentre(page, "leader:vladimir-putin")).toBeLessThan(Math.min(5, before));
    // A small graph fits on screen: focusing pans without zooming in.
    expect((await page.evaluate(() => window.__entente!.camera())).ratio).toBeCloseTo(1, 6);
    await shot(page, `search-${query === "普京" ? "zh" : query}`);
    await page.close();
  });

  it("moves through results with the arrow keys", async () => {
    const page = await openViewer(browser.context, "graph=fixtures/small.json");
    const input = page.getByTestId("search-input");
    await input.fill("中");
    const keys = await page
      .getByTestId("search-option")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-key")));
    expect(keys[0]).toBe("country:CHN");
    expect(keys.length).toBeGreaterThan(2);
    await input.press("ArrowDown");
    await input.press("ArrowDown");
    expect(await page.getByTestId("search-option").nth(2).getAttribute("aria-selected")).toBe("true");
    await input.press("Enter");
    await expect.poll(() => page.getByTestId("node-details").getAttribute("data-key")).toBe(keys[2]);
    await input.fill("nothing-like-this");
    expect(await page.locator(".search-empty").textContent()).toContain("No node named");
    await input.press("Escape");
    expect(await page.getByTestId("search-option").count()).toBe(0);
    // "/" focuses the search box from anywhere.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("search-input");
    expect(await text(page, "count-nodes")).toBe("12");
    await page.close();
  });
});
