/**
 * Finds the states that fill a trigger's roles in a parsed sentence: the modifier before a noun
 * (Iraqi aggression, the U.S. attack, Japan's failure), the agent after "by", the object of a
 * preposition (sanctions against Fiji, an ally of France, war with Iraq), the object of a verb
 * (invaded Kampuchea), pairs after "between", hyphenated pairs (Greek-Turkish row), and the subject
 * of the clause. Coordinated states (the Soviet Union and Viet Nam) fill a role together.
 */
import { LEXICON } from "./data";
import type { Token } from "./parse";

/** A state (or several: a coordinated group is split later) standing at tokens [first, last]. */
export interface Actor {
  states: string[];
  first: number;
  last: number;
  possessive: boolean;
  /** Preceded by "anti-". */
  anti: boolean;
  /** A hyphenated pair partner follows (Greek-Turkish): index of the partner actor. */
  hyphenWith?: number;
  via: string;
}

const CLAUSE_WORDS = new Set(LEXICON.clauseWords);
const GLUE = new Set([
  "and",
  "or",
  "both",
  "as",
  "well",
  "also",
  "the",
  "its",
  "their",
  "neighbouring",
  "neighboring",
  "nor",
  "either",
  "neither",
]);
const ROLE_PREPS = new Set([
  "against",
  "on",
  "upon",
  "of",
  "with",
  "to",
  "toward",
  "towards",
  "into",
  "from",
  "over",
  "at",
  "by",
  "between",
  "among",
  "amongst",
  "for",
  "in",
]);
const NP_SKIP_TAGS = [
  "Determiner",
  "Adjective",
  "Noun",
  "Possessive",
  "Value",
  "Adverb",
  "Hyphenated",
  "Acronym",
  "ProperNoun",
  "Demonym",
];

export function isBoundaryAfter(t: Token): boolean {
  return /[;:()—–]|--|\s-\s/.test(t.post);
}

