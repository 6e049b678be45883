/**
 * English section of the bench (`npx tsx bench/english.bench.ts`): throughput of the English path
 * on Reuters-21578 wire stories (../shared/corpora/reuters21578), beside compromise's own parse of
 * the same text (`nlp(text)` per story) and a charCodeAt scan, all measured in the same run.
 * Reported as MB/s (UTF-8 bytes of the story text) and ratios.
 *
 * ENTENTE_BENCH_CORPUS: the reuters21578 folder; ENTENTE_BENCH_MB: how much text (default 2).
 */
import nlp from "compromise";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { extractDocumentText } from "../extract/clean/index";
import { extractEnglish } from "../extract/english/index";
import type { CleanDocument } from "../extract/types";
import { reutersStories } from "../scripts/reuters";

const CORPUS =
  process.env.ENTENTE_BENCH_CORPUS ?? join(import.meta.dirname, "..", "..", "shared", "corpora", "reuters21578");
const LIMIT_MB = Number(process.env.ENTENTE_BENCH_MB ?? "2");

interface Story {
  id: string;
  text: string;
  published: string;
}

/** Stories with a body, in file order, up to LIMIT_MB of text. */
function load(): Story[] {
  if (!existsSync(CORPUS)) {
    console.error(`bench: corpus ${CORPUS} not found (set ENTENTE_BENCH_CORPUS); nothing measured.`);
    process.exit(0);
  }
  const out: Story[] = [];
  let bytes = 0;
  for (const story of reutersStories(CORPUS)) {
    if (!story.body) continue;
    const text = `${story.title}\n\n${story.body}`;
    out.push({ id: `reuters-${story.id}.txt`, text, published: story.published ?? "1987" });
    bytes += new TextEncoder().encode(text).length;
    if (bytes > LIMIT_MB * 1e6) return out;
  }
  return out;
}

function best(runs: number, fn: () => number): { seconds: number; result: number } {
  let out = { seconds: Infinity, result: 0 };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = fn();
    const seconds = (performance.now() - t0) / 1000;
    if (seconds < out.seconds) out = { seconds, result };
  }
  return out;
}

const stories = load();
const mb = stories.reduce((n, s) => n + new TextEncoder().encode(s.text).length, 0) / 1e6;
const enc = new TextEncoder();
const docs: CleanDocument[] = stories.map((s) =>
  extractDocumentText({ id: s.id, bytes: enc.encode(s.text), published: s.published }),
);

const scan = best(3, () => {
  let h = 0;
  for (const s of stories) for (let i = 0; i < s.text.length; i++) h = (h + s.text.charCodeAt(i)) | 0;
  return h;
});
extractEnglish(docs[0]); // warm the automata and compromise
const english = best(2, () => docs.reduce((n, d) => n + extractEnglish(d).claims.length, 0));
const full = best(1, () =>
  stories.reduce((n, s) => {
    const d = extractDocumentText({ id: s.id, bytes: enc.encode(s.text), published: s.published });
    return n + extractEnglish(d).claims.length;
  }, 0),
);
const compromise = best(1, () => stories.reduce((n, s) => n + nlp(s.text).length, 0));

const rows = [
  ["charCodeAt scan (baseline)", scan.seconds],
  ["compromise nlp(text) per story", compromise.seconds],
  ["English path: extractEnglish(cleaned doc)", english.seconds],
  ["English path with decode + clean", full.seconds],
] as const;
console.log(`corpus: ${stories.length} Reuters-21578 stories, ${mb.toFixed(2)} MB (${CORPUS})`);
console.log("| stage | seconds | MB/s | × scan time | × compromise time |");
console.log("|---|---|---|---|---|");
for (const [name, s] of rows) {
  console.log(
    `| ${name} | ${s.toFixed(3)} | ${(mb / s).toFixed(1)} | ${(s / scan.seconds).toFixed(1)} | ${(s / compromise.seconds).toFixed(2)} |`,
  );
}
console.log(`claims found: ${english.result}`);
console.log(
  `English path vs compromise's own parse: ${(compromise.seconds / english.seconds).toFixed(1)}× faster (compromise runs only on sentences with two states and a trigger)`,
);
