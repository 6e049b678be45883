/** Era filtering: typed years, presets, brushing, playback, undated toggle, fading. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { EDGES_1890_1900 } from "./fixtures/small";
import { nextFrame, openViewer, shot, text, typeEra, visibleEdges } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const FIXTURE = "graph=fixtures/small.json";

async function boxes(page: import("playwright-core").Page) {
  return page.evaluate(() =>
    [".sidebar", ".canvas-wrap", ".panel", ".timeline", ".timeline-controls", ".canvas-counts"].map((s) => {
      const r = document.querySelector(s)!.getBoundingClientRect();
      return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    }),
  );
}

describe("era", () => {
  it("1890–1900 shows only the 1896 edges (and undated ones while they are on)", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await typeEra(page, 1890, 1900);
    await nextFrame(page);
    expect(await text(page, "era-label")).toBe("1890 – 1900");
    expect(await visibleEdges(page)).toEqual([...EDGES_1890_1900, "PRK-CHN-ally-undated"].sort());
    await page.getByTestId("toggle-undated").uncheck({ force: true });
    await nextFrame(page);
    expect(await visibleEdges(page)).toEqual(EDGES_1890_1900);
    expect(await text(page, "count-edges")).toBe("4");
    expect(await text(page, "count-active")).toBe("4");
    // Nodes with nothing visible fade rather than vanish.
    const faded = await page.evaluate(() => window.__entente!.fadedNodes());
    const shown = await page.evaluate(() => window.__entente!.visibleNodes());
    expect(shown).toHaveLength(12);
    expect(faded).toContain("country:UKR");
    expect(faded).not.toContain("country:RUS");
    await shot(page, "era-01-1890-1900");
    await page.close();
  });

  it("presets set the era", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await page.getByTestId("preset-since-2014").click();
    await nextFrame(page);
    expect(await text(page, "era-label")).toBe("2014 – 2025");
    expect(await visibleEdges(page)).toEqual(
      [
        "PRK-CHN-ally-undated",
        "RUS-CHN-partner-2014",
        "RUS-UKR-opposes-2014",
        "USA-RUS-opposes-2014",
        "USA-UKR-partner-2014",
        "CHN-gn-treaty",
        "RUS-gn-treaty",
        "putin-RUS",
        "xi-CHN",
      ].sort(),
    );
    await page.getByTestId("preset-ww1").click();
    await nextFrame(page);
    expect(await visibleEdges(page)).toEqual(["GBR-JPN-ally-1902", "PRK-CHN-ally-undated"]);
    await page.getByTestId("era-all").click();
    await nextFrame(page);
    expect(await visibleEdges(page)).toHaveLength(16);
    await page.close();
  });

  it("brushing moves the era without moving the layout around it", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    const before = await boxes(page);
    const brush = (await page.getByTestId("era-brush").boundingBox())!;
    // Domain 1890–2025 over the brush width (10 px padding each side).
    const x = (year: number) => brush.x + 10 + ((year - 1890 + 0.5) / 136) * (brush.width - 20);
    const y = brush.y + brush.height / 2;
    await page.mouse.move(x(1960), y);
    await page.mouse.down();
    for (const year of [1965, 1970, 1980, 1991]) {
      await page.mouse.move(x(year), y, { steps: 3 });
      expect(await boxes(page)).toEqual(before);
    }
    await page.mouse.up();
    await nextFrame(page);
    expect(await text(page, "era-label")).toBe("1960 – 1991");
    expect(await visibleEdges(page)).toEqual(["CHN-RUS-opposes-1969", "IND-USA-non-aligned", "PRK-CHN-ally-undated"]);
    await shot(page, "era-02-brushed");
    // Drag the window body 23 years to the right: same width.
    await page.mouse.move(x(1975), y);
    await page.mouse.down();
    await page.mouse.move(x(1998), y, { steps: 5 });
    await page.mouse.up();
    await nextFrame(page);
    expect(await text(page, "era-label")).toBe("1983 – 2014");
    // Keyboard: the right handle is a slider.
    await page.getByTestId("brush-right").focus();
    await page.keyboard.press("Shift+ArrowLeft");
    await nextFrame(page);
    expect(await text(page, "era-label")).toBe("1983 – 2004");
    expect(await boxes(page)).toEqual(before);
    await page.close();
  });

  it("play steps the window through time", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await typeEra(page, 1890, 1895);
    await page.getByTestId("play").click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="era-label"]')?.textContent === "1892 – 1897",
      null,
      { timeout: 10_000 },
    );
    await page.getByTestId("play").click();
    const stopped = await text(page, "era-label");
    await page.waitForTimeout(1000);
    expect(await text(page, "era-label")).toBe(stopped);
    await page.close();
  });
});
