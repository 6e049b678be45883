/**
 * Treaties and alliances in English text. Known ones by name (the shared extract/data/treaties.json
 * slugs, with English names from english-treaties.json): fixed parties for closed treaties, and for
 * open alliances (NATO, the Warsaw Pact) only the members the sentence names. Others by the shape
 * of a treaty name ("the Treaty of Friendship, Good Neighbourliness and Cooperation", "the 1976
 * Berne Agreement"), with parties from the state words before the name ("Afghan Soviet Treaty"),
 * "between X and Y" after it, or the two states of its sentence. A treaty with two parties also
 * yields a claim between them (ally for alliances and defence pacts, partner otherwise).
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import sharedJson from "../data/treaties.json";
import type { StateRelation } from "../schema/graph";
import type { ClaimStatus, CleanDocument, ExtractedClaim, Sentence, TreatyFound } from "../types";
import { isWordChar, lowerSameLength, TREATIES, type EnglishTreaty } from "./data";
import { slugify } from "./leaders";
import type { EnglishMention } from "./mentions";
import { findEnglishTimes, timeAt } from "./time";

interface SharedTreaty {
  slug: string;
  names: string[];
  en: string;
  parties: string[];
  year: number | null;
}

interface KnownTreaty {
  /** Matched through a generic name: needs its parties in the sentence. */
  generic?: boolean;
  key: string;
  label: string;
  labelEn: string;
  names: string[];
  year: number | null;
  relation: StateRelation;
  parties: string[];
  members?: [string, number][];
}

/** A treaty found in a document with the claims it implies between its parties. */
export interface EnglishTreatyResult {
  found: TreatyFound;
  claims: ExtractedClaim[];
}

const SHARED = (sharedJson as { treaties: SharedTreaty[] }).treaties;
const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’&()–-]+$/u;

let known: { ac: AhoCorasick; byName: Map<string, KnownTreaty> } | null = null;

function knownTreaties(): { ac: AhoCorasick; byName: Map<string, KnownTreaty> } {
  if (known) return known;
  const byKey = new Map<string, KnownTreaty>();
  for (const s of SHARED) {
    byKey.set(s.slug, {
      key: s.slug,
      label: s.names[0],
      labelEn: s.en,
      names: s.names.filter((n) => LATIN.test(n)),
      year: s.year,
      relation: "partner",
      parties: s.parties,
    });
  }
  for (const e of TREATIES as EnglishTreaty[]) {
    const k = byKey.get(e.key);
    if (k) {
      k.names.push(...e.names);
      k.relation = e.relation;
      if (e.members) k.members = e.members;
    } else {
      byKey.set(e.key, {
        key: e.key,
        label: e.label,
        labelEn: e.labelEn,
        names: e.names,
        year: e.year,
        relation: e.relation,
        parties: e.parties ?? [],
        members: e.members,
      });
    }
  }
  const byName = new Map<string, KnownTreaty>();
  for (const k of byKey.values())
    for (const n of k.names) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), k);
  for (const e of TREATIES as EnglishTreaty[]) {
    const k = byKey.get(e.key);
    for (const n of e.genericNames ?? [])
      if (k && !byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), { ...k, generic: true });
  }
  known = { ac: new AhoCorasick([...byName.keys()]), byName };
  return known;
}

const HEAD = "(?:Treaty|Treaties|Pact|Accords?|Agreement|Convention|Protocol|Alliance)";
const CAP = "[\\p{Lu}][\\p{L}’'-]*";
/** "Treaty of Friendship, Good Neighbourliness and Cooperation" */
const OF_NAME = new RegExp(
  `\\b${HEAD} (?:of|on) (?:the )?${CAP}(?:(?:,? and |, | of | on | the | for | )${CAP})*`,
  "gu",
);
/** "Berne Agreement", "Camp David Accords" */
const PRE_NAME = new RegExp(`\\b(?:${CAP} ){1,4}${HEAD}\\b`, "gu");
const GENERIC_WORDS = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "Any",
  "Our",
  "Their",
  "Its",
  "His",
  "New",
  "Draft",
  "Such",
  "No",
]);
/** Words that make the two states of a sentence the parties of a treaty it names. */
const BILATERAL =
  /\b(?:both sides|both countries|the two countries|both governments|the two governments|signed|concluded|between)\b/i;
const ALLY_NAME = /Alliance|Defen[cs]e|Mutual Assistance|Security|Mutual Aid/;

function capitalised(text: string, start: number, name: string): boolean {
  const s = text.slice(start, start + name.length);
  if (/^[A-Z]{2,}$/.test(name.replace(/[^A-Za-z]/g, "")) && name === name.toUpperCase()) return s === s.toUpperCase();
  return s[0] !== s[0].toLowerCase();
}

interface Hit {
  start: number;
  end: number;
  name: string;
  known: KnownTreaty | null;
  parties: string[];
  year: number | null;
}

function yearNear(text: string, start: number, end: number): number | null {
  const before = /\b(1[5-9]\d\d|20\d\d) $/.exec(text.slice(Math.max(0, start - 5), start));
  if (before) return Number(before[1]);
  const after =
    /^,? (?:of|signed(?: on| in)?|dated|concluded(?: in| on)?) (?:\d{1,2} )?(?:[A-Z][a-z]+\.? )?(?:\d{1,2},? )?(1[5-9]\d\d|20\d\d)\b/.exec(
      text.slice(end, end + 40),
    );
  if (after) return Number(after[1]);
  return null;
}

function partiesNear(mentions: EnglishMention[], start: number, end: number, text: string): string[] {
  const out: string[] = [];
  // state words right before the name: "Afghan Soviet Treaty", "Sino-Soviet Treaty"
  let cursor = start;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > cursor) continue;
    if (/^[\s-]*(?:\d{4}\s+)?$/.test(text.slice(m.end, cursor)) && cursor - m.end <= 6) {
      out.unshift(m.code);
      cursor = m.start;
    } else break;
  }
  // "between X and Y" after the name (allowing "of 5 December 1978")
  const tail = text.slice(end, end + 80);
  const between = /^[^,;.]{0,30}? between /.exec(tail);
  if (between) {
    const from = end + between[0].length;
    const inside = mentions.filter((m) => m.start >= from && m.start < from + 60);
    for (const m of inside.slice(0, 2)) if (!out.includes(m.code)) out.push(m.code);
  }
  const withMatch = /^,? with /.exec(tail);
  if (withMatch) {
    const m = mentions.find(
      (x) => x.start === end + withMatch[0].length || (x.start > end && x.start <= end + withMatch[0].length + 4),
    );
    if (m && !out.includes(m.code)) out.push(m.code);
  }
  return [...new Set(out)];
}

function statusNear(text: string, start: number): ClaimStatus {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  if (/\b(so-called|so called|alleged|purported)\s+(?:\d{4}\s+)?$/.test(before)) return "reported";
  if (/\b(not|never|no)\s+(?:\w+\s+){0,2}$/.test(before)) return "negated";
  if (/\b(draft|proposed|possible|would|could|might|may)\s+(?:\w+\s+){0,2}$/.test(before)) return "speculative";
  return "asserted";
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
    const relation: StateRelation = h.known ? h.known.relation : ALLY_NAME.test(h.name) ? "ally" : "partner";
    const claims: ExtractedClaim[] = [];
    // open alliances: the members a sentence names are parties, but naming them together asserts no tie between them
    if (parties.length >= 2 && !(h.known && h.known.members)) {
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
        parties: parties.map((p) => `country:${p}`),
        year: h.year,
        doc: doc.id,
        sentence,
      },
      claims,
    });
  }
  return [...results.values()];
}
