/**
 * Treaty names in English text: the known treaties (the shared extract/data/treaties.json slugs with
 * the English names of english-treaties.json) in one Aho–Corasick index, the shapes of a treaty name
 * ("Treaty of …", "… Agreement"), and what the words around a name say (its year, the parties named
 * next to it, a status cue before it). Used by extract/english/treaties.
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import sharedJson from "../data/treaties.json";
import type { StateRelation } from "../schema/graph";
import type { ClaimStatus } from "../types";
import { TREATIES, type EnglishTreaty } from "./data";
import type { EnglishMention } from "./mentions";

export interface SharedTreaty {
  slug: string;
  names: string[];
  en: string;
  parties: string[];
  year: number | null;
}

export interface KnownTreaty {
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

export const SHARED = (sharedJson as { treaties: SharedTreaty[] }).treaties;
export const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’&()–-]+$/u;

export let known: { ac: AhoCorasick; byName: Map<string, KnownTreaty> } | null = null;

export function knownTreaties(): { ac: AhoCorasick; byName: Map<string, KnownTreaty> } {
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

export const HEAD = "(?:Treaty|Treaties|Pact|Accords?|Agreement|Convention|Protocol|Alliance)";
export const CAP = "[\\p{Lu}][\\p{L}’'-]*";
/** "Treaty of Friendship, Good Neighbourliness and Cooperation" */
export const OF_NAME = new RegExp(
  `\\b${HEAD} (?:of|on) (?:the )?${CAP}(?:(?:,? and |, | of | on | the | for | )${CAP})*`,
  "gu",
);
/** "Berne Agreement", "Camp David Accords" */
export const PRE_NAME = new RegExp(`\\b(?:${CAP} ){1,4}${HEAD}\\b`, "gu");
export const GENERIC_WORDS = new Set([
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
export const BILATERAL =
  /\b(?:both sides|both countries|the two countries|both governments|the two governments|signed|concluded|between)\b/i;
export const ALLY_NAME = /Alliance|Defen[cs]e|Mutual Assistance|Security|Mutual Aid/;

export function capitalised(text: string, start: number, name: string): boolean {
  const s = text.slice(start, start + name.length);
  if (/^[A-Z]{2,}$/.test(name.replace(/[^A-Za-z]/g, "")) && name === name.toUpperCase()) return s === s.toUpperCase();
  return s[0] !== s[0].toLowerCase();
}

export interface Hit {
  start: number;
  end: number;
  name: string;
  known: KnownTreaty | null;
  parties: string[];
  year: number | null;
}

export function yearNear(text: string, start: number, end: number): number | null {
  const before = /\b(1[5-9]\d\d|20\d\d) $/.exec(text.slice(Math.max(0, start - 5), start));
  if (before) return Number(before[1]);
  const after =
    /^,? (?:of|signed(?: on| in)?|dated|concluded(?: in| on)?) (?:\d{1,2} )?(?:[A-Z][a-z]+\.? )?(?:\d{1,2},? )?(1[5-9]\d\d|20\d\d)\b/.exec(
      text.slice(end, end + 40),
    );
  if (after) return Number(after[1]);
  return null;
}

export function partiesNear(mentions: EnglishMention[], start: number, end: number, text: string): string[] {
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

export function statusNear(text: string, start: number): ClaimStatus {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  if (/\b(so-called|so called|alleged|purported)\s+(?:\d{4}\s+)?$/.test(before)) return "reported";
  if (/\b(not|never|no)\s+(?:\w+\s+){0,2}$/.test(before)) return "negated";
  if (/\b(draft|proposed|possible|would|could|might|may)\s+(?:\w+\s+){0,2}$/.test(before)) return "speculative";
  return "asserted";
}
