/**
 * Viewer benchmark (`npm run bench:viewer`): headless Chromium on generated graphs (10k and 50k
 * nodes, 4 edges per node, positions precomputed so no layout runs), the viewer beside bare sigma
 * drawing the same file in the same run.
 *
 * Measures, per graph and page:
 * - first render: navigation start → first frame presented (median of runs), by the same probe on
 *   both pages (first WebGL draw, then the frame that composites it);
 * - era update: brushing the timeline (real pointer moves), input → frame drawn (median, p95);
 *   bare sigma: the same era applied with one batched `hidden` update;
 * - camera move: per-frame time while zooming step by step (change → frame presented), and the
 *   JS part of sigma's render.
 *
 * Options: --sizes 10000,50000  --runs 3  --steps 20
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build } from "vite";
import { generateGraph, loadCapitals } from "../scripts/gen-graph";
import { launchChromium } from "../tests/browser/chromium";
import { startStaticServer } from "../tests/browser/server";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Handle {
  renders: number;
  lastRenderMs: number;
  lastRenderAt: number;
}

type Which = "viewer" | "bare";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN;
}

const HANDLE = { viewer: "__entente", bare: "__bare" } as const;

/**
 * The same first-frame clock for both pages: the first WebGL draw call marks the first render; the
 * frame is presented once the task that composites it has run (software GL rasterises there), so
 * the probe marks `bench:first-frame` from a task queued behind the next animation frame.
 */
const FIRST_FRAME_PROBE = `(() => {
  let armed = true;
  const fire = () => {
    if (!armed) return;
    armed = false;
    requestAnimationFrame(() => setTimeout(() => performance.mark("bench:first-frame"), 0));
  };
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
    for (const m of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"]) {
      const orig = C.prototype[m];
      if (!orig) continue;
      C.prototype[m] = function (...args) { fire(); return orig.apply(this, args); };
    }
  }
})();`;

async function buildPages(out: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, "vite.config.ts"),
      mode: "production",
      logLevel: "warn",
      build: { outDir: join(out, "viewer"), emptyOutDir: true },
    });
    await build({
      root: resolve(ROOT, "bench/bare"),
      configFile: false,
      base: "./",
      mode: "production",
      logLevel: "warn",
      build: { outDir: join(out, "bare"), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

async function open(page: Page, base: string, which: Which, graph: string): Promise<number> {
  await page.goto(`${base}/${which}/?graph=../${graph}`);
  await page.waitForFunction(
    (h) => (window as unknown as Record<string, Handle | undefined>)[h]?.renders,
    HANDLE[which],
    { timeout: 600_000, polling: 50 },
  );
  await page.waitForFunction(() => performance.getEntriesByName("bench:first-frame").length > 0, null, {
    timeout: 600_000,
  });
  return page.evaluate(() => performance.getEntriesByName("bench:first-frame")[0].startTime);
}

/** Resolves when the page has drawn a frame after `since` renders. */
async function waitRender(page: Page, which: Which, since: number): Promise<void> {
  await page.waitForFunction(
    ([h, n]) => ((window as unknown as Record<string, Handle>)[h as string].renders as number) > (n as number),
    [HANDLE[which], since] as const,
    {
      timeout: 60_000,
      polling: "raf",
    },
  );
}

async function renders(page: Page, which: Which): Promise<number> {
  return page.evaluate((h) => (window as unknown as Record<string, Handle>)[h].renders, HANDLE[which]);
}

/** Viewer: drag the era brush with real pointer input; latency = pointermove → end of the render it caused. */
async function eraViewer(page: Page, steps: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __moves: number[] };
    w.__moves = [];
    document.addEventListener("pointermove", () => w.__moves.push(performance.now()), { capture: true });
  });
  const box = (await page.getByTestId("era-brush").boundingBox())!;
  const x = (year: number) => box.x + 10 + ((year - 1890 + 0.5) / 136) * (box.width - 20);
  const y = box.y + box.height / 2;
  await page.mouse.move(x(1940), y);
  await page.mouse.down();
  const out: number[] = [];
  for (let i = 1; i <= steps; i++) {
    const before = await renders(page, "viewer");
    await page.mouse.move(x(1940 + 2 * i), y);
    await waitRender(page, "viewer", before);
    out.push(
      await page.evaluate(() => {
        const w = window as unknown as { __moves: number[]; __entente: Handle };
        return w.__entente.lastRenderAt - w.__moves[w.__moves.length - 1];
      }),
    );
  }
  await page.mouse.up();
  return out;
}

/** Bare sigma: the same eras applied with one batched attribute update; latency = call → frame drawn. */
async function eraBare(page: Page, steps: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 1; i <= steps; i++) {
    const before = await renders(page, "bare");
    const t0 = await page.evaluate(
      (to) => {
        const t = performance.now();
        (window as unknown as { __bare: { setEra(a: number, b: number): void } }).__bare.setEra(1940, to);
        return t;
      },
      1940 + 2 * i,
    );
    await waitRender(page, "bare", before);
    out.push((await page.evaluate(() => (window as unknown as { __bare: Handle }).__bare.lastRenderAt)) - t0);
  }
  return out;
}

