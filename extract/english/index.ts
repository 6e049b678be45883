/**
 * The English path: `extractEnglish(doc)` turns a cleaned English document into the same claims,
 * leaders and treaties as the Chinese path, on the same node keys (country:ISO3, leader:slug,
 * treaty:slug), so the graph merge puts a relation reported in both languages on one edge.
 *
 * Cost: one Aho–Corasick pass for states and one for trigger words over the whole text; compromise
 * runs only on sentences holding two states and a trigger.
 *
 * @example
 * const { claims } = extractEnglish(cleanDocument);
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import { foldTypography } from "../ingest/typography";
import type { CleanDocument, ExtractedClaim, LeaderFound, Sentence, TreatyFound } from "../types";
import { sentenceClaims } from "./claims";
import { isWordChar, LEXICON, lowerSameLength } from "./data";
import { detectLang } from "./lang";
import { findEnglishLeaders, type LeaderMention } from "./leaders";
import { findEnglishMentions, titleState, type EnglishMention } from "./mentions";
import { parseSentence, type Token } from "./parse";
import type { Actor } from "./roles";
import { splitEnglishSentences } from "./sentences";
import { findEnglishTimes } from "./time";
import { findEnglishTreaties } from "./treaties";

export { detectLang } from "./lang";
export { findEnglishMentions } from "./mentions";
export { splitEnglishSentences } from "./sentences";
export { findEnglishTimes } from "./time";

/** What the English path returns for one document (the fields of DocumentExtraction it fills). */
export interface EnglishExtraction {
  claims: ExtractedClaim[];
  /** Claims kept out of the graph (negated, speculative, reported, question) are included with their status. */
  leaders: LeaderFound[];
  treaties: TreatyFound[];
  countries: string[];
}

const HAN = /[\u3400-\u9fff]/;

let triggerAc: AhoCorasick | null = null;

function triggerAutomaton(): AhoCorasick {
  if (triggerAc) return triggerAc;
  // a phrase trigger is keyed by its first two words (trade with, sold arms), so common first words
  // (trade, sell, military) do not wake the parser
  const words = new Set<string>(["anti-"]);
  for (const t of LEXICON.triggers) for (const f of t.forms ?? [t.lemma]) words.add(t.then ? `${f} ${t.then[0]}` : f);
  triggerAc = new AhoCorasick([...words]);
  return triggerAc;
}

/** Offsets of trigger words in the text (word-bounded), for the sentence prefilter. */
function triggerOffsets(lower: string): number[] {
  const out: number[] = [];
  for (const h of triggerAutomaton().matchInText(lower)) {
    if (isWordChar(lower[h.begin - 1])) continue;
    if (!h.keyword.endsWith("-") && isWordChar(lower[h.end])) continue;
    out.push(h.begin);
  }
  return out;
}

interface Located {
  states: string[];
  start: number;
  end: number;
  possessive: boolean;
  anti: boolean;
  via: string;
}

function tokenSpan(tokens: Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.end <= t.start) continue;
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last];
}

/** Actors of a parsed sentence: state and leader mentions, possessive pronouns, a leading It/They. */
function buildActors(tokens: Token[], located: Located[], prevSubject: string | null): Actor[] {
  const actors: Actor[] = [];
  for (const m of located) {
    const span = tokenSpan(tokens, m.start, m.end);
    if (!span) continue;
    if (actors.some((a) => a.first <= span[1] && span[0] <= a.last)) continue;
    actors.push({
      states: m.states,
      first: span[0],
      last: span[1],
      possessive: m.possessive,
      anti: m.anti,
      via: m.via,
    });
  }
  actors.sort((a, b) => a.first - b.first);
  const lead = tokens[0]?.normal;
  if ((lead === "it" || lead === "they") && prevSubject && !actors.some((a) => a.first === 0)) {
    actors.unshift({ states: [prevSubject], first: 0, last: 0, possessive: false, anti: false, via: "pronoun" });
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].normal !== "its" && tokens[i].normal !== "their") continue;
    if (actors.some((a) => a.first <= i && i <= a.last)) continue;
    const before = actors.filter((a) => a.last < i && a.via !== "pronoun-possessive");
    // "X attacked its platform": its is not X (that would be "its own"), so take the actor before X
    let pick = before.length - 1;
    if (
      pick > 0 &&
      before[pick].via !== "leader" &&
      i - before[pick].last <= 3 &&
      tokens.slice(before[pick].last + 1, i).some((t) => t.tags.has("Verb") && !t.tags.has("Auxiliary"))
    ) {
      // "calls on X to end its embargo": the infinitive's subject is X, and so is its
      const infinitive = tokens[before[pick].last + 1]?.normal === "to";
      if (tokens[i + 1]?.normal !== "own" && !infinitive) pick--;
    }
    const states = pick >= 0 ? before[pick].states : prevSubject ? [prevSubject] : null;
    if (states) actors.push({ states, first: i, last: i, possessive: true, anti: false, via: "pronoun-possessive" });
  }
  actors.sort((a, b) => a.first - b.first);
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i];
    const b = actors[i + 1];
    if (b.first === a.last + 1 && tokens[a.last].post === "-") a.hyphenWith = i + 1;
  }
  return actors;
}

