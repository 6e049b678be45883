/**
 * `npm run bench`: extraction throughput on real Chinese news (../shared/corpora/cctv-xwlb), beside
 * two baselines measured in the same run on the same text: a charCodeAt scan (the floor of any
 * pass over the text) and jieba's segmenter (@node-rs/jieba). Reported as MB/s and ratios.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFile } from "../extract/pipeline";
import type { SourceFile } from "../extract/types";

const CORPUS =
  process.env.ENTENTE_BENCH_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpora", "cctv-xwlb");
const LIMIT_MB = Number(process.env.ENTENTE_BENCH_MB ?? "8");

function load(): SourceFile[] {
  if (!existsSync(CORPUS)) {
    console.error(`bench: corpus ${CORPUS} not found (set ENTENTE_BENCH_CORPUS); nothing measured.`);
    process.exit(0);
  }
  const files: SourceFile[] = [];
  let bytes = 0;
  for (const name of readdirSync(CORPUS).sort()) {
    if (!name.endsWith(".md")) continue;
    const data = new Uint8Array(readFileSync(join(CORPUS, name)));
    files.push({ id: name, bytes: data });
    bytes += data.length;
    if (bytes > LIMIT_MB * 1e6) break;
  }
  return files;
}

function time(fn: () => number): { seconds: number; result: number } {
  const t0 = performance.now();
  const result = fn();
  return { seconds: (performance.now() - t0) / 1000, result };
}

function best(runs: number, fn: () => number): { seconds: number; result: number } {
  let out = time(fn);
  for (let i = 1; i < runs; i++) {
    const r = time(fn);
    if (r.seconds < out.seconds) out = r;
  }
  return out;
}

const files = load();
const texts = files.map((f) => new TextDecoder().decode(f.bytes));
const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;

const scan = best(3, () => {
  let h = 0;
  for (const t of texts) for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0;
  return h;
});
const jieba = Jieba.withDict(dict);
const seg = best(1, () => texts.reduce((n, t) => n + jieba.cut(t).length, 0));
extractFile(files[0]); // warm the gazetteers
const pipe = best(2, () => files.reduce((n, f) => n + extractFile(f).claims.length, 0));

const rows = [
  ["charCodeAt scan (baseline)", scan.seconds],
  ["jieba segmenter (@node-rs/jieba)", seg.seconds],
  ["Entente extraction (decode → graph input)", pipe.seconds],
] as const;
console.log(`corpus: ${files.length} documents, ${mb.toFixed(2)} MB (${CORPUS})`);
console.log("| stage | seconds | MB/s | × scan time | × jieba time |");
console.log("|---|---|---|---|---|");
for (const [name, s] of rows) {
  console.log(
    `| ${name} | ${s.toFixed(3)} | ${(mb / s).toFixed(1)} | ${(s / scan.seconds).toFixed(1)} | ${(s / seg.seconds).toFixed(2)} |`,
  );
}
console.log(`claims found: ${pipe.result}`);
console.log(`pipeline vs jieba: ${(seg.seconds / pipe.seconds).toFixed(2)}× the segmenter's speed (target > 1)`);
