/**
 * Treaties and alliances in English text. Known ones by name (the shared extract/data/treaties.json
 * slugs, with English names from english-treaties.json): fixed parties for closed treaties, and for
 * open alliances (NATO, the Warsaw Pact) only the members the sentence names. Others by the shape
 * of a treaty name ("the Treaty of Friendship, Good Neighbourliness and Cooperation", "the 1976
 * Berne Agreement"), with parties from the state words before the name ("Afghan Soviet Treaty"),
 * "between X and Y" after it, or the two states of its sentence. A treaty with two parties also
 * yields a claim between them (ally for alliances and defence pacts, partner otherwise).
 */
import type { StateRelation } from "../schema/graph";
import type { CleanDocument, ExtractedClaim, Sentence, TreatyFound } from "../types";
import { isWordChar, lowerSameLength } from "./data";
import { slugify } from "./leaders";
import type { EnglishMention } from "./mentions";
import { findEnglishTimes, timeAt } from "./time";
import {
  ALLY_NAME,
  BILATERAL,
  capitalised,
  GENERIC_WORDS,
  knownTreaties,
  OF_NAME,
  partiesNear,
  PRE_NAME,
  SHARED,
  statusNear,
  yearNear,
  type Hit,
} from "./treaty-names";

/** A treaty found in a document with the claims it implies between its parties. */
export interface EnglishTreatyResult {
  found: TreatyFound;
  claims: ExtractedClaim[];
}

/** Words before a treaty's name that turn a party away from it: no tie between its parties follows. */
const TURNING_AWAY =
  /\b(?:withdr[ae]w\w*|pull\w* out|violat\w*|abandon\w*|breach\w*|scrap\w*|quit\w*|renounc\w*|abrogat\w*|tore up|tear\w* up|reneg\w*|exit\w*|leav\w*|left|suspend\w*)\b/i;

/**
 * The parties between which a treaty's name asserts a tie, if any. A treaty's parties are party-to
 * it; a relation between them needs the sentence to say so: a known treaty ties only the parties
 * the sentence itself names, and only when it says the treaty was signed or concluded between them
 * (a bare mention of a multilateral deal ties nobody); "withdraw from", "violate", "abandon" before
 * the name point the other way and tie nobody.
 */
function tiedParties(
  h: Hit,
  parties: string[],
  inSentence: EnglishMention[],
  sentence: Sentence,
  text: string,
): string[] {
  const before = text.slice(sentence.start, h.start);
  if (TURNING_AWAY.test(before)) return [];
  if (!h.known) return parties;
  const named = new Set(inSentence.filter((m) => !m.locative).map((m) => m.code));
  const own = parties.filter((p) => named.has(p));
  return own.length >= 2 && BILATERAL.test(sentence.text) ? own : [];
}

