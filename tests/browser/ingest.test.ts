/**
 * Documents added in the browser: dropped or picked files run through the extraction worker with
 * progress, their claims merge into the graph (new edges highlighted, existing ones strengthened),
 * unreadable files are reported by name, and the documents stay in the session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { INVASION_MD, SANCTION_HTML, SANCTION_QUOTE, gbk, utf8 } from "./fixtures/issue5/documents";
import {
  closeMenus,
  countOf,
  dropFiles,
  ingestDone,
  openSessionMenu,
  saveSession,
  sessionSaved,
} from "./fixtures/issue5/steps";
import { cameraStill, nextFrame, openViewer, shot, text, visibleEdges, waitForLayout } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const FIXTURE = "graph=fixtures/small.json";
const NEW_EDGE = "opposes:country:USA->country:PRK";

describe("adding documents in the browser", () => {
  it("a dropped GBK page about a sanction adds its edge and claim; an unreadable file is named, the rest go in", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    expect(await countOf(page, "count-edges")).toBe(16);
    await dropFiles(page, [
      { name: "美国制裁朝鲜.html", bytes: gbk(SANCTION_HTML), type: "text/html" },
      { name: "scan.pdf", bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), type: "application/pdf" },
    ]);
    // Read in the worker, with progress shown meanwhile.
    await page.getByTestId("ingest-progress").waitFor();
    expect(await text(page, "ingest-progress")).toMatch(/Reading documents\s*[01] \/ 2/);
    await shot(page, "ingest-00-progress");
    await ingestDone(page);
    await nextFrame(page);
    expect(await text(page, "ingest-result")).toContain("Added 1 document");
    expect(await text(page, "ingest-summary")).toBe("1 new relation · 0 strengthened relations · 2 claims");
    expect(await text(page, "ingest-failures")).toContain("scan.pdf could not be read");
    expect(await text(page, "ingest-failures")).toContain('unsupported file type ".pdf"');
    expect(await page.getByTestId("ingest-new-edges").locator("[data-key]").getAttribute("data-key")).toBe(NEW_EDGE);
    expect(await text(page, "ingest-new-edges")).toContain("United States → North Korea");
    expect(await visibleEdges(page)).toContain(NEW_EDGE);
    expect(await countOf(page, "count-edges")).toBe(17);
    expect(await text(page, "relation-opposes-count")).toBe("5");
    expect(await page.locator(".brand-file").innerText()).toContain("5 docs");
    // Drawn highlighted: thicker than any other opposes edge.
    const sizes = await page.evaluate(() => {
      const d = window.__entente!;
      return { fresh: d.edgeSize("opposes:country:USA->country:PRK"), old: d.edgeSize("RUS-JPN-opposes-1896") };
    });
    expect(sizes.fresh).toBeGreaterThan(sizes.old);
    await cameraStill(page);
    await shot(page, "ingest-01-dropped");

    // Its claim, with the document read from GBK.
    await page.getByTestId("ingest-new-edges").locator("[data-key]").click();
    await page.getByTestId("edge-details").waitFor();
    expect(await page.getByTestId("edge-details").getAttribute("data-key")).toBe(NEW_EDGE);
    expect(await text(page, "edge-relation")).toBe("Opposes");
    expect(await text(page, "edge-span")).toBe("2017-09-21");
    expect(await page.getByTestId("claim-quote").allTextContents()).toContain(SANCTION_QUOTE);
    expect(await text(page, "claim-doc-title")).toBe("美国宣布对朝鲜实施新一轮制裁");
    await cameraStill(page);
    await shot(page, "ingest-02-claim");
    await page.getByTestId("open-document").last().click();
    await page.getByTestId("reader").waitFor();
    expect(await text(page, "reader-mark")).toBe(SANCTION_QUOTE);
    await page.close();
  });

  it("a picked file strengthens a known relation; rejecting its older claim recomputes the span", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await page
      .getByTestId("add-documents-input")
      .setInputFiles({ name: "invasion.md", mimeType: "text/markdown", buffer: Buffer.from(utf8(INVASION_MD)) });
    await ingestDone(page);
    expect(await text(page, "ingest-summary")).toBe("0 new relations · 1 strengthened relation · 1 claim");
    expect(await countOf(page, "count-edges")).toBe(16);
    await page.getByTestId("ingest-strengthened-edges").locator("[data-key]").click();
    await page.getByTestId("edge-details").waitFor();
    expect(await page.getByTestId("edge-details").getAttribute("data-key")).toBe("RUS-UKR-opposes-2014");
    expect(await page.getByTestId("claim").count()).toBe(2);
    // the open end ("since 2014") stops at its document's publication (edge periods)
    expect(await text(page, "edge-span")).toBe("2014 – 2024-05-16");
    await page.getByTestId("claim").first().getByTestId("verdict-reject").click();
    await expect.poll(() => page.getByTestId("claim").count()).toBe(1);
    expect(await text(page, "edge-span")).toBe("2022");
    expect(await page.getByTestId("rejected-claim").count()).toBe(1);
    await shot(page, "ingest-03-strengthened-rejected");
    await page.close();
  });

  it("added documents are kept in the session and come back after a reload", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await saveSession(page, "With a sanction");
    await closeMenus(page);
    await dropFiles(page, [{ name: "sanction.html", bytes: gbk(SANCTION_HTML), type: "text/html" }]);
    await ingestDone(page);
    await sessionSaved(page);
    await page.reload();
    await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, {
      timeout: 60_000,
    });
    await waitForLayout(page);
    expect(await visibleEdges(page)).toContain(NEW_EDGE);
    expect(await countOf(page, "count-edges")).toBe(17);

    // Listed in the session, and removable with the claims it brought.
    await openSessionMenu(page);
    expect(await text(page, "added-documents")).toContain("美国宣布对朝鲜实施新一轮制裁");
    await shot(page, "ingest-04-session-documents");
    await page.getByTestId("added-document-remove").click();
    await expect.poll(() => countOf(page, "count-edges")).toBe(16);
    expect(await visibleEdges(page)).not.toContain(NEW_EDGE);
    await page.close();
  });

  it("pasted text becomes a document", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "2017年9月21日，美国宣布对朝鲜实施新一轮制裁，冻结相关个人和实体的资产。");
      window.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    await ingestDone(page);
    expect(await text(page, "ingest-result")).toContain("Added 1 document");
    expect(await visibleEdges(page)).toContain(NEW_EDGE);
    await page.close();
  });
});