function isBoundaryBefore(t: Token): boolean {
  return /[(]/.test(t.pre);
}

const COMPLEMENT_VERBS = new Set(LEXICON.complementVerbs);
/** Prepositions whose object is a party only when it is (nearly) the whole NP: in Iraq, not in the 1948 Arab-Israel war. */
const LOCATIVE_PREPS = new Set(["in", "at", "over"]);

/**
 * [start, end) token range of the clause around token i. With `complements`, a clause after a
 * reporting verb ("Iran said [the U.S. attacked …]") is a clause of its own.
 */
export function clauseRange(tokens: Token[], i: number, complements = true): [number, number] {
  let s = i;
  while (s > 0) {
    const prev = tokens[s - 1];
    if (isBoundaryAfter(prev) || isBoundaryBefore(tokens[s])) break;
    if (CLAUSE_WORDS.has(prev.normal) && s - 1 !== i) {
      s--;
      break;
    }
    if (prev.normal === "that" && s >= 2 && tokens[s - 2].tags.has("Verb")) break;
    if (
      complements &&
      COMPLEMENT_VERBS.has(prev.normal) &&
      s - 1 !== i &&
      tokens[s]?.normal !== "to" &&
      tokens[s]?.normal !== "that"
    )
      break;
    s--;
  }
  let e = i + 1;
  while (e < tokens.length) {
    if (isBoundaryAfter(tokens[e - 1]) || isBoundaryBefore(tokens[e])) break;
    if (CLAUSE_WORDS.has(tokens[e].normal)) break;
    if (tokens[e].normal === "that" && tokens[e - 1].tags.has("Verb")) break;
    e++;
  }
  return [s, e];
}

/** Index of the actor covering token `t`, or -1. */
export function actorAt(actors: Actor[], t: number): number {
  return actors.findIndex((a) => t >= a.first && t <= a.last);
}

/** The coordinated group that starts at actor index `a` (X, Y and Z): actor indices. */
export function groupFrom(actors: Actor[], tokens: Token[], a: number): number[] {
  const out = [a];
  let cur = a;
  for (;;) {
    const next = cur + 1;
    if (next >= actors.length) break;
    let ok = actors[next].first > actors[cur].last;
    for (let t = actors[cur].last + 1; ok && t < actors[next].first; t++) {
      if (!GLUE.has(tokens[t].normal) && tokens[t].text !== "") ok = false;
    }
    if (ok && /[;:]/.test(tokens[actors[cur].last].post)) ok = false;
    const joined =
      ok &&
      (actors[next].first - actors[cur].last > 1 ||
        /,/.test(tokens[actors[cur].last].post) ||
        actors[cur].hyphenWith === next);
    if (!joined) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** The group that ends at actor `a`, scanning left. */
export function groupEndingAt(actors: Actor[], tokens: Token[], a: number): number[] {
  let first = a;
  while (first > 0) {
    const g = groupFrom(actors, tokens, first - 1);
    if (g.includes(a)) first--;
    else break;
  }
  return groupFrom(actors, tokens, first).filter((x) => x <= a);
}

const PASSIVE_AUX = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got"]);

function isPassiveAux(tokens: Token[], ts: number): boolean {
  for (let t = ts - 1; t >= Math.max(0, ts - 3); t--) {
    if (PASSIVE_AUX.has(tokens[t].normal)) return true;
    if (!tokens[t].tags.has("Adverb") && !tokens[t].tags.has("Auxiliary") && tokens[t].normal !== "not") return false;
  }
  return false;
}

/** Whether an actor starting at token `first` stands as a subject (not after a verb or preposition). */
function subjectLike(tokens: Token[], first: number, cs: number): boolean {
  let t = first - 1;
  while (
    t >= cs &&
    (tokens[t].tags.has("Determiner") ||
      tokens[t].tags.has("Adjective") ||
      tokens[t].tags.has("Honorific") ||
      /^\p{Lu}/u.test(tokens[t].text))
  ) {
    if (tokens[t].tags.has("Preposition")) break;
    t--;
  }
  if (t < cs) return true;
  const tok = tokens[t];
  if (/,/.test(tok.post)) return true;
  return !(
    tok.tags.has("Preposition") ||
    PREPOSITIONS.has(tok.normal) ||
    (tok.tags.has("Verb") && !tok.tags.has("Auxiliary"))
  );
}

const PREPOSITIONS = new Set([
  "of",
  "in",
  "on",
  "at",
  "to",
  "from",
  "with",
  "by",
  "for",
  "against",
  "into",
  "over",
  "under",
  "between",
  "through",
  "about",
  "toward",
  "towards",
  "upon",
  "among",
]);

function isVerb(t: Token): boolean {
  return t.tags.has("Verb") && !t.tags.has("Adjective") && !t.tags.has("Gerund");
}

/**
 * The first actor in an NP starting at token `from` (before `limit`): determiners, adjectives and
 * nouns are skipped, "of" is followed; a verb, another preposition or a clause boundary stops.
 */
export function npActor(actors: Actor[], tokens: Token[], from: number, limit: number, maxWords = 6): number {
  let words = 0;
  for (let t = from; t < limit && words <= maxWords; t++) {
    const a = actorAt(actors, t);
    if (a >= 0) {
      // a state name modifying another noun names a topic, not a party (the Iran arms scandal)
      const act = actors[a];
      const after = tokens[act.last + 1];
      const topical =
        act.via !== "demonym" &&
        !act.possessive &&
        after &&
        after.tags.has("Noun") &&
        !after.tags.has("Pronoun") &&
        actorAt(actors, act.last + 1) < 0 &&
        !/[,;]/.test(tokens[act.last].post);
      return topical ? -1 : a;
    }
    const tok = tokens[t];
    if (t > from && isBoundaryBefore(tok)) return -1;
    if (tok.normal === "of" || tok.normal === "'s") {
      words++;
      continue;
    }
    if (tok.tags.has("Preposition") || tok.tags.has("Conjunction") || isVerb(tok) || tok.tags.has("Pronoun")) return -1;
    if (!NP_SKIP_TAGS.some((g) => tok.tags.has(g)) && tok.text !== "") return -1;
    if (isBoundaryAfter(tok)) return -1;
    words++;
  }
  return -1;
}

export interface Roles {
  /** State modifying the trigger noun, or a possessive (Iraqi aggression, Japan's failure). */
  pre: number[];
  /** Agent after "by". */
  by: number[];
  /** Objects of the prepositions right after the trigger (up to three hops), with the preposition. */
  preps: { word: string; actors: number[] }[];
  /** A preposition follows the trigger but its object is not a state (support of these forces). */
  prepBlocked: boolean;
  /** For a phrase trigger ending in a preposition (work with, speak out against): its object. */
  phraseObj: number[];
  /** Object of a verb trigger. */
  obj: number[];
  /** "between X and Y" after the trigger, or a hyphenated pair before it. */
  pair: number[];
  /** The clause subject: the nearest actor before the trigger that is not the object of a verb or preposition (else the first of the clause). */
  subj: number[];
  /** The subject group stands as a subject (not after a verb or preposition). */
  subjIsSubject: boolean;
  /** Nearest actor before the trigger in the whole sentence (for "with the aid of X", "solidarity with X"). */
  left: number;
  /** The trigger is a passive participle (was attacked, has been violated). */
  passive: boolean;
  /** The trigger follows "with" within three words (with the aid of X, with technological help from X). */
  withLed: boolean;
  /** Clause range. */
  clause: [number, number];
}

/** Fills the roles of a trigger spanning tokens [ts, te]. */
export function findRoles(actors: Actor[], tokens: Token[], ts: number, te: number): Roles {
  const [cs, ce] = clauseRange(tokens, ts);
  const roles: Roles = {
    pre: [],
    by: [],
    preps: [],
    prepBlocked: false,
    phraseObj: [],
    obj: [],
    pair: [],
    subj: [],
    subjIsSubject: false,
    left: -1,
    passive: false,
    withLed: false,
    clause: [cs, ce],
  };
  const head = tokens[ts];
  // "the U.S. attack", "Iran's attack": a determiner or possessive before a state word makes an NP
  const modAct = actorAt(actors, ts - 1);
  const npBefore =
    modAct >= 0 &&
    (actors[modAct].possessive ||
      tokens[actors[modAct].first - 1]?.tags.has("Determiner") ||
      tokens[actors[modAct].first - 1]?.tags.has("Possessive"));
  const verbTrigger = head.tags.has("Verb") && !head.tags.has("Noun") && !head.tags.has("Adjective") && !npBefore;
  const participle =
    head.tags.has("PastTense") ||
    head.tags.has("Participle") ||
    (head.tags.has("Adjective") && /ed$/.test(head.normal));
  roles.passive = participle && isPassiveAux(tokens, ts);
  for (let t = ts - 1; t >= Math.max(0, ts - 4); t--) if (tokens[t].normal === "with") roles.withLed = true;
  if (te > ts && ROLE_PREPS.has(tokens[te].normal)) {
    const a = npActor(actors, tokens, te + 1, ce);
    if (a >= 0) roles.phraseObj = groupFrom(actors, tokens, a);
  }

  // Modifier: an actor right before a noun trigger, allowing up to three adjectives/nouns between.
  for (let t = ts - 1, skipped = 0; !verbTrigger && t >= cs && skipped <= 3; t--) {
    const a = actorAt(actors, t);
    if (a >= 0) {
      const h = actors[a];
      const prevActor = a > 0 && actors[a - 1].hyphenWith === a ? a - 1 : -1;
      if (prevActor >= 0) roles.pair = [prevActor, a];
      else if (h.hyphenWith !== undefined) roles.pair = [a, h.hyphenWith];
      else if (
        skipped === 0 ||
        h.possessive ||
        subjectLike(tokens, actors[groupEndingAt(actors, tokens, a)[0]].first, cs)
      )
        roles.pre = groupEndingAt(actors, tokens, a);
      break;
    }
    const tok = tokens[t];
    if (tok.tags.has("Preposition") || isVerb(tok) || tok.tags.has("Determiner") || isBoundaryAfter(tok)) {
      if (!(tok.tags.has("Determiner") && t === ts - 1)) break;
    }
    if (tok.normal === "and" || tok.normal === "or") {
      skipped++;
      continue;
    }
    skipped++;
  }

  // Prepositional object / agent / between-pair right after the trigger (one adverb allowed; a
  // verb's object NP is skipped: supplied missiles to Iran).
  let p = te + 1;
  if (p < ce && tokens[p].tags.has("Adverb")) p++;
  // a noun trigger's own verb is skipped (confrontation would continue in Chad, war broke out between …)
  if (!verbTrigger && p < ce && tokens[p].tags.has("Verb")) {
    let q = p;
    while (
      q < ce &&
      q - p < 4 &&
      (tokens[q].tags.has("Verb") ||
        tokens[q].tags.has("Adverb") ||
        tokens[q].tags.has("Particle") ||
        tokens[q].normal === "out")
    )
      q++;
    if (q < ce && ROLE_PREPS.has(tokens[q].normal)) p = q;
  }
  if (verbTrigger && p < ce && !ROLE_PREPS.has(tokens[p].normal)) {
    let q = p;
    while (
      q < ce &&
      q - p < 4 &&
      actorAt(actors, q) < 0 &&
      !ROLE_PREPS.has(tokens[q].normal) &&
      ["Determiner", "Adjective", "Noun", "Value"].some((g) => tokens[q].tags.has(g)) &&
      !tokens[q].tags.has("Pronoun")
    )
      q++;
    if (q < ce && ROLE_PREPS.has(tokens[q].normal) && q > p) p = q;
  }
  for (let hop = 0; hop < 3 && p < ce; hop++) {
    const word = tokens[p].normal;
    if (!ROLE_PREPS.has(word) || isBoundaryAfter(tokens[p - 1])) break;
    const a = npActor(actors, tokens, p + 1, ce, LOCATIVE_PREPS.has(word) ? 2 : 6);
    if (a >= 0) {
      const g = groupFrom(actors, tokens, a);
      if (word === "by") roles.by = g;
      else if (word === "between" || word === "among" || word === "amongst")
        roles.pair = g.length >= 2 ? g : roles.pair;
      else roles.preps.push({ word, actors: g });
      p = actors[g[g.length - 1]].last + 1;
    } else {
      if (hop === 0) roles.prepBlocked = true;
      // skip the preposition's NP to reach an agent or a pair after it ("attack on a ship … by X")
      let q = p + 1;
      while (
        q < ce &&
        !tokens[q].tags.has("Preposition") &&
        !ROLE_PREPS.has(tokens[q].normal) &&
        !isVerb(tokens[q]) &&
        !isBoundaryAfter(tokens[q - 1])
      )
        q++;
      if (q >= ce || (tokens[q].normal !== "by" && tokens[q].normal !== "between")) break;
      p = q;
    }
  }

  // Verb object: the first actor after the verb within the clause, through an NP.
  if (verbTrigger || head.tags.has("Gerund")) {
    let q = te + 1;
    while (q < ce && (tokens[q].tags.has("Adverb") || tokens[q].normal === "not")) q++;
    const a = npActor(actors, tokens, q, ce, 5);
    if (a >= 0) roles.obj = groupFrom(actors, tokens, a);
  }

  // By-agent anywhere later in the clause for a passive (has been violated, in the case of X, by Y).
  if (roles.passive && roles.by.length === 0) {
    for (let t = te + 1; t < ce - 1; t++) {
      if (tokens[t].normal !== "by") continue;
      const a = npActor(actors, tokens, t + 1, ce);
      if (a >= 0) {
        roles.by = groupFrom(actors, tokens, a);
        break;
      }
    }
  }

  // Subject: the nearest subject-like actor before the trigger in the clause; else the first one.
  // A complement clause with no state of its own takes the reporting clause's subject
  // (Gaddafi said [confrontation would continue in Chad]).
  let first = -1;
  let nearest = -1;
  const hasOwn = actors.some((a) => a.first >= cs && a.last < ts);
  const subjStart = hasOwn ? cs : clauseRange(tokens, ts, false)[0];
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (a.last >= ts) break;
    roles.left = i;
    if (a.first < subjStart) continue;
    const owned = tokens[a.last + 1];
    if (
      a.possessive &&
      owned &&
      (owned.tags.has("Organization") ||
        (owned.tags.has("ProperNoun") && !owned.tags.has("Person") && actorAt(actors, a.last + 1) < 0))
    )
      continue;
    if (first < 0) first = i;
    const g0 = groupEndingAt(actors, tokens, i)[0];
    if (subjectLike(tokens, actors[g0].first, subjStart)) nearest = i;
  }
  if (nearest >= 0) {
    first = groupEndingAt(actors, tokens, nearest)[0];
    roles.subjIsSubject = true;
  }
  if (first < 0 && cs > 0 && (tokens[cs].normal === "which" || tokens[cs].normal === "who")) {
    const a = actorAt(actors, cs - 1);
    if (a >= 0) first = a;
  }
  if (first >= 0) roles.subj = groupFrom(actors, tokens, first).filter((x) => actors[x].last < ts);
  return roles;
}
