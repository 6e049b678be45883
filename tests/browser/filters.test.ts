/** Relation and node-kind toggles, excluded claims, language and thickness switches. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { nextFrame, openViewer, shot, text, visibleEdges } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const FIXTURE = "graph=fixtures/small.json";

describe("filters", () => {
  it("relation toggles drive counts and visible edges", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await page.getByTestId("relation-party-to").click();
    await page.getByTestId("relation-leader-of").click();
    await nextFrame(page);
    expect(await text(page, "count-edges")).toBe("10");
    const ties = ["CHN-secret-treaty", "RUS-secret-treaty", "CHN-gn-treaty", "RUS-gn-treaty", "putin-RUS", "xi-CHN"];
    expect((await visibleEdges(page)).filter((k) => ties.includes(k))).toEqual([]);
    // Live counts of disabled relations still say what they would add.
    expect(await text(page, "relation-party-to-count")).toBe("4");
    await page.getByRole("button", { name: "None" }).click();
    await nextFrame(page);
    expect(await visibleEdges(page)).toEqual([]);
    await page.getByTestId("relation-opposes").click();
    await nextFrame(page);
    expect(await visibleEdges(page)).toEqual([
      "CHN-RUS-opposes-1969",
      "RUS-JPN-opposes-1896",
      "RUS-UKR-opposes-2014",
      "USA-RUS-opposes-2014",
    ]);
    expect(await text(page, "count-edges")).toBe("4");
    expect(await text(page, "step-relations")).toContain("4 e");
    await shot(page, "filters-01-opposes-only");
    await page.close();
  });

  it("node-kind toggles hide nodes and their edges", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await page.getByTestId("kind-leader").click();
    await page.getByTestId("kind-treaty").click();
    await nextFrame(page);
    expect(await text(page, "count-nodes")).toBe("8");
    expect(await text(page, "count-edges")).toBe("10");
    const nodes = await page.evaluate(() => window.__entente!.visibleNodes());
    expect(nodes.every((n) => n.startsWith("country:"))).toBe(true);
    expect(await visibleEdges(page)).not.toContain("putin-RUS");
    expect(await text(page, "kind-leader-count")).toBe("2");
    await shot(page, "filters-02-countries-only");
    await page.getByTestId("kind-leader").click();
    await nextFrame(page);
    expect(await visibleEdges(page)).toContain("putin-RUS");
    await page.close();
  });

  it("excluded claims are hidden until asked for, then drawn and listed", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    expect(await visibleEdges(page)).not.toContain("excluded:0");
    await page.getByTestId("toggle-excluded").check({ force: true });
    await nextFrame(page);
    expect(await visibleEdges(page)).toEqual(expect.arrayContaining(["excluded:0", "excluded:1"]));
    expect(await text(page, "count-excluded")).toBe("2");
    expect(await page.getByTestId("excluded-list").locator("li").count()).toBe(2);
    await page.getByTestId("excluded-list").getByRole("button").first().click();
    await expect.poll(() => text(page, "excluded-details")).toContain("negated");
    expect(await text(page, "claim-quote")).toBe("China and Russia are not allies, officials in Beijing insist.");
    await shot(page, "filters-03-excluded");
    await page.close();
  });

  it("switches label language and edge thickness", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    const label = () => page.evaluate(() => window.__entente!.visibleNodes().length);
    expect(await label()).toBe(12);
    await page.getByTestId("lang-switch").getByRole("radio", { name: "中文" }).click();
    await page.getByTestId("search-input").fill("putin");
    expect(await page.getByTestId("search-option").first().locator(".search-main").textContent()).toBe("普京");
    await page.getByTestId("search-input").fill("");
    await page.getByTestId("thickness").getByRole("radio", { name: "Claims" }).click();
    await nextFrame(page);
    await shot(page, "filters-04-zh-labels");
    await expect.poll(() => page.url()).toContain("lang=zh");
    expect(page.url()).toContain("w=claims");
    await page.close();
  });
});
