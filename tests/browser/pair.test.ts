/** A pair's history and disputed relations, on the fixture graph with periods. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { nextFrame, openViewer, shot, text } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const FIXTURE = "graph=fixtures/periods.json";

/** A URL parameter once the (debounced) URL sync has written one matching `re`. */
async function param(page: import("playwright-core").Page, name: string, re: RegExp): Promise<string> {
  await page.waitForFunction(
    ([n, src]) => new RegExp(src).test(new URLSearchParams(location.search).get(n) ?? ""),
    [name, re.source] as const,
    { timeout: 5_000 },
  );
  return new URL(page.url()).searchParams.get(name)!;
}

describe("disputes", () => {
  it("lists the disputed pairs and shows both sides' evidence side by side", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    const items = page.getByTestId("dispute-item");
    expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-pair")))).toEqual([
      "country:CHN|country:RUS",
      "country:IND|country:PAK",
    ]);
    await items.nth(1).click();
    await nextFrame(page);
    expect(await param(page, "sel", /^pair:/)).toBe("pair:country:IND|country:PAK");
    expect(await page.getByTestId("pair-disputed").isVisible()).toBe(true);
    const dispute = page.getByTestId("dispute");
    expect(await dispute.getAttribute("data-relations")).toBe("ally/opposes");
    expect(await dispute.getByTestId("dispute-side-ally").getByTestId("claim-quote").textContent()).toContain(
      "In 2005 India and Pakistan were allies",
    );
    expect(await dispute.getByTestId("dispute-side-opposes").getByTestId("claim-quote").textContent()).toContain(
      "India opposed Pakistan",
    );
    // Side by side: the two columns share a row.
    const [a, b] = await Promise.all(
      ["ally", "opposes"].map((r) => dispute.getByTestId(`dispute-side-${r}`).boundingBox()),
    );
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    await shot(page, "pair-01-dispute");
    await page.close();
  });

  it("an edge on one side of a dispute says so and leads to the pair", async () => {
    const page = await openViewer(browser.context, `${FIXTURE}&sel=edge:IND-PAK-ally-2005`);
    expect(await text(page, "edge-disputed")).toBe("disputed: Ally vs Opposes");
    await page.getByTestId("edge-disputed").click();
    expect(await page.getByTestId("pair-details").isVisible()).toBe(true);
    await page.close();
  });
});

describe("pair timeline", () => {
  it("China–Russia: one row per relation with its periods; brushing sets the era", async () => {
    const page = await openViewer(browser.context, `${FIXTURE}&sel=pair:country:CHN|country:RUS`);
    const rows = page.getByTestId("pair-timeline").locator("[data-testid^=pair-row-]");
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")))).toEqual([
      "pair-row-ally",
      "pair-row-partner",
      "pair-row-opposes",
    ]);
    const spans = await page
      .getByTestId("pair-row-ally")
      .getByTestId("pair-period")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-span")));
    expect(spans).toEqual(["open – 1969", "2021 – 2025"]);
    expect(await page.getByTestId("pair-row-ally").getAttribute("data-claims")).toBe("5");
    await shot(page, "pair-02-timeline");
    // Drag across the right half of the timeline: the era follows.
    const box = (await page.getByTestId("pair-timeline").boundingBox())!;
    await page.mouse.move(box.x + box.width - 30, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 4, box.y + 12, { steps: 4 });
    await page.mouse.up();
    await nextFrame(page);
    expect(await param(page, "era", /^20\d\d-20\d\d$/)).toMatch(/^20\d\d-20\d\d$/);
    await page.close();
  });

  it("opens from a state's relations (select two states)", async () => {
    const page = await openViewer(browser.context, `${FIXTURE}&sel=node:country:IND`);
    await page.getByTestId("node-pair-link").first().click();
    expect(await param(page, "sel", /^pair:/)).toMatch(/^pair:country:IND\|country:/);
    expect(await page.getByTestId("pair-timeline").isVisible()).toBe(true);
    await page.close();
  });
});
