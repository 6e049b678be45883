/**
 * Viewer benchmark (`npm run bench:viewer`): headless Chromium on generated graphs (10k and 50k
 * nodes, 4 edges per node, positions precomputed so no layout runs), the viewer beside bare sigma
 * drawing the same file in the same run.
 *
 * Measures, per graph and page:
 * - first render: navigation start → first frame presented (median of runs), by the same probe on
 *   both pages (first WebGL draw, then the frame that composites it);
 * - era update: brushing the timeline (real pointer moves), input → end of the render it caused
 *   (median, p95); bare sigma: the same eras applied with one batched `hidden` update. Each step
 *   waits until the previous frame is presented, on both pages;
 * - camera move: per-frame time while zooming step by step (change → frame presented), and the
 *   JS part of sigma's render.
 * Era and camera are measured in the first run(s) only, once the page is settled (the viewer has
 * finished validating the file off-thread). Pages run one at a time, bare first, so the numbers
 * move with the load on the (shared) machine: compare ratios within one run, and rerun when in
 * doubt.
 *
 * Options (defaults): --sizes 10000,50000  --runs 3  --steps 12  --camera-steps 6  --detail-runs 1
 * Headless Chromium rasterises WebGL in software (SwiftShader): a 50k-node frame takes seconds to
 * present whatever the page does, so every presented frame costs seconds at 50k. The defaults keep
 * a full run under ten minutes on two cores; raise --steps or --detail-runs for tighter p95s.
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

/**
 * Resolves when the page has drawn a frame after `since` renders and that frame has been presented
 * (animation frame, then a task), so the next step starts from an idle pipeline on both pages: with
 * software WebGL a 50k frame takes seconds to rasterise, and a step sent while the previous frame is
 * still in flight would measure the queue, not the update.
 */
async function waitRender(page: Page, which: Which, since: number): Promise<void> {
  await page.waitForFunction(
    ([h, n]) => ((window as unknown as Record<string, Handle>)[h as string].renders as number) > (n as number),
    [HANDLE[which], since] as const,
    { timeout: 120_000, polling: "raf" },
  );
  await presented(page);
}

/**
 * Rejects if `p` takes longer than `ms`: a page whose frames stop coming (rare, seen with
 * software WebGL at 50k nodes) fails its measurement instead of hanging the run.
 */
async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no frame within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

const FRAME_TIMEOUT_MS = 120_000;

/** Resolves once everything drawn so far is on screen (next animation frame, then a task). */
async function presented(page: Page): Promise<void> {
  await withTimeout(
    page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))),
    FRAME_TIMEOUT_MS,
    "waiting for a frame",
  );
}

/**
 * Waits until the page is settled before interaction is measured: the viewer validates the file
 * off-thread after its first frame (a few seconds at 50k nodes, on one of the two cores); bare
 * sigma has nothing to wait for. Both then get the same short pause.
 */
async function settle(page: Page, which: Which): Promise<void> {
  if (which === "viewer")
    await page.waitForFunction(() => performance.getEntriesByName("entente:validated").length > 0, null, {
      timeout: 300_000,
      polling: 200,
    });
  await presented(page);
  await page.waitForTimeout(500);
}

async function renders(page: Page, which: Which): Promise<number> {
  return page.evaluate((h) => (window as unknown as Record<string, Handle>)[h].renders, HANDLE[which]);
}

/** One era step: sets the era to 1940–`to` and returns input → end of the render it caused (ms). */
type EraStep = (to: number) => Promise<number>;

/**
 * Viewer: drags the era brush with real pointer input (pressed at 1940, moved step by step);
 * latency = pointermove → end of the render it caused. Returns the step and the release.
 */
async function eraViewer(page: Page): Promise<{ step: EraStep; release: () => Promise<void> }> {
  await page.evaluate(() => {
    const w = window as unknown as { __moves: number[] };
    w.__moves = [];
    document.addEventListener("pointermove", () => w.__moves.push(performance.now()), { capture: true });
  });
  const box = (await page.getByTestId("era-brush").boundingBox())!;
  const x = (year: number) => box.x + 10 + ((year - 1890 + 0.5) / 136) * (box.width - 20);
  const y = box.y + box.height / 2;
  await page.mouse.move(x(1940), y);
  // Pressing starts a one-year era (1940–1940): let that frame land before the first timed move.
  const pressed = await renders(page, "viewer");
  await page.mouse.down();
  await waitRender(page, "viewer", pressed);
  const step: EraStep = async (to) => {
    const before = await renders(page, "viewer");
    await page.mouse.move(x(to), y);
    await waitRender(page, "viewer", before);
    return page.evaluate(() => {
      const w = window as unknown as { __moves: number[]; __entente: Handle };
      return w.__entente.lastRenderAt - w.__moves[w.__moves.length - 1];
    });
  };
  return { step, release: () => page.mouse.up() };
}

