/** URL state: a copied link reopens the same view (filters, selection, reader, layout, camera). */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { cameraStill, clickEdge, nextFrame, openViewer, shot, text, visibleEdges, waitForLayout } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function snapshot(page: Page) {
  await cameraStill(page);
  return {
    edges: await visibleEdges(page),
    counts: await page.evaluate(() => window.__entente!.counts()),
    selection: await page.evaluate(() => window.__entente!.selection()),
    era: await text(page, "era-label"),
    layout: await page.getByTestId("layout-switch").locator('[aria-checked="true"]').getAttribute("data-value"),
    lang: await page.getByTestId("lang-switch").locator('[aria-checked="true"]').getAttribute("data-value"),
    putin: await page.evaluate(() => window.__entente!.nodeViewport("leader:vladimir-putin")),
    camera: await page.evaluate(() => window.__entente!.camera()),
    details: await page.getByTestId("details-panel").innerText(),
  };
}

function expectSameView(a: Awaited<ReturnType<typeof snapshot>>, b: Awaited<ReturnType<typeof snapshot>>) {
  expect(b.edges).toEqual(a.edges);
  expect(b.counts).toEqual(a.counts);
  expect(b.selection).toEqual(a.selection);
  expect([b.era, b.layout, b.lang]).toEqual([a.era, a.layout, a.lang]);
  expect(b.details).toBe(a.details);
  expect(b.camera.ratio).toBeCloseTo(a.camera.ratio, 3);
  expect(b.putin!.x).toBeCloseTo(a.putin!.x, -0.5);
  expect(b.putin!.y).toBeCloseTo(a.putin!.y, -0.5);
}

describe("URL state", () => {
  it("round-trips era, relations, kinds, excluded, selection, geographic layout, language and camera", async () => {
    const page = await openViewer(browser.context, "graph=fixtures/small.json");
    await page.getByTestId("preset-since-2014").click();
    await page.getByTestId("relation-partner").click();
    await page.getByTestId("kind-treaty").click();
    await page.getByTestId("toggle-excluded").check({ force: true });
    await page.getByTestId("layout-switch").getByRole("radio", { name: "Geographic" }).click();
    await page.getByTestId("lang-switch").getByRole("radio", { name: "中文" }).click();
    await page.getByTestId("search-input").fill("Putin");
    await page.getByTestId("search-input").press("Enter");
    await page.waitForTimeout(900); // layout animation and camera focus
    await expect.poll(() => page.url()).toContain("cam=");
    const url = page.url();
    for (const part of [
      "era=2014-2025",
      "rel=ally%2Cnon-aligned%2Copposes%2Cleader-of%2Cparty-to",
      "kind=country%2Cleader",
      "excl=1",
      "sel=node%3Aleader%3Avladimir-putin",
      "layout=geo",
      "lang=zh",
    ]) {
      expect(url).toContain(part);
    }
    const before = await snapshot(page);
    await shot(page, "url-01-original");

    const copy = await openViewer(browser.context, url.slice(url.indexOf("?") + 1));
    await nextFrame(copy);
    const after = await snapshot(copy);
    await shot(copy, "url-02-reopened");
    expectSameView(before, after);
    await page.close();
    await copy.close();
  });

  it("round-trips an edge selection with the document reader open, on the force layout", async () => {
    const page = await openViewer(browser.context, "graph=fixtures/small.json");
    await clickEdge(page, "RUS-CHN-partner-2014");
    await page.getByTestId("open-document").click();
    await page.getByTestId("reader-mark").waitFor();
    await page.locator(".graph-canvas").hover({ position: { x: 30, y: 300 } });
    await page.mouse.wheel(0, -200);
    await cameraStill(page);
    await expect.poll(() => page.url()).toMatch(/doc=en%2Fpartnership\.html&at=\d+-\d+.*cam=/);
    const before = await snapshot(page);
    const copy = await openViewer(browser.context, page.url().split("?")[1]);
    await waitForLayout(copy);
    const after = await snapshot(copy);
    expectSameView(before, after);
    expect(await text(copy, "reader-mark")).toBe(
      "Since 2014, Russia and China have deepened their strategic partnership.",
    );
    await page.close();
    await copy.close();
  });
});
