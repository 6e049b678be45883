/**
 * `npm run bench`: extraction throughput on real Chinese news (../shared/corpora/cctv-xwlb), beside
 * two baselines measured in the same run on the same text: a charCodeAt scan (the floor of any
 * pass over the text) and jieba's segmenter (jieba-wasm, jieba-rs compiled to WebAssembly). Reported as MB/s and ratios, then per
 * stage: each stage timed on its own over the whole corpus, from the previous stage's output.
 *
 * ENTENTE_BENCH_CORPUS (folder of .md files), ENTENTE_BENCH_MB (input size, default 8) and
 * ENTENTE_BENCH_RUNS (best of how many runs, default 3) change what is measured. The machine may be
 * shared: compare the ratios of one run, not MB/s across runs.
 */
import { cut as jiebaCut } from "jieba-wasm";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "../extract/claims/index";
import { cleanDocument } from "../extract/clean/index";
import { decodeSource } from "../extract/ingest/decode";
import { findMentions } from "../extract/mentions/index";
import { findLeaders } from "../extract/mentions/leaders";
import { findTreaties } from "../extract/mentions/treaties";
import { extractFile } from "../extract/pipeline";
import { splitSentences } from "../extract/text/sentences";
import { withNarrativeTime } from "../extract/time/narrative";
import type { SourceFile } from "../extract/types";

const CORPUS =
  process.env.ENTENTE_BENCH_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpora", "cctv-xwlb");
const LIMIT_MB = Number(process.env.ENTENTE_BENCH_MB ?? "8");
const RUNS = Math.max(1, Number(process.env.ENTENTE_BENCH_RUNS ?? "3"));

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

const scan = best(RUNS, () => {
  let h = 0;
  for (const t of texts) for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0;
  return h;
});
const seg = best(RUNS, () => texts.reduce((n, t) => n + jiebaCut(t, true).length, 0));
// The first pass over the corpus loads the gazetteers and compiles the pipeline while it runs (the
// JIT tiers up): it is timed on its own, and the pipeline is then timed warm, as the stages below
// are (they run after it).
const extractAll = (): number => files.reduce((n, f) => n + extractFile(f).claims.length, 0);
const firstPass = time(extractAll);
const pipe = best(RUNS, extractAll);

const rows = [
  ["charCodeAt scan (baseline)", scan.seconds],
  ["jieba segmenter (jieba-wasm)", seg.seconds],
  ["Entente extraction, first pass (gazetteers, JIT warm-up)", firstPass.seconds],
  ["Entente extraction (decode → graph input)", pipe.seconds],
] as const;
console.log(`corpus: ${files.length} documents, ${mb.toFixed(2)} MB (${CORPUS}); best of ${RUNS} runs`);
console.log("| stage | seconds | MB/s | × scan time | × jieba time |");
console.log("|---|---|---|---|---|");
for (const [name, s] of rows) {
  console.log(
    `| ${name} | ${s.toFixed(3)} | ${(mb / s).toFixed(1)} | ${(s / scan.seconds).toFixed(1)} | ${(s / seg.seconds).toFixed(2)} |`,
  );
}
console.log(`claims found: ${pipe.result}`);
console.log(`pipeline vs jieba: ${(seg.seconds / pipe.seconds).toFixed(2)}× the segmenter's speed (target > 1)`);

// Per stage: each stage alone over the corpus, fed with what the stage before produced (Chinese
// documents only past cleaning, as in extract/pipeline.ts). MB/s are of the input bytes.
const decoded = files.map((f) => decodeSource(f));
const cleaned = decoded
  .map((d, i) => cleanDocument(d, { published: files[i].published }))
  .filter((d) => d.lang === "zh");
const sentences = cleaned.map((d) => splitSentences(d.text));
const mentions = cleaned.map((d) => findMentions(d.norm));
const claims = cleaned.map((d, i) => extractClaims(d, sentences[i], mentions[i]));
const stages: [string, () => number][] = [
  ["decode (bytes → text)", () => files.reduce((n, f) => n + decodeSource(f).raw.length, 0)],
  [
    "clean (blocks, boilerplate, title, date, norm)",
    () => decoded.reduce((n, d, i) => n + cleanDocument(d, { published: files[i].published }).text.length, 0),
  ],
  ["sentences", () => cleaned.reduce((n, d) => n + splitSentences(d.text).length, 0)],
  ["mentions", () => cleaned.reduce((n, d) => n + findMentions(d.norm).length, 0)],
  ["claims", () => cleaned.reduce((n, d, i) => n + extractClaims(d, sentences[i], mentions[i]).length, 0)],
  [
    "narrative time (pages that tell history)",
    () => cleaned.reduce((n, d, i) => n + withNarrativeTime(d.norm, { published: d.published }, claims[i]).length, 0),
  ],
  [
    "leaders + treaties",
    () =>
      cleaned.reduce(
        (n, d, i) =>
          n + findLeaders(d, sentences[i], mentions[i]).length + findTreaties(d, sentences[i], mentions[i]).length,
        0,
      ),
  ],
];
const timed = stages.map(([name, fn]) => [name, best(RUNS, fn).seconds] as const);
const sum = timed.reduce((n, [, s]) => n + s, 0);
console.log("");
console.log(`per stage (${cleaned.length} Chinese documents past cleaning):`);
console.log("| stage | seconds | MB/s | share of stages | × jieba time |");
console.log("|---|---|---|---|---|");
for (const [name, s] of timed) {
  console.log(
    `| ${name} | ${s.toFixed(3)} | ${(mb / s).toFixed(1)} | ${((100 * s) / sum).toFixed(0)}% | ${(s / seg.seconds).toFixed(2)} |`,
  );
}
console.log(
  `| sum of stages | ${sum.toFixed(3)} | ${(mb / sum).toFixed(1)} | 100% | ${(sum / seg.seconds).toFixed(2)} |`,
);
console.log(
  `pipeline / sum of stages: ${(pipe.seconds / sum).toFixed(2)} (the pipeline runs the stages interleaved, document by document)`,
);
