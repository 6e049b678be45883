/**
 * Leaders named in a document: known leaders from the mention pass, plus officials found by the
 * pattern "<state mention><title><name>" (古巴国家主席迪亚斯-卡内尔) or "<bound title><name>"
 * (沙皇彼得). Discovered leaders get a stable key from the state and a hash of the name.
 */
import type { CleanDocument, LeaderFound, Mention, Sentence } from "../types";
import { TITLES } from "./data";
import { leaderInfo } from "./gazetteer";
import { WordIndex } from "./lexicon";
import { sentenceAt } from "./sentence-index";
import { isHan, NAME_DOTS, shortHash } from "./text";

interface TitleLexicon {
  titles: WordIndex;
  titleList: string[];
  bound: [string, string][];
  modifiers: WordIndex;
  stops: WordIndex;
  translit: Set<string>;
  separators: Set<string>;
  surnames: Set<string>;
  eastAsian: Set<string>;
  reign: WordIndex;
  coordinators: WordIndex;
}

let cache: TitleLexicon | null = null;

function lexicon(): TitleLexicon {
  cache ??= {
    titles: new WordIndex(Object.keys(TITLES.titles)),
    titleList: Object.keys(TITLES.titles).sort((a, b) => b.length - a.length),
    bound: Object.entries(TITLES.boundTitles),
    modifiers: new WordIndex(TITLES.modifiers),
    stops: new WordIndex(TITLES.nameStops),
    translit: new Set(TITLES.translitChars),
    separators: new Set(TITLES.nameSeparators),
    surnames: new Set(TITLES.surnames),
    eastAsian: new Set(TITLES.eastAsianStates),
    reign: new WordIndex(TITLES.reignSuffix),
    coordinators: new WordIndex(TITLES.titleCoordinators),
  };
  return cache;
}

/** A name as a stable key part: every middle dot spelled "·". */
function canonicalName(name: string): string {
  let out = name;
  for (const d of NAME_DOTS) if (d !== ".") out = out.split(d).join("·");
  return out;
}

/**
 * The stable node key of a leader not in the gazetteer: state code plus a hash of the name.
 *
 * @example
 * discoveredLeaderKey("CUB", "迪亚斯-卡内尔") // "leader:cub-" + 6 hex digits
 */
export function discoveredLeaderKey(code: string, name: string): string {
  return `leader:${code.toLowerCase()}-${shortHash(canonicalName(name)).slice(0, 6)}`;
}

/** A transliterated foreign name at `pos`: translit characters and dots up to a stop word. */
function foreignName(norm: string, pos: number, blocked: Set<number>): string | null {
  const lex = lexicon();
  let i = pos;
  let han = 0;
  while (i < norm.length && i - pos < 16) {
    if (i > pos && blocked.has(i)) break;
    const ch = norm[i];
    if (lex.separators.has(ch)) {
      if (i === pos) return null;
      i++;
      continue;
    }
    if (lex.stops.longestAt(norm, i) !== null || !lex.translit.has(ch)) break;
    han++;
    i++;
  }
  while (i > pos && lex.separators.has(norm[i - 1])) i--;
  const reign = lex.reign.longestAt(norm, i);
  if (reign !== null && han >= 2) i += reign.length;
  const name = norm.slice(pos, i);
  return han >= 2 && han <= 10 ? name : null;
}

/** A Chinese, Korean, Vietnamese or Japanese name at `pos`: a surname plus one to three characters. */
function eastAsianName(norm: string, pos: number, code: string, blocked: Set<number>): string | null {
  const lex = lexicon();
  if (!lex.surnames.has(norm[pos]) && code !== "JPN") return null;
  const max = code === "JPN" ? 4 : 3;
  let i = pos;
  while (i < norm.length && i - pos < max && isHan(norm[i])) {
    if (i > pos && (blocked.has(i) || lex.stops.longestAt(norm, i) !== null)) break;
    i++;
  }
  return i - pos >= 2 ? norm.slice(pos, i) : null;
}

function nameAt(norm: string, pos: number, code: string, blocked: Set<number>): string | null {
  const lex = lexicon();
  if (!isHan(norm[pos]) || lex.stops.longestAt(norm, pos) !== null) return null;
  if (lex.eastAsian.has(code)) {
    const ea = eastAsianName(norm, pos, code, blocked);
    if (ea !== null) return ea;
  }
  return foreignName(norm, pos, blocked);
}

/** The title right after a state mention (or ending its demonym surface), and where the name begins. */
function titleAfter(norm: string, m: Mention): { title: string; at: number } | null {
  const lex = lexicon();
  if (m.via === "demonym") {
    const t = lex.titleList.find((x) => m.surface.endsWith(x) && m.surface.length > x.length);
    if (t !== undefined) return { title: t, at: m.end };
  }
  let p = m.end;
  const mod = lex.modifiers.longestAt(norm, p);
  if (mod !== null) p += mod.length;
  const t = lex.titles.longestAt(norm, p);
  return t === null ? null : { title: t, at: p + t.length };
}

/** The bound titles by first code unit, and one bit per such code unit. */
interface TitleIndex {
  bound: [string, string][];
  byFirst: Map<number, string[]>;
  firsts: Int32Array;
}

let titleIndex: TitleIndex | null = null;