/** The state a sentence opens with (for a following "It ..."), if any. */
function openingState(sentence: Sentence, mentions: EnglishMention[]): string | null {
  const m = mentions.find((x) => !x.locative && x.start >= sentence.start && x.start < sentence.start + 25);
  return m ? m.code : null;
}

/**
 * Extracts claims, leaders, treaties and mentioned countries from an English document. Offsets in
 * each claim's `sentence` point into `doc.text`.
 */
export function extractEnglish(doc: CleanDocument): EnglishExtraction {
  const text = doc.text;
  // typographic quotes, dashes and no-break spaces fold for matching (same length: offsets unchanged)
  const norm = foldTypography(doc.norm && doc.norm.length === text.length ? doc.norm : text);
  const published = doc.published;
  const nl = text.indexOf("\n");
  const firstLine = nl > 0 ? text.slice(0, nl) : text.slice(0, 200);
  const headingEnd = nl > 0 && nl < 300 && !/[.!?"”]\s*$/.test(firstLine) ? nl : -1;
  const selfState = titleState(doc.title || firstLine);
  const sentences = splitEnglishSentences(text, headingEnd);
  const mentions = findEnglishMentions(norm, selfState);
  const leaderMentions: LeaderMention[] = findEnglishLeaders(norm, sentences, mentions, published);
  const triggers = triggerOffsets(lowerSameLength(norm).replace(/[\n\r\t]/g, " "));
  const claims: ExtractedClaim[] = [];

  let mi = 0;
  let li = 0;
  let ti = 0;
  let prevSubject: string | null = null;
  for (const s of sentences) {
    while (mi < mentions.length && mentions[mi].start < s.start) mi++;
    while (li < leaderMentions.length && leaderMentions[li].start < s.start) li++;
    while (ti < triggers.length && triggers[ti] < s.start) ti++;
    const located: Located[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < s.end; k++) {
      const m = mentions[k];
      if (!m.locative)
        located.push({
          states: [m.code],
          start: m.start - s.start,
          end: m.end - s.start,
          possessive: m.possessive,
          anti: m.anti,
          via: m.via,
        });
    }
    for (let k = li; k < leaderMentions.length && leaderMentions[k].start < s.end; k++) {
      const l = leaderMentions[k];
      located.push({
        states: [l.country],
        start: l.start - s.start,
        end: l.end - s.start,
        possessive: l.possessive,
        anti: false,
        via: "leader",
      });
    }
    const hasTrigger = ti < triggers.length && triggers[ti] < s.end;
    // a Chinese passage inside an English page is left to the Chinese path
    if (HAN.test(s.text) && detectLang(s.text) === "zh") {
      prevSubject = null;
      continue;
    }
    const states = new Set(located.flatMap((l) => l.states));
    const pronounLead: boolean = /^["“]?(It|They)\b/.test(s.text) && prevSubject !== null;
    const candidate =
      hasTrigger && (states.size >= 2 || (states.size === 1 && (pronounLead || /\b(its|their)\b/.test(s.text))));
    if (candidate) {
      const tokens = parseSentence(s.text);
      located.sort((a, b) => a.start - b.start);
      const actors = buildActors(tokens, located, prevSubject);
      if (new Set(actors.flatMap((a) => a.states)).size >= 2) {
        const times = findEnglishTimes(s.text, published);
        claims.push(...sentenceClaims({ doc: doc.id, sentence: s, tokens, actors, times, published, selfState }));
      }
    }
    prevSubject = openingState(s, mentions) ?? (pronounLead ? prevSubject : null);
  }

  const leaders = leaderFound(doc, sentences, leaderMentions);
  const treaties = findEnglishTreaties({ ...doc, text: norm }, sentences, mentions);
  for (const t of treaties) claims.push(...t.claims);
  const countries = [...new Set(mentions.map((m) => `country:${m.code}`))].sort();
  return { claims, leaders, treaties: treaties.map((t) => t.found), countries };
}

function leaderFound(doc: CleanDocument, sentences: Sentence[], mentions: LeaderMention[]): LeaderFound[] {
  const byKey = new Map<string, LeaderFound>();
  for (const m of mentions) {
    const sentence = sentences.find((s) => m.start >= s.start && m.start < s.end) ?? {
      start: m.start,
      end: m.end,
      text: m.surface,
    };
    const found = byKey.get(m.key);
    if (found) {
      if (!found.names.includes(m.surface)) found.names.push(m.surface);
      continue;
    }
    byKey.set(m.key, {
      key: m.key,
      label: m.label,
      ...(m.labelEn ? { labelEn: m.labelEn } : {}),
      names: [...new Set([m.surface, ...m.names])],
      country: `country:${m.country}`,
      ...(m.role ? { role: m.role } : {}),
      doc: doc.id,
      sentence,
    });
  }
  return [...byKey.values()];
}
