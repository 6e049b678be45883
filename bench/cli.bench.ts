/**
 * `npm run bench` (second part): the whole extract CLI, from process start to written graph.json,
 * on the 8 MB bench corpus and on all of ../shared/corpora/cctv-xwlb, beside native jieba
 * (@node-rs/jieba) `cut` and jieba-wasm over the same decoded text, in the same run. The CLI runs
 * as `node --import tsx extract/cli.ts <folder> -o <tmp> -q --jobs N`, so its time includes Node's
 * start, loading the TypeScript sources, reading the files and writing the output.
 *
 * ENTENTE_BENCH_CORPUS, ENTENTE_BENCH_MB (default 8) and ENTENTE_BENCH_RUNS (default 3) as for
 * bench/extract.bench.ts. Reported: median and min of the runs, and ratios against native jieba.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { cut as wasmCut } from "jieba-wasm";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const CORPUS =
  process.env.ENTENTE_BENCH_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpora", "cctv-xwlb");
const LIMIT_MB = Number(process.env.ENTENTE_BENCH_MB ?? "8");
const RUNS = Math.max(1, Number(process.env.ENTENTE_BENCH_RUNS ?? "3"));
const ROOT = join(import.meta.dirname, "..");

if (!existsSync(CORPUS)) {
  console.error(`bench: corpus ${CORPUS} not found (set ENTENTE_BENCH_CORPUS); CLI bench skipped.`);
  process.exit(0);
}

const all = readdirSync(CORPUS)
  .filter((n) => n.endsWith(".md"))
  .sort();
const tmp = mkdtempSync(join(tmpdir(), "entente-cli-bench-"));
const subset = join(tmp, "subset");
mkdirSync(subset);
let subsetBytes = 0;
for (const name of all) {
  if (subsetBytes > LIMIT_MB * 1e6) break;
  copyFileSync(join(CORPUS, name), join(subset, name));
  subsetBytes += statSync(join(CORPUS, name)).size;
}

const stats = (xs: number[]): { median: number; min: number } => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0] };
};

function timeRuns(fn: () => void): { median: number; min: number } {
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    xs.push((performance.now() - t0) / 1000);
  }
  return stats(xs);
}

const jieba = Jieba.withDict(dict);
const cores = availableParallelism();

function bench(label: string, folder: string): void {
  const names = readdirSync(folder).filter((n) => n.endsWith(".md"));
  const texts = names.map((n) => new TextDecoder().decode(readFileSync(join(folder, n))));
  const mb = names.reduce((n, f) => n + statSync(join(folder, f)).size, 0) / 1e6;
  const nativeJieba = timeRuns(() => texts.forEach((t) => jieba.cut(t, true)));
  const wasmJieba = timeRuns(() => texts.forEach((t) => wasmCut(t, true)));
  const cli = (jobs: number) =>
    timeRuns(() => {
      const r = spawnSync(
        process.execPath,
        ["--import", "tsx", "extract/cli.ts", folder, "-o", join(tmp, "out.json"), "-q", "--jobs", String(jobs)],
        { cwd: ROOT, encoding: "utf8" },
      );
      if (r.status !== 0 && r.status !== 2) throw new Error(`extract failed (${r.status}): ${r.stderr}`);
    });
  const rows: [string, { median: number; min: number }][] = [
    ["native jieba cut (@node-rs/jieba, in process)", nativeJieba],
    ["jieba-wasm cut (in process)", wasmJieba],
    ["whole CLI --jobs 1 (process start → graph.json written)", cli(1)],
  ];
  if (cores > 1) rows.push([`whole CLI --jobs ${cores}`, cli(cores)]);
  console.log(`\n${label}: ${names.length} documents, ${mb.toFixed(2)} MB; median and min of ${RUNS} runs`);
  console.log("| run | median s | min s | MB/s (median) | native jieba time ÷ this (median) |");
  console.log("|---|---|---|---|---|");
  for (const [name, t] of rows)
    console.log(
      `| ${name} | ${t.median.toFixed(2)} | ${t.min.toFixed(2)} | ${(mb / t.median).toFixed(1)} | ${(nativeJieba.median / t.median).toFixed(2)} |`,
    );
}

try {
  bench(`bench corpus (first ${LIMIT_MB} MB of ${CORPUS})`, subset);
  bench(`all of ${CORPUS}`, CORPUS);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
