/**
 * Context rules for single-character state forms (俄, 美, 朝 …): actor suffixes (俄方, 美军),
 * actor prefixes (访华, 援乌) and joint runs (中俄, 澳英美). Pure functions over `norm`.
 */
import type { Mention } from "../types";
import { TITLES } from "./data";
import { shortFormLexicon } from "./lexicon";
import { countryKey, isAsciiWord, isHan, isNumeral, NAME_DOTS } from "./text";

/** A short-form hit from the automaton. */
export interface ShortHit {
  begin: number;
  ch: string;
  code: string;
}

const key = countryKey;

/** True when the character before `pos` starts a clause: start of text, punctuation, space, digit, Latin. */
export function strongBoundaryBefore(norm: string, pos: number): boolean {
  if (pos === 0) return true;
  const prev = norm[pos - 1];
  if (NAME_DOTS.includes(prev)) return false;
  return !isHan(prev) || isNumeral(prev);
}

/** True after a clause boundary or a particle (在, 与, 对 …). */
export function boundaryBefore(norm: string, pos: number): boolean {
  return strongBoundaryBefore(norm, pos) || shortFormLexicon().particles.has(norm[pos - 1]);
}

type Context = "strong" | "weak" | "end" | "none";

function contextAfter(norm: string, pos: number): Context {
  const lex = shortFormLexicon();
  if (pos >= norm.length) return "end";
  if (lex.jointStrong.longestAt(norm, pos) !== null) return "strong";
  if (lex.jointWeak.longestAt(norm, pos) !== null) return "weak";
  const suffix = lex.suffixWords.longestAt(norm, pos);
  if (suffix !== null && !lex.breakers.has(suffix)) return "weak";
  const next = norm[pos];
  if (!isHan(next) && !isAsciiWord(next)) return "end";
  return "none";
}

/** True when a word ending at this short form (从中, 完美, 王朝 …) makes it part of another word. */
export function precededByBlocker(norm: string, s: number): boolean {
  // Walks the blockers backwards from s: a blocker of 2 to 4 characters ending at s.
  let node: ReverseNode | undefined = reverseBlockers(shortFormLexicon().precedingBlockers);
  for (let len = 1; len <= 4 && s - len + 1 >= 0; len++) {
    node = node.next.get(norm.charCodeAt(s - len + 1));
    if (node === undefined) return false;
    if (len >= 2 && node.word) return true;
  }
  return false;
}

interface ReverseNode {
  next: Map<number, ReverseNode>;
  /** A blocker ends (reading backwards: starts) here. */
  word: boolean;
}

const reverseTries = new WeakMap<Set<string>, ReverseNode>();

/** The blockers as a trie read from their last character back. */
function reverseBlockers(blockers: Set<string>): ReverseNode {
  let root = reverseTries.get(blockers);
  if (root) return root;
  root = { next: new Map(), word: false };
  for (const b of blockers) {
    let node = root;
    for (let i = b.length - 1; i >= 0; i--) {
      const c = b.charCodeAt(i);
      let nxt = node.next.get(c);
      if (!nxt) {
        nxt = { next: new Map(), word: false };
        node.next.set(c, nxt);
      }
      node = nxt;
    }
    node.word = true;
  }
  reverseTries.set(blockers, root);
  return root;
}

/** Whether a run of adjacent short forms is a joint mention (中俄关系, “澳英美”, 俄朝结盟 …). */
function acceptRun(norm: string, run: ShortHit[], before: boolean): boolean {
  const codes = new Set(run.map((h) => h.code));
  if (codes.size !== run.length) return false;
  const start = run[0].begin;
  const ctx = contextAfter(norm, start + run.length);
  // 以 opens runs as a preposition (以英、美两国为例): only 以美关系, 以土两国 … make it Israel.
  if (shortFormLexicon().weakOpeners.has(run[0].ch)) return ctx === "strong";
  switch (ctx) {
    case "strong":
      return true;
    case "weak":
      // 推进中俄蒙合作: three states in a row are a list even after a verb.
      return before || run.length >= 3 || !shortFormLexicon().weakStart.has(run[0].ch);
    case "end":
      return before && run.every((h) => shortFormLexicon().headlineShortForms.has(h.ch));
    case "none": {
      // A clause-initial run of major short forms is a headline subject (中俄加深…, 美以…); three or
      // more after a particle are a list (反对美日韩强化…).
      const major = run.every((h) => shortFormLexicon().headlineShortForms.has(h.ch));
      return major && (strongBoundaryBefore(norm, start) || (before && run.length >= 3));
    }
  }
}

function jointMention(norm: string, run: ShortHit[]): Mention {
  const start = run[0].begin;
  const surface = norm.slice(start, start + run.length);
  const codes = shortFormLexicon().jointOverrides.get(surface) ?? run.map((h) => h.code);
  const states = codes.map(key);
  return { kind: "country", key: states[0], states, start, end: start + run.length, surface, via: "joint" };
}

const TRANSLIT = new Set(TITLES.translitChars);

