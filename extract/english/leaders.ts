/**
 * Leaders in English text: known leaders by their English names (extract/data/leaders.json, the
 * same slugs as the Chinese path; a name shared by several, such as Bush, goes to the one in office
 * at the publication date), and unknown ones by the title pattern "<state> <title> <Name>"
 * ("Cuban President Miguel Díaz-Canel", "Soviet leader Mikhail Gorbachev and Foreign Minister
 * Eduard Shevardnadze"). A title with no state ("Prime Minister David Lange") takes the state of the
 * dateline's capital when the story itself names that state at least twice.
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import leadersJson from "../data/leaders.json";
import { foldTypography } from "../ingest/typography";
import type { Sentence } from "../types";
import { isWordChar, LEXICON, lowerSameLength } from "./data";
import { findDatelines, findEnglishMentions, type EnglishMention } from "./mentions";

interface LeaderRecord {
  slug: string;
  state: string;
  role: string;
  zh: string[];
  en: string[];
  terms: { role: string; from: string | null; to: string | null }[];
}

/** A leader named in the text. */
export interface LeaderMention {
  key: string;
  label: string;
  labelEn?: string;
  names: string[];
  /** ISO3 of the state led. */
  country: string;
  role?: string;
  start: number;
  end: number;
  surface: string;
  possessive: boolean;
}

const LEADERS = (leadersJson as { leaders: LeaderRecord[] }).leaders;
const ROLES = new Set(LEXICON.leaderRoles);
const NON_STATE = new Set(LEXICON.nonStateTitleModifiers.map((w) => w.toLowerCase()));

let index: { ac: AhoCorasick; bySurface: Map<string, LeaderRecord[]> } | null = null;

function leaderIndex(): { ac: AhoCorasick; bySurface: Map<string, LeaderRecord[]> } {
  if (index) return index;
  const bySurface = new Map<string, LeaderRecord[]>();
  for (const l of LEADERS) {
    for (const n of l.en) {
      const k = foldTypography(n.toLowerCase());
      const list = bySurface.get(k) ?? [];
      if (!list.includes(l)) list.push(l);
      bySurface.set(k, list);
    }
  }
  index = { ac: new AhoCorasick([...bySurface.keys()]), bySurface };
  return index;
}

const EPONYM_HEADS = new Set(LEXICON.eponymHeads);
const NAME_LEAD_OK = new Set([...Object.keys(LEXICON.titles), ...LEXICON.honorifics].flatMap((t) => t.split(" ")));

/** True when the capitalised words right before a bare surname are a given name or initial not the leader's. */
function namesake(text: string, begin: number, l: LeaderRecord): boolean {
  const m = /((?:\p{Lu}[\p{L}]*\.? ){1,2})$/u.exec(text.slice(Math.max(0, begin - 40), begin));
  if (!m) return false;
  const words = m[1].trim().split(" ");
  while (
    words.length > 0 &&
    (NAME_LEAD_OK.has(words[0].replace(/\.$/, "")) || NAME_LEAD_OK.has(words[0]) || STATE_WORDS.test(words[0]))
  )
    words.shift();
  if (words.length === 0) return false;
  const run = words.join(" ");
  if (l.en.some((n) => n.endsWith(` ${run} ${n.split(" ").pop() ?? ""}`) || n.startsWith(`${run} `))) return false;
  return words.every((w) => /^\p{Lu}(?:[\p{Ll}]+|\.)$/u.test(w));
}

const STATE_WORDS = /^(?:U\.S\.|The|A|An|In|On|At|By|For|And|But|Former|Late|Then|When|After|Before|While|As)$/;

function inOffice(l: LeaderRecord, year: number | null): boolean {
  if (year === null) return false;
  return l.terms.some(
    (t) =>
      (t.from === null || Number(t.from.slice(0, 4)) <= year) && (t.to === null || Number(t.to.slice(0, 4)) >= year),
  );
}

/** ASCII slug of a name: "Miguel Díaz-Canel" → "miguel-diaz-canel". */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const TITLE_LOWER = new Map(Object.entries(LEXICON.titles).map(([k, v]) => [k.toLowerCase(), v]));
const TITLE_RE = new RegExp(
  `\\b(?:(?:[Tt]hen|[Ff]ormer|[Aa]cting|[Ll]ate|[Nn]ew)[- ])?(${[
    ...new Set(Object.keys(LEXICON.titles).flatMap((t) => [t, t.toLowerCase()])),
  ]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/ /g, "\\s+"))
    .join(
      "|",
    )})\\s+((?:${LEXICON.honorifics.map((h) => h.replace(/\./g, "\\.")).join("|")})\\s+)?((?:(?:al-|el-|bin |ibn |de |van |von |le |la )?[\\p{Lu}][\\p{L}'’.-]+)(?:\\s+(?:(?:al-|el-|bin |ibn |de |van |von |le |la |da )?[\\p{Lu}][\\p{L}'’.-]+)){0,3})`,
  "gu",
);
const NOT_NAME = new Set([
  "The",
  "Of",
  "And",
  "In",
  "On",
  "At",
  "For",
  "To",
  "A",
  "An",
  "His",
  "Her",
  "Their",
  "Its",
  "This",
  "That",
  "Said",
  "Says",
]);

