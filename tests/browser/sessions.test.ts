/**
 * Research sessions: save and restore (reload and browser restart), notes and verdicts that
 * survive a reload, session files exported and imported without overwriting, and storage failures
 * that say what to do and lose nothing.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readSessionFile } from "../../src/session/file";
import { launchChromium } from "./chromium";
import {
  closeMenus,
  countOf,
  downloadOf,
  keptProfile,
  openSessionMenu,
  saveSession,
  sessionSaved,
  sessionStatus,
} from "./fixtures/issue5/steps";
import {
  cameraStill,
  clickEdge,
  clickNode,
  nextFrame,
  openViewer,
  shot,
  text,
  visibleEdges,
  waitForLayout,
} from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

const FIXTURE = "graph=fixtures/small.json";
const REJECTED = "RUS-JPN-opposes-1896";

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, { timeout: 60_000 });
  await waitForLayout(page);
}

/** Deletes every saved session (tests share one browser profile). */
async function clearSessions(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.deleteDatabase("entente");
        req.onsuccess = () => ok();
        req.onerror = () => fail(req.error);
        req.onblocked = () => ok();
      }),
  );
}

async function nodePosition(page: Page, key: string) {
  return page.evaluate((k) => window.__entente!.nodeViewport(k), key);
}

describe("sessions", () => {
  it("a saved session comes back after a reload: filters, selection, pins, layout and camera", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clearSessions(page);
    await reload(page);
    await page.getByTestId("relation-party-to").click();
    await page.getByTestId("kind-treaty").click();
    await clickNode(page, "country:RUS");
    await page.getByTestId("node-details").waitFor();
    await page.getByTestId("pin-button").click();
    await cameraStill(page);
    expect(await sessionStatus(page)).toBe("draft");
    await saveSession(page, "Russia and its neighbours");
    await expect.poll(() => new URL(page.url()).searchParams.get("session")).toMatch(/.+/);
    await shot(page, "sessions-01-saved");
    await closeMenus(page);
    await cameraStill(page);
    const before = {
      edges: await visibleEdges(page),
      counts: await page.evaluate(() => window.__entente!.counts()),
      rus: await nodePosition(page, "country:RUS"),
      camera: await page.evaluate(() => window.__entente!.camera()),
    };
    await sessionSaved(page);

    await reload(page);
    await cameraStill(page);
    expect(await text(page, "session-button")).toContain("Russia and its neighbours");
    expect(await sessionStatus(page)).toBe("saved");
    expect(await visibleEdges(page)).toEqual(before.edges);
    expect(await page.evaluate(() => window.__entente!.counts())).toEqual(before.counts);
    expect(await page.getByTestId("relation-party-to").isChecked()).toBe(false);
    expect(await page.getByTestId("node-details").getAttribute("data-key")).toBe("country:RUS");
    expect(await page.getByTestId("pin-button").getAttribute("aria-pressed")).toBe("true");
    const rus = (await nodePosition(page, "country:RUS"))!;
    // Within rounding of the camera in the URL (4 decimals).
    expect(rus.x).toBeCloseTo(before.rus!.x, -0.5);
    expect(rus.y).toBeCloseTo(before.rus!.y, -0.5);
    expect((await page.evaluate(() => window.__entente!.camera())).ratio).toBeCloseTo(before.camera.ratio, 3);
    await shot(page, "sessions-02-restored");
    await page.close();
  });

  it("dragging a node moves and pins it; the session keeps it there", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clearSessions(page);
    await reload(page);
    await saveSession(page, "Dragged");
    await closeMenus(page);
    await cameraStill(page);
    const box = (await page.locator(".graph-canvas").boundingBox())!;
    const from = (await nodePosition(page, "country:IND"))!;
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + from.x + i * 8, box.y + from.y - i * 5);
    await page.mouse.up();
    await nextFrame(page);
    expect(await page.getByTestId("pin-button").getAttribute("aria-pressed")).toBe("true");
    // Clear the selection, so the reloaded view does not focus it: the same framing both times.
    await page.waitForTimeout(350);
    await page.mouse.click(box.x + 20, box.y + box.height - 20);
    await page.getByTestId("overview").waitFor();
    await expect.poll(() => page.url()).not.toContain("sel=");
    const to = (await nodePosition(page, "country:IND"))!;
    expect(Math.hypot(to.x - from.x, to.y - from.y)).toBeGreaterThan(40);
    await sessionSaved(page);
    await openSessionMenu(page);
    expect(await text(page, "session-panel")).toContain("1 pinned");
    await closeMenus(page);
    await shot(page, "sessions-02b-dragged");

    await reload(page);
    await cameraStill(page);
    const back = (await nodePosition(page, "country:IND"))!;
    expect(back.x).toBeCloseTo(to.x, -0.5);
    expect(back.y).toBeCloseTo(to.y, -0.5);
    await page.close();
  });

  it("sessions survive a browser restart and are listed, renamed, duplicated and deleted", async () => {
    const profile = await keptProfile();
    try {
      let context = await profile.launch();
      let page = await openViewer(context, FIXTURE);
      await page.getByTestId("relation-opposes").click();
      await saveSession(page, "Rivalries");
      await closeMenus(page);
      await sessionSaved(page);
      await context.close();

      context = await profile.launch();
      page = await openViewer(context, FIXTURE);
      expect(await sessionStatus(page)).toBe("draft");
      await openSessionMenu(page);
      const rows = page.getByTestId("session-row");
      expect(await rows.count()).toBe(1);
      expect(await rows.first().innerText()).toContain("Rivalries");
      expect(await rows.first().innerText()).toContain("fixtures/small.json");

      // Rename and duplicate.
      await rows.first().getByTestId("session-row-rename").click();
      await page.getByTestId("session-row-rename-input").fill("Rivalries 1896–2014");
      await page.getByTestId("session-row-rename-input").press("Enter");
      await expect.poll(() => rows.first().innerText()).toContain("Rivalries 1896–2014");
      await rows.first().getByTestId("session-row-duplicate").click();
      await expect.poll(() => rows.count()).toBe(2);
      await expect.poll(() => page.getByTestId("session-list").innerText()).toContain("Rivalries 1896–2014 (copy)");
      await shot(page, "sessions-03-list");

      // Open the original: the page reloads into it.
      await page.getByTestId("session-row").filter({ hasNotText: "(copy)" }).getByTestId("session-row-open").click();
      await page.waitForURL(/session=/);
      await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0);
      expect(await text(page, "session-button")).toContain("Rivalries 1896–2014");
      expect(await page.getByTestId("relation-opposes").isChecked()).toBe(false);

      // Delete the copy (asked first).
      await openSessionMenu(page);
      const copy = page.getByTestId("session-row").filter({ hasText: "(copy)" });
      await copy.getByTestId("session-row-delete").click();
      await shot(page, "sessions-04-delete-confirm");
      await page.getByTestId("session-row-delete-confirm").click();
      await expect.poll(() => page.getByTestId("session-row").count()).toBe(1);
      await context.close();
    } finally {
      await profile.remove();
    }
  });

  it("a shared link opens the same view in another browser; notes and verdicts travel in the file", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clearSessions(page);
    await reload(page);
    await page.getByTestId("relation-ally").click();
    await page.getByTestId("preset-since-2014").click();
    await saveSession(page, "Shared by link");
    await closeMenus(page);
    await clickNode(page, "country:UKR");
    await page.getByTestId("note-input").fill("only on my machine");
    await page.getByTestId("note-input").blur();
    await sessionSaved(page);
    await expect.poll(() => page.url()).toContain("sel=node");
    const link = page.url();
    const edges = await visibleEdges(page);
    await page.close();

    const profile = await keptProfile();
    try {
      const other = await profile.launch();
      const there = await other.newPage();
      await there.goto(link);
      await there.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, {
        timeout: 60_000,
      });
      expect(await visibleEdges(there)).toEqual(edges);
      expect(await there.getByTestId("relation-ally").isChecked()).toBe(false);
      expect(await there.getByTestId("node-details").getAttribute("data-key")).toBe("country:UKR");
      expect(await text(there, "session-notice")).toContain("not saved in this browser");
      expect(await there.getByTestId("note-input").inputValue()).toBe("");
      await shot(there, "sessions-02c-shared-link");
      await other.close();
    } finally {
      await profile.remove();
    }
  });

  it("a note and a rejected claim survive a reload; the rejected claim's edge is gone until restored", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clearSessions(page);
    await reload(page);
    await saveSession(page, "Verdicts");
    await closeMenus(page);
    expect(await countOf(page, "count-edges")).toBe(16);

    await clickNode(page, "country:JPN");
    await page.getByTestId("note-input").fill("Japan: check the 1896 sources against the 1902 alliance.");
    await clickEdge(page, REJECTED);
    await page.getByTestId("edge-details").waitFor();
    await page.getByTestId("verdict-reject").click();
    await page.getByTestId("rejected-edge").waitFor();
    expect(await text(page, "rejected-edge")).toContain("1896年俄国打着“共同防御日本”旗号，意在孤立日本。");
    expect(await visibleEdges(page)).not.toContain(REJECTED);
    expect(await countOf(page, "count-edges")).toBe(15);
    expect(await text(page, "relation-opposes-count")).toBe("3");
    await shot(page, "sessions-05-rejected");
    await sessionSaved(page);

    await reload(page);
    expect(await visibleEdges(page)).not.toContain(REJECTED);
    expect(await countOf(page, "count-edges")).toBe(15);
    await page.getByTestId("rejected-edge").waitFor();
    await clickNode(page, "country:JPN");
    expect(await page.getByTestId("note-input").inputValue()).toBe(
      "Japan: check the 1896 sources against the 1902 alliance.",
    );
    await shot(page, "sessions-06-note-restored");

    // Restore the claim from the session's list of rejections on the node's relations.
    await page.goto(page.url().replace(/sel=[^&]*/, `sel=edge:${REJECTED}`));
    await page.waitForFunction(() => window.__entente?.ready);
    await page.getByTestId("verdict-restore").click();
    await page.getByTestId("edge-details").waitFor();
    expect(await visibleEdges(page)).toContain(REJECTED);
    expect(await countOf(page, "count-edges")).toBe(16);
    await page.close();
  });

  it("a session exported to a file imports elsewhere without overwriting the one there", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clearSessions(page);
    await reload(page);
    await saveSession(page, "Shared study");
    await closeMenus(page);
    await clickNode(page, "country:CHN");
    await page.getByTestId("note-input").fill("China: alliance and rivalry with Russia.");
    await clickEdge(page, "PRK-CHN-ally-undated");
    await page.getByTestId("verdict-confirm").click();
    await sessionSaved(page);

    await openSessionMenu(page);
    const file = await downloadOf(page, () => page.getByTestId("session-export").click());
    expect(file.name).toBe("Shared study.entente-session.json");
    const session = readSessionFile(file.text, file.name);
    expect(session.notes["node:country:CHN"].text).toBe("China: alliance and rivalry with Russia.");
    expect(Object.values(session.verdicts).map((v) => [v.edge, v.verdict])).toEqual([
      ["PRK-CHN-ally-undated", "confirmed"],
    ]);

    // Importing into the browser that has it: a second session, renamed, the first untouched.
    await page
      .getByTestId("session-import-input")
      .setInputFiles({ name: file.name, mimeType: "application/json", buffer: file.bytes });
    await page.getByTestId("session-notice").waitFor();
    expect(await text(page, "session-notice")).toContain(
      "Imported “Shared study” as “Shared study (imported)”: a session with that name already exists.",
    );
    await openSessionMenu(page);
    await expect.poll(() => page.getByTestId("session-row").count()).toBe(2);
    await shot(page, "sessions-07-imported");
    await closeMenus(page);
    const current = new URL(page.url()).searchParams.get("session");
    await page.getByTestId("session-notice-open").click();
    await page.waitForURL((u) => u.searchParams.get("session") !== current);
    await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0);
    expect(await text(page, "session-button")).toContain("Shared study (imported)");
    await clickNode(page, "country:CHN");
    expect(await page.getByTestId("note-input").inputValue()).toBe("China: alliance and rivalry with Russia.");

    // A file that is not a session is refused, saying why.
    await openSessionMenu(page);
    await page.getByTestId("session-import-input").setInputFiles({
      name: "graph.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"nodes":[],"edges":[]}'),
    });
    await expect.poll(() => text(page, "session-notice")).toContain("graph.json is a graph file, not a session");
    await page.close();
  });

  it("a save that fails (storage full) says how to keep the work, and loses nothing", async () => {
    const page = await openViewer(browser.context, FIXTURE);
    await clearSessions(page);
    await reload(page);
    await saveSession(page, "Quota");
    await closeMenus(page);
    await clickNode(page, "country:USA");
    await page.getByTestId("note-input").fill("first note, saved");
    await page.getByTestId("note-input").blur();
    await sessionSaved(page);

    // From now on the browser refuses writes, as when the disk quota is exhausted.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.getByTestId("note-input").fill("second note, not saved");
    await page.getByTestId("storage-error").waitFor();
    expect(await page.getByTestId("storage-error").getAttribute("data-kind")).toBe("quota");
    expect(await text(page, "storage-error")).toContain("storage for this site is full");
    expect(await text(page, "storage-error")).toContain("export the session to a file now");
    expect(await sessionStatus(page)).toBe("error");
    await shot(page, "sessions-08-quota");

    // The way out: export now — the file has the unsaved work.
    const file = await downloadOf(page, () => page.getByTestId("storage-export").click());
    expect(readSessionFile(file.text, file.name).notes["node:country:USA"].text).toBe("second note, not saved");

    // What was saved before is intact.
    await reload(page);
    await clickNode(page, "country:USA");
    expect(await page.getByTestId("note-input").inputValue()).toBe("first note, saved");
    await page.close();
  });

  it("without storage (private mode) saving says so and offers the file", async () => {
    const context = browser.context;
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
    });
    await page.goto(`${inject("baseUrl")}/?${FIXTURE}`);
    await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, {
      timeout: 60_000,
    });
    await waitForLayout(page);
    await clickNode(page, "country:CHN");
    await page.getByTestId("note-input").fill("kept only in this tab");
    await openSessionMenu(page);
    expect(await text(page, "session-menu-alert")).toContain(
      "does not let the viewer store sessions (private browsing",
    );
    expect(await page.getByTestId("session-save").isDisabled()).toBe(true);
    const file = await downloadOf(page, () => page.getByTestId("session-menu-export").click());
    expect(readSessionFile(file.text, file.name).notes["node:country:CHN"].text).toBe("kept only in this tab");
    await nextFrame(page);
    await shot(page, "sessions-09-unavailable");
    await page.close();
  });
});