/** The longest foreign name that a short form may open: three transliteration characters after it (伊尔库茨克). */
const FOREIGN_NAME_RUN = 3;

/**
 * Whether `FOREIGN_NAME_RUN` transliteration characters follow `pos`, before the next match at
 * `limit` (对俄乌克兰: 乌克兰 is a name of its own): the short form opens a foreign name.
 */
function opensForeignName(norm: string, pos: number, limit: number): boolean {
  if (pos + FOREIGN_NAME_RUN > limit) return false;
  for (let k = 0; k < FOREIGN_NAME_RUN; k++) if (!TRANSLIT.has(norm[pos + k] ?? "")) return false;
  return true;
}

/**
 * A single short form as a mention, if an actor suffix follows (俄方, 美军, 日外相) or an actor prefix
 * precedes (访华, 对俄). `limit` is where the next match begins; `prevEnd` where the previous one ended.
 */
export function singleMention(norm: string, hit: ShortHit, prevEnd: number, limit: number): Mention | null {
  const lex = shortFormLexicon();
  const s = hit.begin;
  if (isNumeral(norm[s - 1]) || lex.jointOnly.has(hit.ch)) return null;
  const k = key(hit.code);
  if (!lex.prefixOnly.has(hit.ch)) {
    const suffix = lex.suffixWords.longestAt(norm, s + 1);
    if (suffix !== null) {
      const allowed = lex.charSuffixes.get(hit.ch) ?? lex.defaultSuffixes;
      const end = s + 1 + suffix.length;
      if (lex.breakers.has(suffix) || !allowed.has(suffix) || end > limit || precededByBlocker(norm, s)) return null;
      return { kind: "country", key: k, states: [k], start: s, end, surface: norm.slice(s, end), via: "demonym" };
    }
  }
  // 对伊尔库茨克: a short form that opens a transliterated name (a place or person not in the
  // gazetteer) is part of that word, not a state.
  if (opensForeignName(norm, s + 1, limit)) return null;
  // 俄称…, 乌将…: a short form opening a clause before a verb is its subject.
  const refused = lex.subjectForms.get(hit.ch);
  if (refused && strongBoundaryBefore(norm, s)) {
    const verb = lex.subjectVerbs.longestAt(norm, s + 1);
    if (verb !== null && s + 1 + verb.length <= limit && !refused.has(verb) && !precededByBlocker(norm, s))
      return { kind: "country", key: k, states: [k], start: s, end: s + 1, surface: hit.ch, via: "short" };
  }
  const prefix = lex.prefixWords.longestEndingAt(norm, s);
  if (prefix === null) return null;
  const p = s - prefix.length;
  const allowed = lex.charPrefixes.get(hit.ch) ?? lex.defaultPrefixes;
  // 父亲以…, 反对美…: the prefix character ends another word.
  if (p < prevEnd || !allowed.has(prefix) || (p > 0 && lex.prefixBlockers.has(norm.slice(p - 1, p + 1)))) return null;
  if (precededByBlocker(norm, s)) return null;
  return { kind: "country", key: k, states: [k], start: s, end: s + 1, surface: hit.ch, via: "short" };
}

/**
 * Resolves a run of adjacent short-form hits (length 1..n) into mentions: the whole run as a joint
 * mention when its context allows, else the run without a weak first character, else each hit alone.
 */
export function resolveRun(norm: string, run: ShortHit[], prevEnd: number, limit: number): Mention[] {
  const lex = shortFormLexicon();
  const out: Mention[] = [];
  let i = 0;
  while (i < run.length) {
    // 13日中美: a short form after a numeral is a date or a count, and the clause restarts after it.
    if (isNumeral(norm[run[i].begin - 1]) && lex.shortForms.get(run[i].ch) === "JPN" && i + 1 < run.length) {
      i++;
      continue;
    }
    // 从中美国 / 王朝: the first character ends another word.
    if (precededByBlocker(norm, run[i].begin)) {
      i++;
      continue;
    }
    let done = false;
    for (let len = Math.min(5, run.length - i); len >= 2 && !done; len--) {
      const sub = run.slice(i, i + len);
      // 美德, 哈哈: two short forms that spell a word are no joint mention.
      if (sub.some((h, j) => lex.prefixOnly.has(h.ch) || (j > 0 && precededByBlocker(norm, h.begin)))) continue;
      const start = sub[0].begin;
      const before = boundaryBefore(norm, start) || (i > 0 && run[i - 1].ch === "日");
      // 以美日为首: a prepositional opener is dropped if the rest still joins.
      if (lex.weakOpeners.has(sub[0].ch) && len > 2 && acceptRun(norm, sub.slice(1), true)) continue;
      if (acceptRun(norm, sub, before)) {
        out.push(jointMention(norm, sub));
        i += len;
        done = true;
      }
    }
    if (done) continue;
    const end = i + 1 < run.length ? run[i + 1].begin : limit;
    const prev = out.length > 0 ? out[out.length - 1].end : prevEnd;
    const m = singleMention(norm, run[i], prev, end);
    if (m) out.push(m);
    i++;
  }
  return out;
}
