/**
 * State mentions in English text: one Aho–Corasick pass (leftmost-longest) over the lower-cased text
 * with word-boundary and capitalisation checks. Names, short forms, historical names, capitals and
 * seats of government, demonyms, and first-person forms of the speaking state ("my country") when
 * the document names one.
 */
import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import { foldTypography } from "../ingest/typography";
import { isWordChar, lowerSameLength, placeForms, PLACES, type PlaceForm, type PlaceVia } from "./data";

/** A state mention in English text. */
export interface EnglishMention {
  /** ISO3 code of the state. */
  code: string;
  /** [start, end) in the searched text. */
  start: number;
  end: number;
  surface: string;
  via: Exclude<PlaceVia, "blocker">;
  /** Followed by 's (Japan's failure). */
  possessive: boolean;
  /** Preceded by "anti-" (anti-Soviet). */
  anti: boolean;
  /** A capital after a locative preposition (talks in Moscow) or in a dateline: a place, not an actor. */
  locative: boolean;
}

let automaton: { ac: AhoCorasick; forms: Map<string, PlaceForm[]> } | null = null;

/** Surface forms by lower-case key; a key can hold several (US the state, us the pronoun). */
function getAutomaton(): { ac: AhoCorasick; forms: Map<string, PlaceForm[]> } {
  if (automaton) return automaton;
  const forms = new Map<string, PlaceForm[]>();
  const add = (f: PlaceForm): void => {
    const k = foldTypography(f.surface.toLowerCase());
    forms.set(k, [...(forms.get(k) ?? []), f]);
  };
  for (const f of placeForms()) add(f);
  for (const p of PLACES.selfPronouns) add({ surface: p, code: "", via: "self", exactCase: false });
  automaton = { ac: new AhoCorasick([...forms.keys()]), forms };
  return automaton;
}

const LOCATIVE = new Set(PLACES.locativePrepositions);
const GOVERNMENT = new Set(PLACES.governmentNouns);
const NON_STATE_HEADS = new Set(PLACES.nonStateHeads.map((w) => w.toLowerCase()));
/** A wire dateline at the start of a line: "WELLINGTON, Oct 19 - ". */
const DATELINE = /(^|\n)[ \t]*([A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z.]+)?), ([A-Z][a-z]{2,8}\.? \d{1,2}) -+ /g;

function wordBefore(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\n" || text[i] === "\t")) i--;
  const end = i + 1;
  while (i >= 0 && /[\p{L}]/u.test(text[i])) i--;
  return text.slice(i + 1, end).toLowerCase();
}

function wordAfter(text: string, end: number): string {
  const m = /^[\s-]*([\p{L}]+)/u.exec(text.slice(end, end + 30));
  return m ? m[1].toLowerCase() : "";
}

function capitalised(text: string, start: number, form: PlaceForm): boolean {
  const slice = text.slice(start, start + form.surface.length);
  if (form.exactCase) return slice === form.surface || slice === form.surface.toUpperCase();
  if (form.via === "self") return !/^\p{Lu}{2}/u.test(slice);
  const c = slice[0];
  return c !== c.toLowerCase() || !/\p{L}/u.test(c);
}

/** Dateline spans ([start, end) of "CITY, Mon DD - ") in a text. */
export function findDatelines(text: string): { start: number; end: number; place: string; date: string }[] {
  const out: { start: number; end: number; place: string; date: string }[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const start = (m.index ?? 0) + m[1].length;
    out.push({ start, end: (m.index ?? 0) + m[0].length, place: m[2], date: m[3] });
  }
  return out;
}

/**
 * Finds state mentions in `text`. `selfState` (ISO3) resolves first-person forms (my country, my
 * Government, we, us); without it they are dropped.
 *
 * @example
 * findEnglishMentions("The Soviet Union and Viet Nam dismissed the U.S. plan.").map((m) => m.code)
 * // ["RUS", "VNM", "USA"]
 */
export function findEnglishMentions(text: string, selfState?: string | null): EnglishMention[] {
  const { ac, forms } = getAutomaton();
  const lower = lowerSameLength(text);
  const datelines = findDatelines(text);
  const out: EnglishMention[] = [];
  for (const hit of ac.matchInText(lower)) {
    const { begin: start, end } = hit;
    const form = (forms.get(hit.keyword) ?? []).find(
      (f) => capitalised(text, start, f) && (f.via !== "self" || selfState),
    );
    if (!form || form.via === "blocker") continue;
    const before = text[start - 1];
    const after = text[end];
    if (isWordChar(before) || (isWordChar(after) && !form.surface.endsWith("."))) continue;
    if (before === "'" || before === "’") continue;
    let code = form.code;
    if (form.via === "self") {
      if (!selfState) continue;
      code = selfState;
    }
    const possessive = /^['’]s?\b/.test(text.slice(end, end + 3)) && !(form.via === "demonym");
    const anti = text.slice(Math.max(0, start - 5), start).toLowerCase() === "anti-";
    const inDateline = datelines.some((d) => start >= d.start && end <= d.end);
    const prep = wordBefore(text, start);
    const governs = GOVERNMENT.has(wordBefore(text, start - prep.length - 1));
    const locative = inDateline || (form.via === "capital" && LOCATIVE.has(prep) && !(prep === "in" && governs));
    // "the Palestinian people", "South African combatants", "British interests": not the state
    if (form.via === "demonym" && NON_STATE_HEADS.has(wordAfter(text, end))) continue;
    out.push({ code, start, end, surface: text.slice(start, end), via: form.via, possessive, anti, locative });
  }
  return out;
}

/** The states a title names when it names exactly one (the speaking state of a speech), else null. */
export function titleState(title: string): string | null {
  const codes = new Set(findEnglishMentions(title).map((m) => m.code));
  return codes.size === 1 ? [...codes][0] : null;
}
