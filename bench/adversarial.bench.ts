/**
 * `npm run bench:adversarial`: the hostile inputs of issue 13 (bench/adversarial/inputs.ts) at
 * 125 KB, 250 KB, 500 KB and 1 MB, each through the whole extraction (decode, clean, sentences,
 * mentions, claims, leaders, treaties), beside a charCodeAt scan of the same text measured in the
 * same run. Prints a table with the time at each size (median and min of the runs), the ratio per
 * doubling and over the 8× step, and whether each target is met: 1 MB in under 1 s, and the 8× step
 * under 10× the time.
 *
 * Each input is measured in a child process of its own (a fresh heap, and a kill after
 * --timeout seconds, default 120, so a hang shows as a miss instead of stopping the bench).
 *
 * Options: --runs N (default 3), --sizes 125000,250000,… (bytes), --only name,name, --strict (exit 1
 * when a target is missed). The machine may be shared: read the ratios, not the seconds alone.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extractFile } from "../extract/pipeline";
import { ADVERSARIAL_INPUTS } from "./adversarial/inputs";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const RUNS = Math.max(1, Number(option("runs") ?? "3"));
const SIZES = (option("sizes") ?? "125000,250000,500000,1000000").split(",").map(Number);
const ONLY = option("only")?.split(",");
const STRICT = process.argv.includes("--strict");
const CHILD = option("child");
const TIMEOUT = Number(option("timeout") ?? "120");
const TARGET_SECONDS = 1;
const TARGET_RATIO = 10;

interface Timing {
  median: number;
  min: number;
}

function timeRuns(fn: () => void): Timing {
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    t.push((performance.now() - t0) / 1000);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0] };
}

function scan(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

const fmt = (s: number): string => (s < 0.01 ? s.toFixed(4) : s.toFixed(3));
const pad = (s: string, n: number): string => s.padEnd(n);

interface Measured {
  times: Timing[];
  scan: Timing[];
}

/** In the child: warm up, then time every size of one input; prints the timings as JSON. */
function measure(name: string): void {
  const inp = ADVERSARIAL_INPUTS.find((i) => i.name === name);
  if (!inp) throw new Error(`bench:adversarial: no input named ${name}`);
  // Warm up the gazetteers, lexicons and the JIT on this input, small.
  for (let i = 0; i < 3; i++) extractFile(inp.build(8000));
  const out: Measured = { times: [], scan: [] };
  for (const bytes of SIZES) {
    const file = inp.build(bytes);
    out.times.push(timeRuns(() => extractFile(file)));
    const text = new TextDecoder().decode(file.bytes);
    out.scan.push(timeRuns(() => scan(text)));
  }
  console.log(JSON.stringify(out));
}

function runChild(name: string): Measured | string {
  const args = ["--import", "tsx", fileURLToPath(import.meta.url), "--child", name, "--runs", String(RUNS)];
  const r = spawnSync(process.execPath, [...args, "--sizes", SIZES.join(",")], {
    encoding: "utf8",
    timeout: TIMEOUT * 1000,
    maxBuffer: 1 << 20,
  });
  if (r.error || r.status !== 0)
    return r.signal ? `killed after ${TIMEOUT} s` : `failed: ${r.stderr.trim().slice(-300)}`;
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as Measured;
}

function report(): void {
  const inputs = ADVERSARIAL_INPUTS.filter((i) => !ONLY || ONLY.includes(i.name));
  const kb = (b: number): string => `${Math.round(b / 1000)} KB`;
  const header = [
    pad("input", 16),
    ...SIZES.map((b) => pad(`${kb(b)} med/min s`, 19)),
    pad("× per doubling (min)", 22),
    pad("× 8× step", 10),
    pad("scan s", 8),
    pad("÷ scan", 8),
    "targets",
  ].join(" ");
  console.log(`adversarial inputs, ${RUNS} runs each (median / min seconds), sizes in UTF-8 bytes`);
  console.log(header);
  console.log("-".repeat(header.length));
  const missed: string[] = [];
  for (const inp of inputs) {
    const m = runChild(inp.name);
    if (typeof m === "string") {
      missed.push(`${inp.name}: ${m}`);
      console.log(`${pad(inp.name, 16)} ${m}`);
      continue;
    }
    const mins = m.times.map((t) => t.min);
    const doublings = mins.slice(1).map((t, i) => t / mins[i]);
    const step = mins[mins.length - 1] / mins[0];
    const last = mins[mins.length - 1];
    const scanLast = m.scan[m.scan.length - 1].min;
    const okTime = last < TARGET_SECONDS;
    const okRatio = SIZES[SIZES.length - 1] / SIZES[0] < 8 || step < TARGET_RATIO;
    if (!okTime) missed.push(`${inp.name}: ${kb(SIZES[SIZES.length - 1])} took ${fmt(last)} s (target < 1 s)`);
    if (!okRatio) missed.push(`${inp.name}: the 8× step took ${step.toFixed(1)}× the time (target < 10×)`);
    console.log(
      [
        pad(inp.name, 16),
        ...m.times.map((t) => pad(`${fmt(t.median)} / ${fmt(t.min)}`, 19)),
        pad(doublings.map((d) => d.toFixed(2)).join(" "), 22),
        pad(step.toFixed(2), 10),
        pad(fmt(scanLast), 8),
        pad(Math.round(last / Math.max(scanLast, 1e-6)).toString(), 8),
        `${okTime ? "✓" : "✗"} < 1 s  ${okRatio ? "✓" : "✗"} < 10×`,
      ].join(" "),
    );
  }
  console.log("");
  for (const inp of inputs) console.log(`  ${pad(inp.name, 16)} ${inp.about}`);
  console.log("");
  if (missed.length === 0) console.log(`every target met (${inputs.length} inputs: largest size < 1 s, 8× step < 10×)`);
  else {
    console.log(`targets missed (${missed.length}):`);
    for (const m of missed) console.log(`  ${m}`);
  }
  if (STRICT && missed.length > 0) process.exitCode = 1;
}

if (CHILD) measure(CHILD);
else report();
