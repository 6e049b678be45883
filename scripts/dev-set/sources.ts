/**
 * Reads the development set's documents out of ../shared/corpora (never copied into the project).
 * A document is named by a manifest entry (tests/data/dev/manifest.json); the same entry always
 * yields the same text, so the gold files stay valid as long as the corpora do.
 *
 * Kinds of entry:
 * - `cctv-item`: one story (a `### ` section under 详细新闻) of a CCTV Xinwen Lianbo day, with the
 *   story's heading as its first line; published = the programme date.
 * - `banned-news`: one whole page of banned-news-2018 (markdown with inline HTML), as it is.
 * - `pd1998`: one People's Daily article of January 1998 (GBK, word-segmented and POS-tagged): tags
 *   stripped, one paragraph a line; published = the article's date.
 * - `reuters`: one Reuters-21578 story: headline, blank line, dateline and body.
 * - `ungdc`: a passage of a UN General Debate speech: a heading line naming the speaking state,
 *   session and year, a blank line, then paragraphs [from, to) of the speech.
 */
import countries from "i18n-iso-countries";
import iconv from "iconv-lite";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { reutersStories, type ReutersStory } from "../reuters";

export type DevLang = "zh" | "en";
export type DevSplit = "tune" | "scored" | "heldout";

export interface DevEntry {
  id: string;
  kind: "cctv-item" | "banned-news" | "pd1998" | "reuters" | "ungdc";
  lang: DevLang;
  /** Path below ../shared/corpora (a file; for reuters the NEWID is in `item`). */
  file: string;
  /** cctv-item: 0-based story index; pd1998: article key (YYYYMMDD-PP-AAA); reuters: NEWID. */
  item?: number | string;
  /** ungdc: 0-based, end-exclusive paragraph range of the speech. */
  paragraphs?: [number, number];
  published: string | null;
  /** A history page: its sentences mostly speak of a time decades before publication. */
  history?: boolean;
  split: DevSplit;
  /**
   * Which draw added it: 1 (seed 20261207) unless given; 2 (seed 20261208) for the supplement; 3
   * (seed 20261209) for the held-out part (tests/data/dev/heldout.manifest.json).
   */
  batch?: number;
}

export interface DevDoc {
  id: string;
  text: string;
  published: string | null;
  format?: "md" | "txt";
}

/** The stories of a CCTV day: [heading, body] for each `### ` section. */
export function cctvStories(path: string): { heading: string; body: string }[] {
  const md = readFileSync(path, "utf8");
  const detail = md.indexOf("## 详细新闻");
  const part = detail >= 0 ? md.slice(detail) : md;
  return part
    .split(/^### /m)
    .slice(1)
    .map((s) => {
      const nl = s.indexOf("\n");
      const body = s
        .slice(nl + 1)
        .split("\n")
        .filter((l) => !l.startsWith("[查看原文]"))
        .join("\n")
        .trim();
      return { heading: s.slice(0, nl).trim(), body };
    });
}

/** The articles of pd1998 as key → paragraphs (tags stripped). Keys are YYYYMMDD-PP-AAA. */
export function pd1998Articles(corpora: string): Map<string, string[]> {
  const raw = iconv.decode(readFileSync(join(corpora, "pd1998", "199801-01to15.txt")), "gbk");
  const out = new Map<string, string[]>();
  for (const line of raw.split(/\r?\n/)) {
    const m = /^(\d{8}-\d{2}-\d{3})-\d{3}\/m\s+(.*)$/.exec(line);
    if (!m) continue;
    const text = m[2]
      .split(/\s+/)
      .filter(Boolean)
      .map((tok) =>
        tok
          .replace(/^\[/, "")
          .replace(/\/[A-Za-z]+$/, "")
          .replace(/\][a-z]+$/, "")
          .replace(/\/[A-Za-z]+$/, ""),
      )
      .join("");
    const list = out.get(m[1]) ?? [];
    list.push(text);
    out.set(m[1], list);
  }
  return out;
}

/**
 * Paragraphs of a UN General Debate speech file. Some files put one paragraph a line (older ones
 * numbered "12.\tText"); others are line-wrapped page text, where a paragraph ends at a blank line,
 * before a line that starts with a space, or after a short line ending a sentence; page markers
 * ("10-55128 8") are dropped and a line ending in "-" joins the next without a space.
 */
export function unParagraphs(path: string): string[] {
  const lines = readFileSync(path, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  const text = lines.filter((l) => l.trim());
  const avg = text.reduce((n, l) => n + l.length, 0) / Math.max(1, text.length);
  if (avg > 150) return text.map((l) => l.replace(/^\d+\.\s*/, "").trim()).filter((l) => l.length > 0);
  const lengths = text.map((l) => l.trim().length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const paras: string[] = [];
  let cur = "";
  const flush = (): void => {
    if (cur) paras.push(cur);
    cur = "";
  };
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    if (/^\d{2}-\d{5}/.test(t) || /^\d+$/.test(t)) continue;
    if (/^\s\S/.test(line)) flush();
    cur = !cur ? t : cur.endsWith("-") ? cur + t : `${cur} ${t}`;
    if (/[.!?"\u201d]$/.test(t) && t.length < median * 0.8) flush();
  }
  flush();
  return paras;
}

export function unSpeaker(iso3: string): string {
  return countries.getName(iso3, "en") ?? iso3;
}

/** Reads every entry's text; throws naming the entry when its source is missing. */
export function readDevDocs(corpora: string, entries: DevEntry[]): DevDoc[] {
  let pd: Map<string, string[]> | null = null;
  let reuters: Map<number, ReutersStory> | null = null;
  return entries.map((e) => {
    const path = join(corpora, e.file);
    switch (e.kind) {
      case "cctv-item": {
        const s = cctvStories(path)[Number(e.item)];
        if (!s) throw new Error(`${e.id}: story ${e.item} not found in ${e.file}`);
        return { id: e.id, text: `${s.heading}\n\n${s.body}\n`, published: e.published, format: "md" };
      }
      case "banned-news":
        return { id: e.id, text: readFileSync(path, "utf8"), published: e.published, format: "md" };
      case "pd1998": {
        pd ??= pd1998Articles(corpora);
        const paras = pd.get(String(e.item));
        if (!paras) throw new Error(`${e.id}: article ${e.item} not found in pd1998`);
        return { id: e.id, text: paras.join("\n") + "\n", published: e.published, format: "txt" };
      }
      case "reuters": {
        reuters ??= new Map([...reutersStories(join(corpora, "reuters21578"))].map((s) => [s.id, s]));
        const s = reuters.get(Number(e.item));
        if (!s) throw new Error(`${e.id}: Reuters NEWID ${e.item} not found`);
        return { id: e.id, text: `${s.title}\n\n${s.dateline} ${s.body}\n`, published: e.published, format: "txt" };
      }
      case "ungdc": {
        const [from, to] = e.paragraphs ?? [0, 0];
        const paras = unParagraphs(path).slice(from, to);
        const [iso, session, year] = (e.file.split("/").pop() ?? "").replace(/\.txt$/, "").split("_");
        const heading = `${unSpeaker(iso)}: statement in the General Debate of the ${Number(session)}th session of the United Nations General Assembly, ${year}`;
        return { id: e.id, text: `${heading}\n\n${paras.join("\n\n")}\n`, published: e.published, format: "txt" };
      }
    }
  });
}

export function listDir(path: string): string[] {
  return readdirSync(path).sort();
}
