/**
 * Chooses the development set once, with a seeded random draw, and writes its manifest
 * (tests/data/dev/manifest.json). Run once; the manifest is committed and never redrawn, so the
 * split into a tune part and a scored part stays fixed.
 *
 * Usage: npx tsx scripts/dev-set/select.ts [--corpora <path>] [--seed 20261207] > manifest.json
 *        npx tsx scripts/dev-set/select.ts --supplement tests/data/dev/manifest.json   (batch 2, seed 20261208)
 *
 * The pool (documents no rule was written for; developers do not read it while writing rules):
 * cctv-xwlb days with an odd day of the month, banned-news-2018 channels nsc413, nsc993,
 * zyyyoeqqvi and zivymejqv_, pd1998 articles of odd January days, Reuters-21578 NEWID ≥ 12001, and
 * UN General Debate sessions 25, 55, 65 and 70. Documents of earlier gold sets are left out.
 * A candidate must name at least two distinct states of the gazetteer (extract/data/countries.json:
 * a plain name count, not the extractor) and stay short enough to annotate by reading.
 * Every entry's split is drawn with the same generator: tune or scored, one half each per kind.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom as rng } from "../../extract/eval/sample";
import { reutersStories } from "../reuters";
import { cctvStories, listDir, pd1998Articles, unParagraphs, type DevEntry, type DevSplit } from "./sources";

export function shuffle<T>(xs: T[], r: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
interface Country {
  code: string;
  zh: string[];
  en: string[];
}
const gaz = JSON.parse(readFileSync(join(root, "extract/data/countries.json"), "utf8")) as Country[];
export const zhNames = gaz.flatMap((c) => c.zh.filter((n) => n.length >= 2).map((n) => [n, c.code] as const));
export const enNames = gaz.flatMap((c) => c.en.filter((n) => n.length >= 4).map((n) => [n, c.code] as const));

export function states(text: string, names: readonly (readonly [string, string])[]): number {
  const seen = new Set<string>();
  for (const [n, code] of names) if (text.includes(n)) seen.add(code);
  return seen.size;
}
export const HISTORY_ZH = /(1[89]\d\d|一[八九][零〇一二三四五]\S)年/;

/**
 * UN General Debate passages of 4 paragraphs from sessions 25, 55, 65 and 70: one per speech, from
 * speeches drawn in random order, naming at least `minStates` states; speeches in `skip` are passed.
 */
export function unPassages(
  corpora: string,
  r: () => number,
  split: () => DevSplit,
  n: number,
  minStates: number,
  skip: Set<string>,
): DevEntry[] {
  const speeches: string[] = [];
  for (const sess of listDir(join(corpora, "ungdc", "TXT")))
    if (/^Session (25|55|65|70) /.test(sess))
      for (const f of listDir(join(corpora, "ungdc", "TXT", sess))) speeches.push(`ungdc/TXT/${sess}/${f}`);
  const out: DevEntry[] = [];
  for (const sp of shuffle(speeches, r)) {
    if (out.length >= n) break;
    if (skip.has(sp)) continue;
    const paras = unParagraphs(join(corpora, sp));
    const starts = paras.map((_, i) => i).filter((i) => i + 4 <= paras.length);
    const good = starts.filter((i) => {
      const t = paras.slice(i, i + 4).join("\n");
      return t.length <= 4000 && states(t, enNames) >= minStates;
    });
    if (good.length === 0) continue;
    const from = good[Math.floor(r() * good.length)];
    const [iso, session, year] = (sp.split("/").pop() ?? "").replace(/\.txt$/, "").split("_");
    out.push({
      id: `ungdc-${Number(session)}-${iso}-${from}.txt`,
      kind: "ungdc",
      lang: "en",
      file: sp,
      paragraphs: [from, from + 4],
      published: year,
      split: split(),
    });
  }
  return out;
}

/**
 * The second draw (batch 2, seed 20261208): 40 more UN passages naming at least three states, from
 * speeches the first draw did not take, because the first draw's English documents state few
 * relations. Appended to the manifest; the first draw's entries and split are unchanged.
 */
function supplement(corpora: string, seed: number, manifest: string): DevEntry[] {
  const r = rng(seed);
  const split = (): "tune" | "scored" => (r() < 0.5 ? "tune" : "scored");
  const taken = (JSON.parse(readFileSync(manifest, "utf8")) as { documents: DevEntry[] }).documents;
  const skip = new Set(taken.filter((e) => e.kind === "ungdc").map((e) => e.file));
  return unPassages(corpora, r, split, 40, 3, skip).map((e) => ({ ...e, batch: 2 }));
}

