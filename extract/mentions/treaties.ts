/**
 * Treaties named in a document: 《…》 titles that end like a treaty (条约, 密约, 协定 …) and
 * well-known treaties named without brackets (北约, AUKUS, 伊核协议). Parties come from the data for
 * known treaties, else from state mentions in the title, else from the sentence (and the one before).
 */
import type { CleanDocument, Mention, Sentence, TreatyFound } from "../types";
import { TREATIES, type TreatyRecord } from "./data";
import { findMentions } from "./find-mentions";
import { WordIndex } from "./lexicon";
import { SkippingAhoCorasick } from "./matcher";
import { sentenceAt, sentenceIndexAt } from "./sentence-index";
import { countryKey, foldWidth, isAsciiWord, shortHash } from "./text";

export interface TreatyInfo {
  key: string;
  label: string;
  labelEn: string;
  names: string[];
  /** country:XXX keys; empty for open multilateral treaties. */
  parties: string[];
  /** Signing year from the data (a document's own TreatyFound.year comes from its text only). */
  year: number | null;
}

interface TreatyLexicon {
  byName: Map<string, TreatyRecord[]>;
  bySlug: Map<string, TreatyRecord>;
  ac: SkippingAhoCorasick;
  suffixes: string[];
  notTreaties: Set<string>;
  verbs: WordIndex;
  jointSuffixes: WordIndex;
}

let cache: TreatyLexicon | null = null;

function lexicon(): TreatyLexicon {
  if (cache) return cache;
  const byName = new Map<string, TreatyRecord[]>();
  const bySlug = new Map<string, TreatyRecord>();
  for (const t of TREATIES.treaties) {
    bySlug.set(t.slug, t);
    for (const n of [...t.names, ...(t.genericNames ?? [])]) {
      const k = foldWidth(n);
      byName.set(k, [...(byName.get(k) ?? []), t]);
    }
  }
  cache = {
    byName,
    bySlug,
    ac: new SkippingAhoCorasick([...byName.keys()]),
    suffixes: [...TREATIES.suffixes].sort((a, b) => b.length - a.length),
    notTreaties: new Set(TREATIES.notTreaties),
    verbs: new WordIndex(TREATIES.signVerbs),
    jointSuffixes: new WordIndex(TREATIES.jointSuffixes),
  };
  return cache;
}

/** Words that refer back to a pair of states named before. */
const PAIR_ANAPHOR = /两国|双方/;

/**
 * The data entry of a known treaty's node key.
 *
 * @example
 * treatyInfo("treaty:aukus")?.parties // ["country:AUS", "country:GBR", "country:USA"]
 */
export function treatyInfo(key: string): TreatyInfo | undefined {
  const t = lexicon().bySlug.get(key.replace(/^treaty:/, ""));
  if (!t) return undefined;
  return {
    key: `treaty:${t.slug}`,
    label: t.names[0],
    labelEn: t.en,
    names: t.names,
    parties: t.parties.map(countryKey),
    year: t.year,
  };
}

interface Candidate {
  name: string;
  start: number;
  end: number;
}

