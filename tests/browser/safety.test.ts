/** Hostile document text renders literally (never as HTML); broken graph files give readable errors. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { HOSTILE_IMG, HOSTILE_SCRIPT } from "./fixtures/small";
import { clickEdge, openViewer, shot, text } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe("hostile documents", () => {
  it("show markup as text in quotes, titles, the reader and excluded claims; nothing runs", async () => {
    const page = await openViewer(browser.context, "graph=fixtures/small.json&excl=1");
    await clickEdge(page, "USA-RUS-opposes-2014");
    await page.getByTestId("edge-details").waitFor();
    expect(await text(page, "claim-quote")).toBe(
      `The United States opposes Russia ${HOSTILE_IMG} in every forum since 2014.`,
    );
    expect(await text(page, "claim-doc-title")).toBe("<b>Hostile</b> page <script>window.__pwned=1</script>");
    await page.getByTestId("open-document").click();
    await page.getByTestId("reader-text").waitFor();
    const reader = await text(page, "reader-text");
    expect(reader).toContain(HOSTILE_SCRIPT);
    expect(reader).toContain(HOSTILE_IMG);
    expect(await text(page, "reader-mark")).toContain(HOSTILE_IMG);
    await shot(page, "safety-01-hostile-reader");
    await page.getByTestId("excluded-list").getByRole("button").nth(1).click();
    expect(await text(page, "claim-quote")).toContain(HOSTILE_SCRIPT);
    // No element was created from the text, and no script ran.
    expect(await page.locator(".panel img, .panel script, .panel b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe("broken graph files", () => {
  it.each([
    [
      "fixtures/unknown-node.json",
      "GraphSchemaError",
      'graph.json is invalid at edges.2.target: unknown node "country:XXX"',
    ],
    ["fixtures/not-json.json", "GraphParseError", "fixtures/not-json.json is not valid JSON"],
    ["fixtures/missing.json", "GraphFetchError", "Could not fetch fixtures/missing.json: HTTP 404"],
  ])("%s shows a readable %s", async (file, name, message) => {
    const page = await browser.context.newPage();
    await page.goto(`${(await import("vitest")).inject("baseUrl")}/?graph=${file}`);
    await page.getByTestId("load-error").waitFor();
    expect(await page.locator(".error-kicker").textContent()).toBe(name);
    expect(await text(page, "load-error-message")).toContain(message);
    await shot(page, `safety-02-${name}`);
    await page.close();
  });
});
