/**
 * Typed views of the English data files: the shared gazetteer (countries.json,
 * countries.aliases.json) and the English-only lexicons (english-places.json, english-lexicon.json,
 * english-treaties.json). JSON is imported, never read with `fs`, so this runs in a Web Worker too.
 */
import aliasesJson from "../data/countries.aliases.json";
import countriesJson from "../data/countries.json";
import lexiconJson from "../data/english-lexicon.json";
import placesJson from "../data/english-places.json";
import treatiesJson from "../data/english-treaties.json";
import type { StateRelation } from "../schema/graph";
import { cameoTriggers } from "./cameo";

/** How an English surface form names a state. */
export type PlaceVia = "name" | "short" | "historical" | "capital" | "demonym" | "self" | "blocker";

/** One surface form of a state (or a blocker that names none). */
export interface PlaceForm {
  surface: string;
  /** ISO3 code; "" for blockers and first-person forms. */
  code: string;
  via: PlaceVia;
  /** All-capital acronyms (US, UK, USSR) must match exactly in case. */
  exactCase: boolean;
}

/** How the roles of a trigger are found (see english-lexicon.json `about`). */
export type Frame = "act" | "mutual" | "rel" | "neutral" | "stance";

export interface TriggerEntry {
  lemma: string;
  relation: StateRelation;
  frame: Frame;
  forms?: string[];
  pos?: "n" | "v" | "a";
  then?: string[];
  need?: "pair" | "state-object";
  /** A demonym right before the noun is the target when another state acts (South African sanctions). */
  targetModifier?: boolean;
  /** false: not a trigger when it modifies a following noun (export quotas). */
  modifier?: boolean;
  /** The CAMEO code of a trigger taken from the CAMEO verb dictionary (extract/english/cameo). */
  cameo?: string;
}

export interface EraEntry {
  names: string[];
  from: string;
  to: string;
}

export interface EnglishLexicon {
  triggers: TriggerEntry[];
  negators: string[];
  negatingVerbs: string[];
  endingVerbs: string[];
  turningAwayVerbs: string[];
  treatyNouns: string[];
  eponymHeads: string[];
  requestVerbs: string[];
  stoppingVerbs: string[];
  modals: string[];
  hypotheticalVerbs: string[];
  conditionals: string[];
  reportingVerbs: string[];
  hearsay: string[];
  clauseWords: string[];
  titles: Record<string, string>;
  leaderRoles: string[];
  nonStateTitleModifiers: string[];
  lightVerbs: string[];
  complementVerbs: string[];
  honorifics: string[];
  months: Record<string, number>;
  weekdays: string[];
  numbers: Record<string, number>;
  ordinals: Record<string, number>;
  eras: EraEntry[];
}

export interface EnglishTreaty {
  key: string;
  label: string;
  labelEn: string;
  names: string[];
  /** Names several treaties share: this one only when its parties are named in the sentence. */
  genericNames?: string[];
  year: number | null;
  relation: StateRelation;
  parties?: string[];
  /** [ISO3, year joined] */
  members?: [string, number][];
  until?: number;
}

interface IsoCountry {
  code: string;
  en: string[];
}

interface SharedAliases {
  labels: Record<string, { zh?: string; en?: string }>;
  noMatch: string[];
  dropNames: Record<string, string[]>;
  aliases: Record<string, { en?: string[]; historical?: string[]; capital?: string[]; demonymEn?: string[] }>;
}

interface EnglishPlaces {
  aliases: Record<string, string[]>;
  historical: Record<string, string[]>;
  capitals: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  blockers: string[];
  self: string[];
  selfPronouns: string[];
  locativePrepositions: string[];
  nonStateHeads: string[];
  governmentNouns: string[];
}

const HAND = lexiconJson as EnglishLexicon;
/** The hand-written lexicon, its triggers extended with the CAMEO verbs it does not have. */
export const LEXICON: EnglishLexicon = {
  ...HAND,
  triggers: [...HAND.triggers, ...cameoTriggers(new Set(HAND.triggers.flatMap((t) => [t.lemma, ...(t.forms ?? [])])))],
};
export const PLACES = placesJson as EnglishPlaces;
export const TREATIES = (treatiesJson as { treaties: EnglishTreaty[] }).treaties;
const SHARED = aliasesJson as SharedAliases;
const ISO = countriesJson as IsoCountry[];