function candidates(norm: string, mentions: Mention[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  const spans: [number, number][] = [];
  const re = /《([^《》\n]{2,60})》/g;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const end = m.index + m[0].length;
    spans.push([m.index, end]);
    const name = m[1].trim();
    if (lex.notTreaties.has(name)) continue;
    if (lex.suffixes.some((s) => name.endsWith(s) && name.length > s.length)) out.push({ name, start: m.index, end });
  }
  const inside = (p: number): boolean => spans.some(([s, e]) => p >= s && p < e);
  for (const m of lex.ac.matchInText(norm)) {
    if (isAsciiWord(m.keyword[0]) && (isAsciiWord(norm[m.begin - 1]) || isAsciiWord(norm[m.end]))) continue;
    if (!inside(m.begin)) out.push({ name: m.keyword, start: m.begin, end: m.end });
  }
  // 中韩自贸协定, 美墨加协定: a joint form naming a treaty without brackets.
  for (const m of mentions) {
    if (m.via !== "joint" || m.states.length < 2 || inside(m.start)) continue;
    const suffix = lex.jointSuffixes.longestAt(norm, m.end);
    if (suffix === null) continue;
    const end = m.end + suffix.length;
    if (out.some((c) => c.start < end && c.end > m.start)) continue;
    out.push({ name: norm.slice(m.start, end), start: m.start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function statesIn(mentions: Mention[], start: number, end: number): string[] {
  const out: string[] = [];
  for (const m of mentions) if (m.start >= start && m.start < end) out.push(...m.states);
  return [...new Set(out)];
}

/** The signing year the sentence ties to the treaty: 1896年签订的《中俄密约》, 《X》于2001年7月签署, 《X》签订于1896年. */
function signingYear(norm: string, sentence: Sentence, c: Candidate): number | null {
  const verbs = lexicon().verbs;
  const hasVerb = (from: number, to: number): boolean => {
    for (let p = from; p < to; p++) if (verbs.longestAt(norm, p) !== null) return true;
    return false;
  };
  const re = /(\d{4})\s*年/g;
  const text = norm.slice(sentence.start, sentence.end);
  let best: { year: number; dist: number } | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const ys = sentence.start + m.index;
    const ye = ys + m[0].length;
    const year = Number(m[1]);
    if (year < 1600 || year > 2100) continue;
    let dist = -1;
    if (ye <= c.start && c.start - ye <= 15 && (c.start - ye <= 1 || hasVerb(ye, c.start))) dist = c.start - ye;
    else if (ys >= c.end && ys - c.end <= 8 && (hasVerb(c.end, ys) || hasVerb(ye, Math.min(sentence.end, ye + 12))))
      dist = ys - c.end;
    if (dist >= 0 && (best === null || dist < best.dist)) best = { year, dist };
  }
  return best?.year ?? null;
}

/** Known treaty for a name: exact names first, then generic names whose parties are all in context. */
function resolveKnown(name: string, context: Set<string>): TreatyRecord | null {
  const entries = lexicon().byName.get(name);
  if (!entries) return null;
  const exact = entries.find((t) => t.names.some((n) => foldWidth(n) === name));
  if (exact) return exact;
  return entries.find((t) => t.parties.length > 0 && t.parties.every((p) => context.has(countryKey(p)))) ?? null;
}

/**
 * Treaties named in a document, each once, with the first sentence naming it.
 *
 * @example
 * findTreaties(doc, sentences, findMentions(doc.norm))
 * // [{ key: "treaty:sino-russian-secret-treaty", parties: ["country:CHN", "country:RUS"], year: 1896, … }]
 */
export function findTreaties(doc: CleanDocument, sentences: Sentence[], mentions: Mention[]): TreatyFound[] {
  const norm = doc.norm;
  const out = new Map<string, TreatyFound>();
  for (const c of candidates(norm, mentions)) {
    const idx = sentenceIndexAt(sentences, c.start);
    const sentence = idx >= 0 ? sentences[idx] : sentenceAt(doc, sentences, c.start);
    const titleStates = findMentions(c.name).flatMap((m) => m.states);
    let context = new Set([...titleStates, ...statesIn(mentions, sentence.start, sentence.end)]);
    // 两国还签署了《…》: a pair named in an earlier sentence (up to three back).
    const back = PAIR_ANAPHOR.test(norm.slice(sentence.start, sentence.end)) ? 3 : 1;
    for (let k = idx - 1; context.size < 2 && k >= 0 && k >= idx - back; k--)
      context = new Set([...context, ...statesIn(mentions, sentences[k].start, sentences[k].end)]);
    const known = resolveKnown(c.name, context);
    let key: string;
    let parties: string[];
    if (known) {
      key = `treaty:${known.slug}`;
      parties = known.parties.map(countryKey);
    } else {
      parties = new Set(titleStates).size >= 2 ? [...new Set(titleStates)] : [...context];
      // A title naming no state (睦邻友好合作条约) is told apart by its parties.
      key = `treaty:${shortHash(titleStates.length > 0 ? c.name : `${c.name}|${[...parties].sort().join(",")}`)}`;
    }
    const prev = out.get(key);
    if (prev) {
      if (!prev.names.includes(c.name)) prev.names.push(c.name);
      if (prev.year === null) prev.year = signingYear(norm, sentence, c);
      continue;
    }
    const found: TreatyFound = {
      key,
      label: known ? known.names[0] : c.name,
      names: [...new Set([c.name, ...(known ? known.names : [])])],
      parties,
      year: signingYear(norm, sentence, c),
      doc: doc.id,
      sentence,
    };
    if (known) found.labelEn = known.en;
    out.set(key, found);
  }
  return [...out.values()];
}