function trimName(raw: string): string {
  const words = raw.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (NOT_NAME.has(w)) break;
    out.push(w);
  }
  return out.join(" ").replace(/[.,'’]+$/, "");
}

/**
 * Finds leader mentions. `mentions` are the document's state mentions (for the state before a
 * title); `published` picks among leaders sharing a name.
 */
export function findEnglishLeaders(
  text: string,
  _sentences: Sentence[],
  mentions: EnglishMention[],
  published: string | null = null,
): LeaderMention[] {
  const { ac, bySurface } = leaderIndex();
  const year = published ? Number(published.slice(0, 4)) : null;
  const out: LeaderMention[] = [];
  const lower = lowerSameLength(text);
  for (const h of ac.matchInText(lower)) {
    if (isWordChar(text[h.begin - 1]) || isWordChar(text[h.end])) continue;
    const c = text[h.begin];
    if (c === c.toLowerCase()) continue;
    const cands = bySurface.get(h.keyword) ?? [];
    const l = cands.find((x) => inOffice(x, year)) ?? cands[0];
    if (!l) continue;
    // a name heading a place or thing (Kennedy Airport, John F. Kennedy Space Center) is not the leader
    const nextWord = /^[\s-]+([\p{L}-]+)/u.exec(text.slice(h.end, h.end + 30))?.[1] ?? "";
    if (EPONYM_HEADS.has(nextWord)) continue;
    // a surname alone after another given name or initial is a namesake (Charles Kennedy, Robert F. Kennedy)
    if (!h.keyword.includes(" ") && namesake(text, h.begin, l)) continue;
    // a surname alone, years before the leader's first term, is someone else (Bush in 1987)
    if (
      !h.keyword.includes(" ") &&
      year !== null &&
      !inOffice(l, year) &&
      l.terms.every((t) => t.from !== null && Number(t.from.slice(0, 4)) > year)
    )
      continue;
    out.push({
      key: `leader:${l.slug}`,
      label: l.zh[0] ?? l.en[0],
      labelEn: l.en[0],
      names: [...l.zh, ...l.en],
      country: l.state,
      role: l.role,
      start: h.begin,
      end: h.end,
      surface: text.slice(h.begin, h.end),
      possessive: /^['’]s\b/.test(text.slice(h.end, h.end + 3)),
    });
  }

  // Title pattern for leaders the data does not know.
  const datelines = findDatelines(text);
  let datelineState: string | null = null;
  if (datelines.length > 0) {
    const d = datelines[0];
    const codes = findEnglishMentions(
      d.place.replace(/\b(\w)(\w*)/g, (_m, a: string, b: string) => a + b.toLowerCase()),
    ).map((m) => m.code);
    const code = codes[0];
    if (code && mentions.filter((m) => m.code === code && !m.locative).length >= 2) datelineState = code;
  }
  const titled: LeaderMention[] = [];
  let lastTitledState: { state: string; end: number } | null = null;
  TITLE_RE.lastIndex = 0;
  for (let m = TITLE_RE.exec(text); m; m = TITLE_RE.exec(text)) {
    const role = TITLE_LOWER.get(m[1].replace(/\s+/g, " ").toLowerCase());
    const name = trimName(m[3]);
    if (!role || !ROLES.has(role)) continue;
    if (!name || name.split(" ").length < 2) continue;
    const prevWord = /([\p{L}-]+)\s*$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1] ?? "";
    if (NON_STATE.has(prevWord.toLowerCase())) continue;
    const nameStart = m.index + m[0].indexOf(m[3]);
    const nameEnd = nameStart + name.length;
    const known = out.find((o) => o.start < nameEnd && nameStart < o.end);
    if (known) {
      lastTitledState = { state: known.country, end: known.end };
      continue;
    }
    const before = mentions.filter(
      (x) =>
        x.end <= m!.index &&
        m!.index - x.end <= 12 &&
        /^['’s\s-]*(?:then-|former |acting )?$/i.test(text.slice(x.end, m!.index)),
    );
    let state = before.length > 0 ? before[before.length - 1].code : null;
    if (!state && lastTitledState && /^\s+and\s+$/.test(text.slice(lastTitledState.end, m.index)))
      state = lastTitledState.state;
    if (!state) state = datelineState;
    if (!state) continue;
    lastTitledState = { state, end: nameEnd };
    titled.push({
      key: `leader:${slugify(name)}`,
      label: name,
      labelEn: name,
      names: [name],
      country: state,
      role,
      start: nameStart,
      end: nameEnd,
      surface: name,
      possessive: /^['’]s\b/.test(text.slice(nameEnd, nameEnd + 3)),
    });
  }
  // later mentions of a titled leader by surname
  for (const t of [...titled]) {
    const surname = t.surface.split(" ").pop() ?? "";
    if (surname.length < 4) continue;
    const re = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index < t.end) continue;
      if ([...out, ...titled].some((o) => o.start <= m!.index && m!.index < o.end)) continue;
      titled.push({
        ...t,
        start: m.index,
        end: m.index + surname.length,
        surface: surname,
        possessive: /^['’]s\b/.test(text.slice(m.index + surname.length, m.index + surname.length + 3)),
      });
    }
  }
  return [...out, ...titled].sort((a, b) => a.start - b.start);
}
