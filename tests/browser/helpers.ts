/** Shared steps for the browser tests: open the viewer, read the debug handle, click, screenshot. */
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";

const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), "../../test-results");

/** Opens the viewer with `query` and waits until the graph is drawn (and, by default, laid out). */
export async function openViewer(
  context: BrowserContext,
  query: string,
  opts: { settle?: boolean } = {},
): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${inject("baseUrl")}/${query ? `?${query}` : ""}`);
  await page.waitForFunction(() => window.__entente?.ready && window.__entente.renders > 0, null, { timeout: 60_000 });
  if (opts.settle !== false) await waitForLayout(page);
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return page;
}

export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__entente?.layoutRunning(), null, { timeout: 60_000 });
  // let the last positions reach the screen
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: resolve(RESULTS, `${name}.png`) });
}

export function visibleEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__entente!.visibleEdges());
}

export async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).first().textContent())?.trim() ?? "";
}

/**
 * Lets an interaction reach the screen: React commits, the brush's frame-coalesced update and
 * sigma's scheduled render each take at most one animation frame.
 */
export async function nextFrame(page: Page, frames = 3): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((ok) => requestAnimationFrame(ok));
  }, frames);
}

/** Waits until a camera animation (focus, zoom) has finished. */
export async function cameraStill(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__entente!.cameraAnimating(), null, { timeout: 10_000 });
  await nextFrame(page, 2);
}

/** Sigma reads two clicks within 300 ms as a double-click (zoom): space test clicks apart. */
const DOUBLE_CLICK_GAP_MS = 350;

/**
 * Clicks an edge on the canvas: at its midpoint, or the nearest point along it where the app picks
 * this edge for every pixel around (a crossing with another edge would make the click ambiguous).
 */
export async function clickEdge(page: Page, key: string): Promise<void> {
  await page.waitForTimeout(DOUBLE_CLICK_GAP_MS);
  await cameraStill(page);
  const p = await page.evaluate((k) => {
    const d = window.__entente!;
    for (const u of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82]) {
      const q = d.edgeViewport(k, u);
      if (!q) continue;
      const around = [
        [0, 0],
        [2, 0],
        [-2, 0],
        [0, 2],
        [0, -2],
      ].every(([dx, dy]) => d.edgeAt(Math.round(q.x) + dx, Math.round(q.y) + dy) === k);
      if (around) return { x: Math.round(q.x), y: Math.round(q.y) };
    }
    return null;
  }, key);
  if (!p) throw new Error(`edge ${key} is not drawn, or nowhere clickable`);
  const box = (await page.locator(".graph-canvas").boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

export async function clickNode(page: Page, key: string): Promise<void> {
  await page.waitForTimeout(DOUBLE_CLICK_GAP_MS);
  await cameraStill(page);
  const p = await page.evaluate((k) => window.__entente!.nodeViewport(k), key);
  if (!p) throw new Error(`node ${key} is not drawn`);
  const box = (await page.locator(".graph-canvas").boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/** Sets the era by typing into the year fields. */
export async function typeEra(page: Page, from: number, to: number): Promise<void> {
  // From all time, so typing To first is never refused for being below the old From.
  await page.getByTestId("era-all").click();
  await page.getByTestId("era-to").fill(String(to));
  await page.getByTestId("era-to").press("Enter");
  await page.getByTestId("era-from").fill(String(from));
  await page.getByTestId("era-from").press("Enter");
}

/**
 * Share of pixels in a PNG that differ from `background` (RGB; by default the image's first
 * pixel), decoded in the page.
 */
export function pngPaintedShare(page: Page, png: Buffer, background?: [number, number, number]): Promise<number> {
  return page.evaluate(
    async ({ b64, bg }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const [r0, g0, b0] = bg ?? [d[0], d[1], d[2]];
      let diff = 0;
      for (let i = 0; i < d.length; i += 4)
        if (Math.abs(d[i] - r0) + Math.abs(d[i + 1] - g0) + Math.abs(d[i + 2] - b0) > 30) diff++;
      return diff / (d.length / 4);
    },
    { b64: png.toString("base64"), bg: background ?? null },
  );
}

/**
 * Share of pixels in the graph canvas that differ from its background, measured on a real
 * screenshot (WebGL buffers cannot be read back after compositing).
 */
export async function paintedShare(page: Page): Promise<number> {
  return pngPaintedShare(page, await page.locator(".graph-canvas").screenshot());
}