/** Bare sigma: the same eras applied with one batched attribute update; latency = call → frame drawn. */
function eraBare(page: Page): EraStep {
  return async (to) => {
    const before = await renders(page, "bare");
    const t0 = await page.evaluate((end) => {
      const t = performance.now();
      (window as unknown as { __bare: { setEra(a: number, b: number): void } }).__bare.setEra(1940, end);
      return t;
    }, to);
    await waitRender(page, "bare", before);
    return (await page.evaluate(() => (window as unknown as { __bare: Handle }).__bare.lastRenderAt)) - t0;
  };
}

/** Camera ratio at frame `i` of `n`: zoom in to 0.4, then back out to 1. */
function cameraRatio(i: number, n: number): number {
  const half = n / 2;
  return i < half ? 1 - (0.6 * (i + 1)) / half : 0.4 + (0.6 * (i + 1 - half)) / half;
}

/**
 * One camera frame: moves the camera to `ratio` and times the frame until it is presented (camera
 * change → next animation frame → the task after it). Returns that time and the JS part of
 * sigma's render (null if sigma did not render).
 */
async function cameraFrame(page: Page, which: Which, ratio: number): Promise<{ frame: number; render: number | null }> {
  const frame = page.evaluate(
    async ([h, r]) => {
      const handle = (
        window as unknown as Record<string, Handle & { animateCamera(s: { ratio: number }, d: number): Promise<void> }>
      )[h as string];
      const before = handle.renders;
      const t0 = performance.now();
      await handle.animateCamera({ ratio: r as number }, 0);
      await new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
      return { frame: performance.now() - t0, render: handle.renders > before ? handle.lastRenderMs : null };
    },
    [HANDLE[which], ratio] as const,
  );
  return withTimeout(frame, FRAME_TIMEOUT_MS, "camera frame");
}

type Results = Record<Which, { first: number[]; era: number[]; render: number[]; frame: number[] }>;

/** Era brushing, then camera frames, on one settled page. */
async function interact(page: Page, which: Which, res: Results, steps: number, cameraSteps: number) {
  await settle(page, which);
  const viewer = which === "viewer" ? await eraViewer(page) : null;
  const step = viewer ? viewer.step : eraBare(page);
  for (let i = 1; i <= steps; i++) res[which].era.push(await step(1940 + 2 * i));
  if (viewer) await viewer.release();
  await presented(page);
  for (let i = 0; i < cameraSteps; i++) {
    const { frame, render } = await cameraFrame(page, which, cameraRatio(i, cameraSteps));
    res[which].frame.push(frame);
    if (render !== null) res[which].render.push(render);
  }
}

const WHICH = ["bare", "viewer"] as const;

async function main() {
  const sizes = arg("--sizes", "10000,50000").split(",").map(Number);
  const runs = Number(arg("--runs", "3"));
  const steps = Number(arg("--steps", "12"));
  const cameraSteps = Number(arg("--camera-steps", "6"));
  const detailRuns = Number(arg("--detail-runs", "1"));
  const dir = await mkdtemp(join(tmpdir(), "entente-bench-"));
  const t0 = performance.now();
  const since = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  console.error(`building pages into ${dir}…`);
  await buildPages(dir);
  console.error(`  built (${since()})`);
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
      const res: Results = {
        viewer: { first: [], era: [], render: [], frame: [] },
        bare: { first: [], era: [], render: [], frame: [] },
      };
      for (let r = 0; r < runs; r++) {
        for (const which of WHICH) {
          const page = await browser.context.newPage();
          page.on("crash", () => console.error(`  ${which}: renderer crashed`));
          console.error(`${n} nodes - ${which} - run ${r + 1}/${runs} (${since()})`);
          try {
            res[which].first.push(await open(page, server.url, which, `g${n}.json`));
            if (r < detailRuns) await interact(page, which, res, steps, cameraSteps);
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
  console.log(
    `\nheadless Chromium (SwiftShader WebGL), 1440×900; era: ${steps} brush steps, camera: ${cameraSteps} frames, ` +
      `${detailRuns} detail run(s); total ${since()}`,
  );
}

await main();