/**
 * Moves the camera step by step (zoom in, then out) and times each frame until it is presented
 * (camera change → next animation frame → the task after it). Returns per-frame times and the JS
 * part of each render.
 */
async function camera(page: Page, which: Which, steps = 6): Promise<{ frame: number[]; render: number[] }> {
  return page.evaluate(
    async ([h, n]) => {
      const handle = (
        window as unknown as Record<string, Handle & { animateCamera(s: { ratio: number }, d: number): Promise<void> }>
      )[h as string];
      const frame: number[] = [];
      const render: number[] = [];
      const presented = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      for (let i = 0; i < (n as number); i++) {
        const ratio =
          i < (n as number) / 2
            ? 1 - (0.6 * (i + 1)) / ((n as number) / 2)
            : 0.4 + (0.6 * (i + 1 - (n as number) / 2)) / ((n as number) / 2);
        const before = handle.renders;
        const t0 = performance.now();
        await handle.animateCamera({ ratio }, 0);
        await presented();
        frame.push(performance.now() - t0);
        if (handle.renders > before) render.push(handle.lastRenderMs);
      }
      return { frame, render };
    },
    [HANDLE[which], steps] as const,
  );
}

async function main() {
  const sizes = arg("--sizes", "10000,50000").split(",").map(Number);
  const runs = Number(arg("--runs", "3"));
  const steps = Number(arg("--steps", "20"));
  const dir = await mkdtemp(join(tmpdir(), "entente-bench-"));
  console.error(`building pages into ${dir}…`);
  await buildPages(dir);
  const capitals = loadCapitals();
  for (const n of sizes) {
    console.error(`generating ${n} nodes…`);
    await writeFile(
      join(dir, `g${n}.json`),
      JSON.stringify(generateGraph({ nodes: n, edgesPerNode: 4, seed: 11, positions: true, capitals })),
    );
  }
  const server = await startStaticServer(dir);
  const browser = await launchChromium({ width: 1440, height: 900 });
  // tsx (esbuild keepNames) wraps named functions in __name(); page.evaluate bodies need it too.
  await browser.context.addInitScript("window.__name = (f) => f;");
  await browser.context.addInitScript(FIRST_FRAME_PROBE);
  const rows: string[] = [];
  try {
    for (const n of sizes) {
      const res: Record<Which, { first: number[]; era: number[]; render: number[]; frame: number[] }> = {
        viewer: { first: [], era: [], render: [], frame: [] },
        bare: { first: [], era: [], render: [], frame: [] },
      };
      for (let r = 0; r < runs; r++) {
        for (const which of ["bare", "viewer"] as const) {
          const page = await browser.context.newPage();
          page.on("crash", () => console.error(`  ${which}: renderer crashed`));
          console.error(`${n} nodes - ${which} - run ${r + 1}/${runs}`);
          try {
            res[which].first.push(await open(page, server.url, which, `g${n}.json`));
            if (r === 0) {
              await page.waitForTimeout(500);
              res[which].era = which === "viewer" ? await eraViewer(page, steps) : await eraBare(page, steps);
              const cam = await camera(page, which);
              res[which].render = cam.render;
              res[which].frame = cam.frame;
            }
          } catch (e) {
            console.error(`  ${which}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
          }
          await page.close().catch(() => undefined);
        }
      }
      const v = res.viewer;
      const b = res.bare;
      const f = (x: number) => x.toFixed(0);
      rows.push(
        `| ${n.toLocaleString("en")} nodes / ${(n * 4).toLocaleString("en")} edges | first render (ms, median of ${runs}) | ${f(median(v.first))} | ${f(median(b.first))} | ${(median(v.first) / median(b.first)).toFixed(2)}× |`,
        `| | era update while brushing (ms, median / p95) | ${f(median(v.era))} / ${f(p95(v.era))} | ${f(median(b.era))} / ${f(p95(b.era))} | ${(median(v.era) / median(b.era)).toFixed(2)}× |`,
        `| | camera move: frame time, change → presented (ms, median / p95) | ${f(median(v.frame))} / ${f(p95(v.frame))} | ${f(median(b.frame))} / ${f(p95(b.frame))} | ${(median(v.frame) / median(b.frame)).toFixed(2)}× |`,
        `| | camera move: sigma render JS per frame (ms, median) | ${median(v.render).toFixed(1)} | ${median(b.render).toFixed(1)} | ${(median(v.render) / median(b.render)).toFixed(2)}× |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log("| graph | measure | viewer | bare sigma | ratio |\n|---|---|---|---|---|\n" + rows.join("\n"));
}

await main();
