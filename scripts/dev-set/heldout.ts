/**
 * The held-out part of the development set (batch 3, seed 20261209): drawn once, after the scored
 * part's failures had been read at the end of an earlier session, so that there is again a part
 * nobody has tuned on or read the failures of. Every entry's split is "heldout"; its gold is
 * annotated by reading before any extractor run, and its failures are read only at a session's
 * last run. Written to tests/data/dev/heldout.manifest.json; never redrawn.
 *
 * Usage: npx tsx scripts/dev-set/heldout.ts [--corpora <path>] [--seed 20261209] > tests/data/dev/heldout.manifest.json
 *
 * Same pool and filters as scripts/dev-set/select.ts, leaving out every document the first two
 * draws took: 25 CCTV stories (one per day), 8 banned-news pages, 7 pd1998 articles, 15 Reuters
 * stories and 25 UN General Debate passages naming at least three states.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom as rng } from "../../extract/eval/sample";
import { reutersStories } from "../reuters";
import { HISTORY_ZH, enNames, shuffle, states, unPassages, zhNames } from "./select";
import { cctvStories, listDir, pd1998Articles, type DevEntry } from "./sources";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function main(argv: string[]): void {
  const ci = argv.indexOf("--corpora");
  const corpora = ci >= 0 ? argv[ci + 1] : resolve(root, "..", "shared", "corpora");
  const si = argv.indexOf("--seed");
  const seed = si >= 0 ? Number(argv[si + 1]) : 20261209;
  if (!existsSync(corpora)) throw new Error(`corpora not found at ${corpora}`);
  const taken = (
    JSON.parse(readFileSync(join(root, "tests/data/dev/manifest.json"), "utf8")) as { documents: DevEntry[] }
  ).documents;
  const takenFiles = new Set(taken.map((e) => e.file));
  const takenIds = new Set(taken.map((e) => e.id));
  const r = rng(seed);
  const heldout = (): "heldout" => "heldout";
  const out: DevEntry[] = [];
  const skipDays = new Set(["20220409", "20220825", "20230225", "20240122", "20240418"]);

  const days = listDir(join(corpora, "cctv-xwlb")).filter((f) => {
    const d = f.slice(0, 8);
    return Number(d.slice(6, 8)) % 2 === 1 && !skipDays.has(d) && !takenFiles.has(`cctv-xwlb/${f}`);
  });
  let nc = 0;
  for (const f of shuffle(days, r)) {
    if (nc >= 25) break;
    const stories = cctvStories(join(corpora, "cctv-xwlb", f));
    const ok = stories
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.body.length <= 2500 && states(s.heading + s.body, zhNames) >= 2);
    if (ok.length === 0) continue;
    const { s, i } = ok[Math.floor(r() * ok.length)];
    const d = f.slice(0, 8);
    out.push({
      id: `cctv-xwlb/${d}-story${String(i).padStart(2, "0")}.md`,
      kind: "cctv-item",
      lang: "zh",
      file: `cctv-xwlb/${f}`,
      item: i,
      published: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      history: HISTORY_ZH.test(s.body) || undefined,
      split: heldout(),
      batch: 3,
    });
    nc++;
  }

  const pages: string[] = [];
  for (const ch of ["nsc413", "nsc993", "zyyyoeqqvi", "zivymejqv_"])
    for (const f of listDir(join(corpora, "banned-news-2018", ch))) pages.push(`banned-news-2018/${ch}/${f}`);
  let nb = 0;
  for (const p of shuffle(pages, r)) {
    if (nb >= 8) break;
    if (takenFiles.has(p)) continue;
    const text = readFileSync(join(corpora, p), "utf8");
    if (text.length > 8000 || states(text, zhNames) < 2) continue;
    out.push({
      id: p,
      kind: "banned-news",
      lang: "zh",
      file: p,
      published: null,
      history: HISTORY_ZH.test(text) || undefined,
      split: heldout(),
      batch: 3,
    });
    nb++;
  }

  const pd = pd1998Articles(corpora);
  const keys = [...pd.keys()].filter((k) => Number(k.slice(6, 8)) % 2 === 1 && !takenIds.has(`pd1998/${k}.txt`)).sort();
  let np = 0;
  for (const k of shuffle(keys, r)) {
    if (np >= 7) break;
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
      split: heldout(),
      batch: 3,
    });
    np++;
  }

  const oldGold = new Set([16008, 16088, 19555, 20719, 21149, 21369, 21565]);
  const stories = [...reutersStories(join(corpora, "reuters21578"))].filter(
    (s) =>
      s.id >= 12001 &&
      !oldGold.has(s.id) &&
      !takenIds.has(`reuters-${s.id}.txt`) &&
      s.published &&
      s.body.length <= 3000 &&
      states(s.title + s.body, enNames) >= 2,
  );
  for (const s of shuffle(stories, r).slice(0, 15))
    out.push({
      id: `reuters-${s.id}.txt`,
      kind: "reuters",
      lang: "en",
      file: "reuters21578",
      item: s.id,
      published: s.published,
      split: heldout(),
      batch: 3,
    });

  const skipSpeeches = new Set(taken.filter((e) => e.kind === "ungdc").map((e) => e.file));
  out.push(...unPassages(corpora, r, heldout, 25, 3, skipSpeeches).map((e) => ({ ...e, batch: 3 })));
  process.stdout.write(
    JSON.stringify({ seed, generator: "scripts/dev-set/heldout.ts", documents: out }, null, 2) + "\n",
  );
}

main(process.argv.slice(2));