const LATIN = /^[\p{Script=Latin}\p{N}\s.'’&,()-]+$/u;

function isAcronym(s: string): boolean {
  return /^[A-Z][A-Z.]*[A-Z]\.?$/.test(s) && s.replace(/\./g, "").length <= 5;
}

let formsCache: PlaceForm[] | null = null;

/**
 * Every English surface form of every state: the shared gazetteer first (its names win a clash),
 * then the English-only additions. Generated names the gazetteer drops (Congo) are left out.
 */
export function placeForms(): PlaceForm[] {
  if (formsCache) return formsCache;
  const seen = new Map<string, PlaceForm>();
  const noMatch = new Set(SHARED.noMatch);
  const add = (surface: string, code: string, via: PlaceVia): void => {
    const s = surface.trim();
    if (s.length < 2 || !LATIN.test(s)) return;
    const key = s.toLowerCase();
    if (seen.has(key)) return;
    seen.set(key, { surface: s, code, via, exactCase: isAcronym(s) });
  };
  for (const b of PLACES.blockers) add(b, "", "blocker");
  for (const c of ISO) {
    if (noMatch.has(c.code)) continue;
    const dropped = new Set(SHARED.dropNames[c.code] ?? []);
    for (const n of c.en) if (!dropped.has(n) && !n.includes(",")) add(n, c.code, n.length <= 4 ? "short" : "name");
  }
  for (const [code, a] of Object.entries(SHARED.aliases)) {
    for (const n of a.en ?? []) add(n, code, n.length <= 4 ? "short" : "name");
    for (const n of a.historical ?? []) add(n, code, "historical");
    for (const n of a.capital ?? []) add(n, code, "capital");
    for (const n of a.demonymEn ?? []) add(n, code, "demonym");
  }
  for (const [code, names] of Object.entries(PLACES.aliases))
    for (const n of names) add(n, code, n.length <= 4 ? "short" : "name");
  for (const [code, names] of Object.entries(PLACES.historical)) for (const n of names) add(n, code, "historical");
  for (const [code, names] of Object.entries(PLACES.capitals)) for (const n of names) add(n, code, "capital");
  for (const [code, names] of Object.entries(PLACES.demonyms)) for (const n of names) add(n, code, "demonym");
  for (const n of PLACES.self) add(n, "", "self");
  formsCache = [...seen.values()];
  return formsCache;
}

/** English display label of a state, from the shared gazetteer. */
export function englishLabel(code: string): string {
  const override = SHARED.labels[code]?.en;
  if (override) return override;
  const c = ISO.find((x) => x.code === code);
  return c?.en[c.en.length - 1] ?? code;
}

let triggerIndex: Map<string, TriggerEntry[]> | null = null;

/** Trigger entries by lower-case surface form (the first word of a phrase trigger). */
export function triggersByForm(): Map<string, TriggerEntry[]> {
  if (triggerIndex) return triggerIndex;
  const m = new Map<string, TriggerEntry[]>();
  for (const t of LEXICON.triggers) {
    for (const f of t.forms ?? [t.lemma]) {
      const list = m.get(f) ?? [];
      list.push(t);
      m.set(f, list);
    }
  }
  triggerIndex = m;
  return m;
}

/** Lower-cases without changing the length (characters whose lower case is longer stay as they are). */
export function lowerSameLength(text: string): string {
  // Printable ASCII lower-cases one character at a time anyway: one native call, no string per character.
  if (!NON_ASCII.test(text)) return ASCII_UPPER.test(text) ? text.toLowerCase() : text;
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const l = c.toLowerCase();
    if (l !== c && l.length === 1) {
      changed = true;
      out += l;
    } else out += c;
  }
  return changed ? out : text;
}

const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;
const ASCII_UPPER = /[A-Z]/;

/** True for letters and digits (word characters for boundary checks). */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