/** Treaties in one document, with the party claims they imply. */
export function findEnglishTreaties(
  doc: CleanDocument,
  sentences: Sentence[],
  mentions: EnglishMention[],
): EnglishTreatyResult[] {
  const text = doc.text;
  const { ac, byName } = knownTreaties();
  const hits: Hit[] = [];
  for (const h of ac.matchInText(lowerSameLength(text))) {
    if (isWordChar(text[h.begin - 1]) || isWordChar(text[h.end])) continue;
    const k = byName.get(h.keyword);
    if (!k || !capitalised(text, h.begin, h.keyword)) continue;
    hits.push({
      start: h.begin,
      end: h.end,
      name: text.slice(h.begin, h.end),
      known: k,
      parties: [],
      year: yearNear(text, h.begin, h.end),
    });
  }
  const overlaps = (s: number, e: number): boolean => hits.some((x) => x.start < e && s < x.end);
  for (const re of [OF_NAME, PRE_NAME]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let start = m.index;
      let name = m[0].replace(/,? and$/, "").replace(/[,\s]+$/, "");
      // leading state words are parties, not part of the name
      const lead = mentions.filter((x) => x.start >= start && x.end <= start + name.length && x.via !== "capital");
      let cut = start;
      for (const x of lead) if (x.start === cut || /^[\s-]+$/.test(text.slice(cut, x.start))) cut = x.end;
      if (cut > start) {
        const rest = text.slice(cut, start + name.length).replace(/^[\s-]+/, "");
        start = start + name.length - rest.length;
        name = rest;
      }
      const words = name.split(/\s+/);
      while (words.length > 1 && GENERIC_WORDS.has(words[0])) words.shift();
      const trimmed = words.join(" ");
      start += name.length - trimmed.length;
      name = trimmed;
      if (name.split(/\s+/).length < 2 || /['’]/.test(name) || overlaps(start, start + name.length)) continue;
      hits.push({
        start,
        end: start + name.length,
        name,
        known: null,
        parties: [],
        year: yearNear(text, start, start + name.length),
      });
    }
  }
  hits.sort((a, b) => a.start - b.start);

  const year = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const results = new Map<string, EnglishTreatyResult>();
  for (const h of hits) {
    const sentence = sentences.find((s) => h.start >= s.start && h.start < s.end);
    if (!sentence) continue;
    const inSentence = mentions.filter(
      (m) => m.start >= sentence.start && m.end <= sentence.end && !(m.start >= h.start && m.end <= h.end),
    );
    if (h.known?.generic) {
      const named = new Set(inSentence.map((m) => m.code));
      if (!h.known.parties.every((p) => named.has(p))) h.known = null;
    }
    let parties: string[];
    if (h.known && h.known.members) {
      const joined = new Map(h.known.members);
      parties = [...new Set(inSentence.filter((m) => !m.locative).map((m) => m.code))].filter(
        (c) => joined.has(c) && (year === null || (joined.get(c) ?? 0) <= year),
      );
    } else if (h.known && h.known.parties.length > 0) {
      parties = h.known.parties;
    } else {
      parties = partiesNear(inSentence, h.start, h.end, text);
      const states = [...new Set(inSentence.filter((m) => !m.locative).map((m) => m.code))];
      if (parties.length === 0 && states.length === 2 && BILATERAL.test(sentence.text)) parties = states;
      else if (parties.length === 1 && states.length === 2 && states.includes(parties[0]))
        parties = [...states.filter((x) => x !== parties[0]), parties[0]];
    }
    if (parties.length === 0) continue;
    if (h.year === null && /\b(?:signed|concluded)\b/.test(sentence.text)) {
      const points = findEnglishTimes(sentence.text, null).filter((t) => t.kind === "point" && t.from !== null);
      if (points.length === 1) h.year = Number(points[0].from!.slice(0, 4));
    }
    const key = h.known
      ? h.known.key
      : [slugify(h.name), ...parties.map((p) => p.toLowerCase()).sort(), ...(h.year ? [String(h.year)] : [])].join("-");
    const prev = results.get(key);
    if (prev) {
      if (!prev.found.names.includes(h.name)) prev.found.names.push(h.name);
      for (const p of parties)
        if (!prev.found.parties.includes(`country:${p}`)) prev.found.parties.push(`country:${p}`);
      if (prev.found.year === null && h.year !== null) prev.found.year = h.year;
      continue;
    }
    const allParties = parties;
    const relation: StateRelation = h.known ? h.known.relation : ALLY_NAME.test(h.name) ? "ally" : "partner";
    const claims: ExtractedClaim[] = [];
    // open alliances: the members a sentence names are parties, but naming them together asserts no tie between them
    const tied = h.known && h.known.members ? [] : tiedParties(h, parties, inSentence, sentence, text);
    if (tied.length >= 2) {
      parties = parties.filter((p) => tied.includes(p));
      const rel = sentence.text;
      const times = findEnglishTimes(rel, doc.published);
      const time =
        h.year !== null
          ? { start: String(h.year), end: null, source: "text" as const }
          : timeAt(times, h.start - sentence.start, 0, doc.published);
      const status = statusNear(text, h.start);
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          const [a, b] = parties[i] < parties[j] ? [parties[i], parties[j]] : [parties[j], parties[i]];
          claims.push({
            relation,
            source: `country:${a}`,
            target: `country:${b}`,
            doc: doc.id,
            sentence,
            time,
            status,
            trigger: h.name,
            lang: "en",
          });
        }
      }
    }
    results.set(key, {
      found: {
        key: `treaty:${key}`,
        label: h.known ? h.known.label : h.name,
        labelEn: h.known ? h.known.labelEn : h.name,
        names: h.known
          ? [...new Set([h.name, ...(SHARED.find((x) => x.slug === h.known!.key)?.names ?? []), ...h.known.names])]
          : [h.name],
        parties: allParties.map((p) => `country:${p}`),
        year: h.year,
        doc: doc.id,
        sentence,
      },
      claims,
    });
  }
  return [...results.values()];
}
