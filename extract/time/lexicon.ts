/**
 * The time lexicon (extract/data/time.json, time-en.json) typed, with its tries built once.
 */
import en from "../data/time-en.json";
import zh from "../data/time.json";
import type { PartialDate } from "../schema/graph";
import { Trie } from "./trie";

/** Neighbouring strings that veto a lexicon match. */
export interface Guards {
  blockPrev?: string[];
  blockNext?: string[];
}

/** A lexicon entry found by the trie. */
export type LexEntry =
  | ({ t: "event"; from: PartialDate; to: PartialDate | null } & Guards)
  | ({ t: "reign"; first: number; years?: number; min?: number } & Guards)
  | ({ t: "rel"; unit: "year" | "month" | "week" | "day"; offset: number } & Guards)
  | ({ t: "now" } & Guards)
  | ({ t: "beforeNow" } & Guards)
  | ({ t: "recent"; years: number } & Guards)
  | ({ t: "agoVague"; fromYears: number; toYears: number } & Guards)
  | ({ t: "centuryRel"; offset: number } & Guards);

interface Part {
  word: string;
  from: number;
  to: number;
}

/** Markers around dates (自…以来, 直到, 期间 …) and the parts of years, decades and centuries. */
export interface Markers {
  sincePrefix: string[];
  sincePrefixBlockPrev: string[];
  untilPrefix: string[];
  sinceSuffix: string[];
  sinceSuffixWithPrefix: string[];
  afterSuffix: string[];
  untilSuffix: string[];
  pointSuffix: string[];
  suffixBlockNext: Record<string, string[]>;
  connectors: string[];
  yearParts: Part[];
  monthParts: string[];
  decadeParts: Part[];
  centuryParts: Part[];
  spanPrefixes: string[];
  spanSuffixes: string[];
  durationPrefixes: string[];
  dayBlockNext: string[];
  dayBlockPrev: string[];
  futureCues: string[];
  anniversaryEvents: string[];
}

/** English cue words and tables. */
export interface EnglishLexicon {
  months: Record<string, number>;
  numberWords: Record<string, number>;
  yearCues: Set<string>;
  monthCues: Set<string>;
  prefixes: Record<"since" | "from" | "between" | "until" | "before" | "after", string[]>;
  connectors: string[];
  sinceSuffix: string[];
  decadeParts: Record<string, [number, number]>;
  centuryParts: Record<string, [number, number]>;
  units: Record<string, "year" | "month" | "week" | "day" | "decade">;
}

/** Words that end a relation (同盟关系随之消逝), with negators that cancel them. */
export interface EndingLexicon {
  trie: Trie<true>;
  negators: string[];
  blockNext: string[];
}

/** What a word after a date does to it: 以来 since, 之后 after, 以前 before, 为止 up to, 期间 during. */
export type SuffixType = "since" | "sinceWithPrefix" | "after" | "until" | "untilTo" | "point";

/** Everything the time model reads from data. */
export interface TimeLexicon {
  trie: Trie<LexEntry>;
  markers: Markers;
  /** All suffix words, longest first. */
  suffixes: { w: string; type: SuffixType }[];
  eventBlockPrev: string[];
  eventBlockNext: string[];
  eventVerbs: { start: string[]; end: string[] };
  eventPrefixAfter: string[];
  en: EnglishLexicon;
  ending: EndingLexicon;
}

let cached: TimeLexicon | null = null;

function byLengthDesc(xs: string[]): string[] {
  return [...xs].sort((a, b) => b.length - a.length);
}

function pairs(o: Record<string, number[]>): Record<string, [number, number]> {
  const r: Record<string, [number, number]> = {};
  for (const [k, v] of Object.entries(o)) r[k] = [v[0], v[1]];
  return r;
}

