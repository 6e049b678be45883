/**
 * Builds the English evaluation documents for tests/data/english.gold.json from the shared corpora
 * (never copied into the project): Reuters-21578 wires picked by NEWID and passages of UN General
 * Debate speeches picked by session, country and line range.
 *
 * Usage: npx tsx scripts/english-eval-docs.ts <out-folder> [--corpora <path>]
 * Writes <out-folder>/english-eval.ndjson, one {id, text, published} object a line, for
 * `npx tsx extract/eval/cli.ts --gold tests/data/english.gold.json <out-folder>`.
 *
 * Reuters documents: the headline, a blank line, then the dateline and body as wired (line breaks
 * kept); `published` is the wire's <DATE>. UN documents: a heading line naming the speaking state,
 * the session and year (the speech file's metadata), a blank line, then the chosen lines of the
 * speech; `published` is the session year.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { reutersStories } from "./reuters";

/** One evaluation document as written to NDJSON. */
export interface EvalDoc {
  id: string;
  text: string;
  published: string;
}

/** Reuters-21578 stories (NEWID) about relations between states, 1987. */
export const REUTERS_IDS = [
  4259, 5180, 8749, 10452, 10522, 10628, 10630, 10639, 16008, 16088, 19555, 20719, 21149, 21369, 21565,
];

/**
 * UN General Debate passages: speech file (ISO3_session_year) and a 0-based, end-exclusive line
 * range of the speech file (after the BOM). Sessions 25 (1970), 55 (2000), 65 (2010) and 70 (2015) are
 * reserved as unseen checks and must not be used here.
 */
export const UN_PASSAGES: { file: string; lines: [number, number] }[] = [
  { file: "TUR_15_1960", lines: [23, 26] },
  { file: "BEL_15_1960", lines: [28, 29] },
  { file: "POL_35_1980", lines: [7, 8] },
  { file: "AFG_35_1980", lines: [29, 36] },
  { file: "SGP_35_1980", lines: [7, 19] },
  { file: "KWT_45_1990", lines: [11, 15] },
  { file: "AZE_50_1995", lines: [27, 47] },
];

export const RESERVED_UN_SESSIONS = [25, 55, 65, 70];

/** Reads the chosen Reuters stories from the SGML files. */
export function readReuters(corpora: string, ids: number[] = REUTERS_IDS): EvalDoc[] {
  const dir = join(corpora, "reuters21578");
  const wanted = new Set(ids);
  const found = new Map<number, EvalDoc>();
  for (const s of reutersStories(dir)) {
    if (!wanted.has(s.id)) continue;
    if (!s.published) throw new Error(`reuters ${s.id}: no <DATE>`);
    found.set(s.id, {
      id: `reuters-${s.id}.txt`,
      text: `${s.title}\n\n${s.dateline} ${s.body}\n`,
      published: s.published,
    });
  }
  return ids.map((id) => {
    const doc = found.get(id);
    if (!doc) throw new Error(`reuters ${id}: not found in ${dir}`);
    return doc;
  });
}

/** English country names for the UN heading lines (the speech files name states by ISO3 only). */
const UN_SPEAKERS: Record<string, string> = {
  TUR: "Turkey",
  BEL: "Belgium",
  POL: "Poland",
  AFG: "Afghanistan",
  SGP: "Singapore",
  KWT: "Kuwait",
  AZE: "Azerbaijan",
};

/** Reads the chosen UN General Debate passages. */
export function readUnPassages(corpora: string, passages = UN_PASSAGES): EvalDoc[] {
  const txt = join(corpora, "ungdc", "TXT");
  const sessions = readdirSync(txt);
  return passages.map(({ file, lines }) => {
    const [iso, session, year] = file.split("_");
    if (RESERVED_UN_SESSIONS.includes(Number(session)))
      throw new Error(`${file}: session ${session} is reserved for unseen checks`);
    const folder = sessions.find((s) => s.startsWith(`Session ${session} `));
    if (!folder) throw new Error(`${file}: no session folder in ${txt}`);
    const all = readFileSync(join(txt, folder, `${file}.txt`), "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
    const passage = all
      .slice(lines[0], lines[1])
      .map((l) => l.replace(/^\d+\.\t/, "").trimEnd())
      .join("\n");
    const heading = `${UN_SPEAKERS[iso] ?? iso}: statement in the General Debate of the ${Number(session)}th session of the United Nations General Assembly, ${year}`;
    return { id: `ungdc-${Number(session)}-${iso}.txt`, text: `${heading}\n\n${passage}\n`, published: year };
  });
}

/** All English evaluation documents, Reuters first. */
export function buildEnglishEvalDocs(corpora: string): EvalDoc[] {
  return [...readReuters(corpora), ...readUnPassages(corpora)];
}

/** The shared corpora folder: ../shared/corpora relative to the repository root. */
export function defaultCorporaRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "corpora");
}

function main(argv: string[]): number {
  const out = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--corpora");
  const ci = argv.indexOf("--corpora");
  const corpora = ci >= 0 ? argv[ci + 1] : defaultCorporaRoot();
  if (!out) {
    process.stderr.write("usage: npx tsx scripts/english-eval-docs.ts <out-folder> [--corpora <path>]\n");
    return 64;
  }
  if (!existsSync(corpora)) {
    process.stderr.write(`english-eval-docs: corpora not found at ${corpora}\n`);
    return 66;
  }
  const docs = buildEnglishEvalDocs(corpora);
  mkdirSync(out, { recursive: true });
  const file = join(out, "english-eval.ndjson");
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
  process.stdout.write(`wrote ${docs.length} documents to ${file}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
