/**
 * Hostile graph and session files (issue 13): `__proto__` keys, 10 MB strings, wrong types,
 * non-finite numbers, missing coordinates, dangling edges, duplicate ids, a 50 MB file, markup in
 * quotes. Each must end in a readable error naming the problem or a safe load — never script
 * execution, prototype pollution, a hang or a blank page.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium";
import { HOSTILE_GRAPHS, HOSTILE_SESSIONS } from "./fixtures/hostile";
import { shot } from "./helpers";

let browser: Awaited<ReturnType<typeof launchChromium>>;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

interface Watch {
  dialogs: string[];
  pageErrors: string[];
  console: string[];
}

/** Opens a page that records dialogs, uncaught errors and console output. */
async function watchedPage(): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.context.newPage();
  const watch: Watch = { dialogs: [], pageErrors: [], console: [] };
  page.on("dialog", (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => watch.pageErrors.push(e.message));
  page.on("console", (m) => watch.console.push(m.text()));
  return { page, watch };
}

type Outcome = { kind: "error"; name: string; message: string } | { kind: "loaded" };

/** Waits for the error page, or the drawn graph once its schema validation has settled. */
async function outcome(page: Page): Promise<Outcome> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="load-error"]') ||
      (window.__entente?.ready &&
        window.__entente.renders > 0 &&
        performance.getEntriesByName("entente:validated").length > 0),
    null,
    { timeout: 90_000 },
  );
  // A failed validation replaces the view on the next commit.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  if (await page.getByTestId("load-error").count()) {
    return {
      kind: "error",
      name: (await page.locator(".error-kicker").textContent()) ?? "",
      message: (await page.getByTestId("load-error-message").textContent()) ?? "",
    };
  }
  return { kind: "loaded" };
}

/** Nothing ran, nothing was polluted, the page answers and shows something. */
async function expectSafe(page: Page, watch: Watch): Promise<void> {
  const t0 = Date.now();
  const state = await page.evaluate(() => ({
    polluted: ({} as Record<string, unknown>).polluted,
    arrayPolluted: ([] as unknown as Record<string, unknown>).polluted,
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    injected: document.querySelectorAll("body img[src='x'], body script:not([src]):not([type])").length,
    text: document.body.innerText.trim().length,
  }));
  expect(Date.now() - t0).toBeLessThan(5_000);
  expect(state).toMatchObject({ polluted: undefined, arrayPolluted: undefined, pwned: undefined, injected: 0 });
  expect(state.text).toBeGreaterThan(0);
  expect(watch.dialogs).toEqual([]);
  expect(watch.pageErrors).toEqual([]);
}

/** What each file must give: the error message naming the problem, or a safe load. */
const EXPECTED: Record<string, RegExp | "loaded"> = {
  "proto-keys": "loaded",
  "huge-label": "loaded",
  "huge-quote": "loaded",
  "wrong-types": /invalid at nodes\.0\.attributes\.label/,
  "non-finite": /invalid at nodes\.0\.attributes\.x: .*received Infinity/,
  "no-coordinates": "loaded",
  "dangling-edge": /invalid at edges\.1\.source: unknown node "country:ZZZ"/,
  "duplicate-ids": /lists node "country:CHN" twice/,
  "50mb": "loaded",
  "markup-quotes": "loaded",
};

describe("hostile graph files", () => {
  it.each(HOSTILE_GRAPHS.map((g) => [g.name, g] as const))(
    "%s",
    async (name, g) => {
      const { page, watch } = await watchedPage();
      const body = g.text();
      await page.route(`**/fixtures/hostile-${name}.json`, (r) =>
        r.fulfill({ status: 200, contentType: "application/json", body }),
      );
      await page.goto(`${inject("baseUrl")}/?graph=fixtures/hostile-${name}.json`);
      const out = await outcome(page);
      await shot(page, `hostile-${name}`);
      console.log(`[hostile] ${name}: ${JSON.stringify(out).slice(0, 400)}`);
      await expectSafe(page, watch);
      const want = EXPECTED[name];
      if (want === "loaded") expect(out.kind).toBe("loaded");
      else if (want) expect(out.kind === "error" ? out.message : "loaded").toMatch(want);
      await page.close();
    },
    180_000,
  );
});

describe("hostile session files", () => {
  it.each(HOSTILE_SESSIONS.map((s) => [s.name, s] as const))(
    "%s",
    async (name, s) => {
      const { page, watch } = await watchedPage();
      await page.goto(`${inject("baseUrl")}/?graph=fixtures/small.json`);
      await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, {
        timeout: 60_000,
      });
      await page.getByTestId("session-button").click();
      await page.getByTestId("session-panel").waitFor();
      await page.getByTestId("session-import-input").setInputFiles({
        name: `${name}.entente-session.json`,
        mimeType: "application/json",
        buffer: Buffer.from(s.text()),
      });
      await page.getByTestId("session-notice").waitFor({ timeout: 60_000 });
      const notice = (await page.getByTestId("session-notice").textContent()) ?? "";
      console.log(`[hostile] ${name}: ${notice.slice(0, 400)}`);
      await shot(page, `hostile-${name}`);
      await expectSafe(page, watch);
      if (await page.getByTestId("session-notice-open").count()) {
        // Opening a session reloads the page: wait for the new document before reading it.
        await Promise.all([
          page.waitForEvent("load", { timeout: 60_000 }),
          page.getByTestId("session-notice-open").click(),
        ]);
        await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, {
          timeout: 60_000,
        });
        await shot(page, `hostile-${name}-opened`);
        await expectSafe(page, watch);
      }
      await page.close();
    },
    180_000,
  );
});
