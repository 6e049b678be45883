/** Clicking nodes and edges, the details panel, and the document reader. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { clickEdge, clickNode, nextFrame, openViewer, shot, text } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const FIXTURE = "graph=fixtures/small.json";

describe("details and reader", () => {
  it("an edge click shows its quote, document and dates; the link opens the reader at the sentence", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clickEdge(page, "RUS-JPN-opposes-1896");
    await page.getByTestId("edge-details").waitFor();
    expect(await page.getByTestId("edge-details").getAttribute("data-key")).toBe("RUS-JPN-opposes-1896");
    expect(await text(page, "edge-relation")).toBe("Opposes");
    expect(await text(page, "edge-span")).toBe("1896");
    expect(await text(page, "claim-quote")).toBe("1896年俄国打着“共同防御日本”旗号，意在孤立日本。");
    // Both parties' names are highlighted inside the quote.
    expect(await page.locator(".quote mark").allTextContents()).toEqual(["俄国", "日本", "日本"]);
    expect(await text(page, "claim-doc-title")).toBe("俄国为何以“共同防御日本”为借口推动《中俄密约》的签订？");
    expect(await text(page, "claim")).toContain("2026-01-21");
    await shot(page, "details-01-edge");

    await page.getByTestId("open-document").click();
    await page.getByTestId("reader").waitFor();
    expect(await text(page, "reader-mark")).toBe("1896年俄国打着“共同防御日本”旗号，意在孤立日本。");
    expect(await text(page, "reader-title")).toBe("俄国为何以“共同防御日本”为借口推动《中俄密约》的签订？");
    const inView = await page.getByTestId("reader-mark").evaluate((el) => {
      const r = el.getBoundingClientRect();
      const p = el.closest(".panel")!.getBoundingClientRect();
      return r.top >= p.top && r.bottom <= p.bottom;
    });
    expect(inView).toBe(true);
    await shot(page, "details-02-reader");
    await page.getByTestId("reader-close").click();
    await page.getByTestId("edge-details").waitFor();
    await page.close();
  });

  it("parallel edges between one pair are both clickable", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    for (const key of ["RUS-CHN-ally-1896", "CHN-RUS-opposes-1969", "RUS-CHN-partner-2014"]) {
      await clickEdge(page, key);
      await expect.poll(() => page.getByTestId("edge-details").getAttribute("data-key")).toBe(key);
    }
    await page.close();
  });

  it("a node click shows its names, facts and relations grouped by type and period", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clickNode(page, "leader:vladimir-putin");
    await page.getByTestId("node-details").waitFor();
    expect(await text(page, "node-title")).toContain("Vladimir Putin");
    const details = await text(page, "node-details");
    expect(details).toContain("Putin");
    expect(details).toContain("普京");
    expect(details).toContain("2000 – open");
    expect(details).toContain("President");
    await clickNode(page, "country:RUS");
    await expect.poll(() => page.getByTestId("node-details").getAttribute("data-key")).toBe("country:RUS");
    expect(await text(page, "node-relations-opposes")).toContain("Cold War (1947–1991)");
    await shot(page, "details-03-node");
    // From a relation row to that edge's evidence.
    await page.getByTestId("node-relations-ally").getByRole("button", { name: /1896/ }).click();
    await expect.poll(() => page.getByTestId("edge-details").getAttribute("data-key")).toBe("RUS-CHN-ally-1896");
    // Clicking empty canvas clears the selection.
    const box = (await page.locator(".graph-canvas").boundingBox())!;
    await page.waitForTimeout(350);
    await page.mouse.click(box.x + 20, box.y + box.height - 20);
    await nextFrame(page);
    await page.getByTestId("overview").waitFor();
    await page.close();
  });

  it("hovering a node highlights its neighbourhood, computed once (not per frame)", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    const focus = () => page.evaluate(() => window.__entente!.focus());
    const p = (await page.evaluate(() => window.__entente!.nodeViewport("leader:vladimir-putin")))!;
    const box = (await page.locator(".graph-canvas").boundingBox())!;
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await expect.poll(async () => (await focus()).nodes).toEqual(["country:RUS", "leader:vladimir-putin"]);
    expect((await focus()).edges).toEqual(["putin-RUS"]);
    const builds = (await focus()).builds;
    const renders = await page.evaluate(() => window.__entente!.renders);
    await page.evaluate(() => window.__entente!.animateCamera({ ratio: 0.8 }, 400));
    expect(await page.evaluate(() => window.__entente!.renders)).toBeGreaterThan(renders + 2);
    expect((await focus()).builds).toBe(builds);
    await shot(page, "details-04-hover");
    await page.mouse.move(box.x + 5, box.y + 5);
    await expect.poll(async () => (await focus()).nodes).toEqual([]);
    await page.close();
  });
});