/** The lexicon, built on first use. */
export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const trie = new Trie<LexEntry>();
  const addAll = (names: string[] | undefined, e: LexEntry): void => {
    for (const n of names ?? []) trie.add(n, e);
  };
  for (const r of zh.reigns)
    addAll([r.name], {
      t: "reign",
      first: r.first,
      years: "years" in r ? r.years : undefined,
      min: "min" in r ? r.min : undefined,
    });
  for (const ev of zh.events) {
    const g = ev as Guards;
    const e: LexEntry = { t: "event", from: ev.from, to: ev.to, blockPrev: g.blockPrev, blockNext: g.blockNext };
    addAll("zh" in ev ? ev.zh : undefined, e);
    addAll("en" in ev ? ev.en : undefined, e);
  }
  for (const r of zh.relative) {
    const g = r as Guards;
    const e: LexEntry = {
      t: "rel",
      unit: r.unit as "year" | "month" | "week" | "day",
      offset: r.offset,
      blockPrev: g.blockPrev,
      blockNext: g.blockNext,
    };
    addAll(r.zh, e);
    addAll("en" in r ? r.en : undefined, e);
  }
  const now: LexEntry = { t: "now", blockPrev: zh.now.blockPrev, blockNext: zh.now.blockNext };
  addAll(zh.now.zh, now);
  addAll(zh.now.en, now);
  const before: LexEntry = { t: "beforeNow", blockNext: zh.beforeNow.blockNext };
  addAll(zh.beforeNow.zh, before);
  addAll(zh.beforeNow.en, before);
  for (const r of zh.recent) {
    const g = r as Guards;
    const e: LexEntry = { t: "recent", years: r.years, blockPrev: g.blockPrev, blockNext: g.blockNext };
    addAll("zh" in r ? r.zh : undefined, e);
    addAll(r.en, e);
  }
  for (const r of zh.agoVague) {
    const e: LexEntry = { t: "agoVague", fromYears: r.fromYears, toYears: r.toYears };
    addAll(r.zh, e);
    addAll(r.en, e);
  }
  for (const r of zh.centuryRel) {
    const e: LexEntry = { t: "centuryRel", offset: r.offset };
    addAll(r.zh, e);
    addAll(r.en, e);
  }

  const m = zh.markers;
  const markers: Markers = {
    ...m,
    sincePrefix: byLengthDesc(m.sincePrefix),
    untilPrefix: byLengthDesc(m.untilPrefix),
    sinceSuffix: byLengthDesc(m.sinceSuffix),
    untilSuffix: byLengthDesc(m.untilSuffix),
    pointSuffix: byLengthDesc(m.pointSuffix),
    connectors: byLengthDesc(m.connectors),
    monthParts: byLengthDesc(m.monthParts),
    spanPrefixes: byLengthDesc(m.spanPrefixes),
    spanSuffixes: byLengthDesc(m.spanSuffixes),
    durationPrefixes: byLengthDesc(m.durationPrefixes),
    futureCues: byLengthDesc(m.futureCues),
    anniversaryEvents: byLengthDesc(m.anniversaryEvents),
    yearParts: [...m.yearParts].sort((a, b) => b.word.length - a.word.length),
    decadeParts: [...m.decadeParts].sort((a, b) => b.word.length - a.word.length),
    centuryParts: [...m.centuryParts].sort((a, b) => b.word.length - a.word.length),
  };

  const endingTrie = new Trie<true>();
  for (const w of zh.ending.zh) endingTrie.add(w, true);
  for (const w of en.ending.words) endingTrie.add(w, true);

  const suffixes: { w: string; type: SuffixType }[] = [];
  const afterWords = new Set(m.afterSuffix);
  for (const w of m.sinceSuffix) suffixes.push({ w, type: afterWords.has(w) ? "after" : "since" });
  for (const w of m.sinceSuffixWithPrefix) suffixes.push({ w, type: "sinceWithPrefix" });
  for (const w of m.untilSuffix) suffixes.push({ w, type: w === "为止" ? "untilTo" : "until" });
  for (const w of m.pointSuffix) suffixes.push({ w, type: "point" });
  suffixes.sort((a, b) => b.w.length - a.w.length);

  cached = {
    trie,
    markers,
    suffixes,
    eventBlockPrev: zh.eventBlockPrev,
    eventBlockNext: byLengthDesc(zh.eventBlockNext),
    eventVerbs: { start: byLengthDesc(zh.eventVerbs.start), end: byLengthDesc(zh.eventVerbs.end) },
    eventPrefixAfter: zh.eventPrefixAfter,
    en: {
      months: en.months,
      numberWords: en.numberWords,
      yearCues: new Set(en.yearCues),
      monthCues: new Set(en.monthCues),
      prefixes: en.prefixes,
      connectors: byLengthDesc(en.connectors),
      sinceSuffix: en.sinceSuffix,
      decadeParts: pairs(en.decadeParts),
      centuryParts: pairs(en.centuryParts),
      units: en.units as Record<string, "year" | "month" | "week" | "day" | "decade">,
    },
    ending: {
      trie: endingTrie,
      negators: byLengthDesc([...zh.ending.negators, ...en.ending.negators]),
      blockNext: byLengthDesc(zh.ending.blockNext),
    },
  };
  return cached;
}
