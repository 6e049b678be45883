/** The viewer opens and draws: the seeds' graph (when built) and the fixture graph. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium";
import { openViewer, paintedShare, shot, text, visibleEdges } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe("opening the viewer", () => {
  it("renders the seeds' graph.json", async (ctx) => {
    if (!inject("hasSeedsGraph")) {
      ctx.skip(true, "graph.json not built yet — run `npm run build:graph` to enable this test");
      return;
    }
    const page = await openViewer(browser.context, "");
    await shot(page, "viewer-01-seeds");
    expect(await page.locator(".graph-canvas canvas").count()).toBeGreaterThan(0);
    const nodes = Number((await text(page, "count-nodes")).replace(/,/g, ""));
    expect(nodes).toBeGreaterThan(0);
    expect(nodes).toBe(await page.evaluate(() => window.__entente!.counts().nodes));
    await page.close();
  });

  it("renders the fixture with counts, legend and timeline", async () => {
    const page = await openViewer(browser.context, "graph=fixtures/small.json");
    await shot(page, "viewer-02-fixture");
    expect(await page.locator(".graph-canvas canvas").count()).toBeGreaterThan(0);
    expect(await text(page, "count-nodes")).toBe("12");
    expect(await text(page, "count-edges")).toBe("16");
    expect(await text(page, "relation-opposes-count")).toBe("4");
    expect(await text(page, "kind-leader-count")).toBe("2");
    expect(await page.getByTestId("era-brush").isVisible()).toBe(true);
    expect(await visibleEdges(page)).toHaveLength(16);
    // Not a blank canvas: nodes, edges and labels cover a visible share of it.
    expect(await paintedShare(page)).toBeGreaterThan(0.01);
    await page.close();
  });

  it("every control is reachable with the keyboard", async () => {
    const page = await openViewer(browser.context, "graph=fixtures/small.json");
    await page.locator("body").click({ position: { x: 640, y: 5 } });
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return "";
          const id = el.getAttribute("data-testid") ?? el.closest("[data-testid]")?.getAttribute("data-testid") ?? "";
          return `${el.tagName.toLowerCase()}:${id}:${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 20) ?? ""}`;
        }),
      );
    }
    const has = (part: string) => seen.some((s) => s.includes(part));
    for (const part of [
      "search-input",
      "layout-switch",
      "run-layout",
      "lang-switch",
      "relation-opposes",
      "kind-treaty",
      "toggle-undated",
      "toggle-excluded",
      "thickness",
      "play",
      "era-from",
      "era-to",
      "era-all",
      "preset-ww2",
    ]) {
      expect(has(part), `${part} reachable by Tab (saw ${seen.join(" | ")})`).toBe(true);
    }
    // Space on a focused relation toggle filters.
    await page.getByTestId("relation-opposes").locator("input").focus();
    await page.keyboard.press("Space");
    await expect.poll(() => text(page, "count-edges")).toBe("12");
    await shot(page, "viewer-03-keyboard-focus");
    await page.close();
  });

  it("lays out cleanly on a wide screen", async () => {
    const wide = await launchChromium({ width: 1920, height: 1080 });
    try {
      const page = await openViewer(wide.context, "graph=fixtures/small.json&sel=node:country:RUS");
      await shot(page, "viewer-04-wide");
      const boxes = await page.evaluate(() =>
        [".sidebar", ".canvas-wrap", ".panel", ".timeline"].map((s) =>
          document.querySelector(s)!.getBoundingClientRect().toJSON(),
        ),
      );
      const [side, canvas, panel, timeline] = boxes as DOMRect[];
      expect(side.right).toBeLessThanOrEqual(canvas.left + 1);
      expect(canvas.right).toBeLessThanOrEqual(panel.left + 1);
      expect(timeline.top).toBeGreaterThanOrEqual(canvas.bottom - 1);
      expect(canvas.width).toBeGreaterThan(1000);
      await page.close();
    } finally {
      await wide.close();
    }
  });
});