function main(argv: string[]): void {
  const ci = argv.indexOf("--corpora");
  const corpora = ci >= 0 ? argv[ci + 1] : resolve(root, "..", "shared", "corpora");
  const si = argv.indexOf("--seed");
  const seed = si >= 0 ? Number(argv[si + 1]) : 20261207;
  if (!existsSync(corpora)) throw new Error(`corpora not found at ${corpora}`);
  const mi = argv.indexOf("--supplement");
  if (mi >= 0) {
    const added = supplement(corpora, si >= 0 ? seed : 20261208, argv[mi + 1]);
    process.stdout.write(JSON.stringify(added, null, 2) + "\n");
    return;
  }
  const r = rng(seed);
  const split = (): "tune" | "scored" => (r() < 0.5 ? "tune" : "scored");
  const out: DevEntry[] = [];
  const heldOutDays = new Set(["20220409", "20220825", "20230225", "20240122", "20240418"]);

  // CCTV stories: 60, of which the ones telling history are marked.
  const days = listDir(join(corpora, "cctv-xwlb")).filter((f) => {
    const d = f.slice(0, 8);
    return Number(d.slice(6, 8)) % 2 === 1 && !heldOutDays.has(d);
  });
  const cctv: DevEntry[] = [];
  for (const f of shuffle(days, r)) {
    if (cctv.length >= 60) break;
    const stories = cctvStories(join(corpora, "cctv-xwlb", f));
    const ok = stories
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.body.length <= 2500 && states(s.heading + s.body, zhNames) >= 2);
    if (ok.length === 0) continue;
    const { s, i } = ok[Math.floor(r() * ok.length)];
    const d = f.slice(0, 8);
    cctv.push({
      id: `cctv-xwlb/${d}-story${String(i).padStart(2, "0")}.md`,
      kind: "cctv-item",
      lang: "zh",
      file: `cctv-xwlb/${f}`,
      item: i,
      published: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      history: HISTORY_ZH.test(s.body) || undefined,
      split: split(),
    });
  }
  out.push(...cctv);

  // banned-news pages: 16.
  const pages: string[] = [];
  for (const ch of ["nsc413", "nsc993", "zyyyoeqqvi", "zivymejqv_"])
    for (const f of listDir(join(corpora, "banned-news-2018", ch))) pages.push(`banned-news-2018/${ch}/${f}`);
  let nb = 0;
  for (const p of shuffle(pages, r)) {
    if (nb >= 16) break;
    const text = readFileSync(join(corpora, p), "utf8");
    if (text.length > 8000 || states(text, zhNames) < 2) continue;
    out.push({
      id: p,
      kind: "banned-news",
      lang: "zh",
      file: p,
      published: null,
      history: HISTORY_ZH.test(text) || undefined,
      split: split(),
    });
    nb++;
  }

  // pd1998 articles: 12 of odd days, at most 3000 characters.
  const pd = pd1998Articles(corpora);
  const keys = [...pd.keys()].filter((k) => Number(k.slice(6, 8)) % 2 === 1).sort();
  let np = 0;
  for (const k of shuffle(keys, r)) {
    if (np >= 12) break;
    const text = (pd.get(k) ?? []).join("\n");
    if (text.length > 3000 || text.length < 200 || states(text, zhNames) < 2) continue;
    out.push({
      id: `pd1998/${k}.txt`,
      kind: "pd1998",
      lang: "zh",
      file: "pd1998/199801-01to15.txt",
      item: k,
      published: `${k.slice(0, 4)}-${k.slice(4, 6)}-${k.slice(6, 8)}`,
      history: HISTORY_ZH.test(text) || undefined,
      split: split(),
    });
    np++;
  }

  // Reuters: 34 stories, NEWID ≥ 12001, at most 3000 characters.
  const taken = new Set([16008, 16088, 19555, 20719, 21149, 21369, 21565]);
  const stories = [...reutersStories(join(corpora, "reuters21578"))].filter(
    (s) =>
      s.id >= 12001 &&
      !taken.has(s.id) &&
      s.published &&
      s.body.length <= 3000 &&
      states(s.title + s.body, enNames) >= 2,
  );
  for (const s of shuffle(stories, r).slice(0, 34))
    out.push({
      id: `reuters-${s.id}.txt`,
      kind: "reuters",
      lang: "en",
      file: "reuters21578",
      item: s.id,
      published: s.published,
      split: split(),
    });

  // UN General Debate: 30 passages of 4 paragraphs from sessions 25, 55, 65, 70.
  out.push(...unPassages(corpora, r, split, 30, 2, new Set()));
  process.stdout.write(
    JSON.stringify({ seed, generator: "scripts/dev-set/select.ts", documents: out }, null, 2) + "\n",
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