/** The index of `bound` (the lexicon's, built once and kept while the same list is passed). */
function titleIndexFor(bound: [string, string][]): TitleIndex {
  if (titleIndex !== null && titleIndex.bound === bound) return titleIndex;
  const byFirst = new Map<number, string[]>();
  const firsts = new Int32Array(2048);
  for (const [title] of bound) {
    if (title.length === 0) continue;
    const c = title.charCodeAt(0);
    firsts[c >> 5] |= 1 << (c & 31);
    const list = byFirst.get(c);
    if (list) {
      if (!list.includes(title)) list.push(title);
    } else byFirst.set(title.charCodeAt(0), [title]);
  }
  titleIndex = { bound, byFirst, firsts };
  return titleIndex;
}

/**
 * For each bound title, where it occurs (leftmost first, occurrences not overlapping), as repeated
 * `indexOf(title, p + title.length)` would find them — from one scan of the text.
 */
function boundTitlePositions(norm: string, bound: [string, string][]): Map<string, number[]> {
  const { byFirst, firsts } = titleIndexFor(bound);
  const out = new Map<string, number[]>();
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if ((firsts[c >> 5] & (1 << (c & 31))) === 0) continue;
    const list = byFirst.get(c);
    if (list === undefined) continue;
    for (const title of list) {
      if (!norm.startsWith(title, i)) continue;
      const at = out.get(title);
      if (at === undefined) out.set(title, [i]);
      else if (i >= at[at.length - 1] + title.length) at.push(i);
    }
  }
  return out;
}

interface Found {
  key: string;
  label: string;
  labelEn?: string;
  names: Set<string>;
  country: string;
  role?: string;
  pos: number;
}

/**
 * Leaders named in a document, each once, with the first sentence naming it.
 *
 * @example
 * findLeaders(doc, sentences, findMentions(doc.norm))
 * // [{ key: "leader:vladimir-putin", label: "普京", country: "country:RUS", … }, …]
 */
export function findLeaders(doc: CleanDocument, sentences: Sentence[], mentions: Mention[]): LeaderFound[] {
  const norm = doc.norm;
  const lex = lexicon();
  const found = new Map<string, Found>();
  const leaderStarts = new Set<number>();
  const mentionStarts = new Set<number>();
  for (const m of mentions) {
    mentionStarts.add(m.start);
    if (m.kind !== "leader") continue;
    leaderStarts.add(m.start);
    const info = leaderInfo(m.key);
    const prev = found.get(m.key);
    if (prev) {
      prev.names.add(m.surface);
      continue;
    }
    found.set(m.key, {
      key: m.key,
      label: info?.label ?? m.surface,
      labelEn: info?.labelEn,
      names: new Set([m.surface, ...(info?.names ?? [])]),
      country: info?.country ?? m.states[0],
      role: info?.role,
      pos: m.start,
    });
  }
  const knownNear = (from: number, to: number): boolean => {
    for (let p = from; p <= to; p++) if (leaderStarts.has(p)) return true;
    return false;
  };
  // 美国国务卿蓬佩奥（Mike Pompeo）和国防部长马蒂斯: a title after a name and a coordinator.
  const coordinated = (code: string, end: number, depth: number): void => {
    let p = end;
    if (norm[p] === "（" || norm[p] === "(") {
      const close = norm.slice(p, p + 40).search(/[）)]/);
      if (close < 0) return;
      p += close + 1;
    } else if (norm[p] === "）" || norm[p] === ")") p++;
    const co = lex.coordinators.longestAt(norm, p);
    if (co === null) return;
    p += co.length;
    const mod = lex.modifiers.longestAt(norm, p);
    if (mod !== null) p += mod.length;
    const t = lex.titles.longestAt(norm, p);
    if (t !== null && depth < 4) discover(code, t, p + t.length, depth + 1);
  };
  const discover = (code: string, title: string, at: number, depth = 0): void => {
    if (leaderStarts.has(at)) return;
    const name = nameAt(norm, at, code, mentionStarts);
    if (name === null) return;
    coordinated(code, at + name.length, depth);
    if (knownNear(at, at + name.length + 3)) return;
    const key = discoveredLeaderKey(code, name);
    const prev = found.get(key);
    if (prev) {
      prev.names.add(name);
      return;
    }
    found.set(key, {
      key,
      label: name,
      names: new Set([name]),
      country: `country:${code}`,
      role: TITLES.titles[title],
      pos: at,
    });
  };
  for (const m of mentions) if (m.kind === "leader") coordinated(m.states[0].slice("country:".length), m.end, 0);
  for (const m of mentions) {
    if (m.kind !== "country" || m.states.length !== 1) continue;
    const t = titleAfter(norm, m);
    if (t !== null) discover(m.key.slice("country:".length), t.title, t.at);
  }
  const boundAt = boundTitlePositions(norm, lex.bound);
  for (const [title, code] of lex.bound) {
    for (const p of boundAt.get(title) ?? []) {
      let at = p + title.length;
      const mod = lex.modifiers.longestAt(norm, at);
      if (mod !== null && !leaderStarts.has(at)) at += mod.length;
      discover(code, title, at);
    }
  }
  return [...found.values()]
    .sort((a, b) => a.pos - b.pos)
    .map((f) => {
      const out: LeaderFound = {
        key: f.key,
        label: f.label,
        names: [...f.names],
        country: f.country,
        doc: doc.id,
        sentence: sentenceAt(doc, sentences, f.pos),
      };
      if (f.labelEn !== undefined) out.labelEn = f.labelEn;
      if (f.role !== undefined) out.role = f.role;
      return out;
    });
}
