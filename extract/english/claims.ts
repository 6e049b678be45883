/**
 * English relation claims, one sentence at a time: triggers from the lexicon (matched on
 * compromise's lemmas and on listed surface forms), roles from the parse (extract/english/roles),
 * status from negation, modality, hearsay and questions (extract/english/status), time from the
 * nearest time expression (extract/english/time). Node keys are the Chinese path's: country:ISO3.
 */
import type { StateRelation } from "../schema/graph";
import type { ClaimTime, ExtractedClaim, Sentence } from "../types";
import type { Token } from "./parse";
import { actorAt, findRoles, type Actor, type Roles } from "./roles";
import { claimStatus, isEnding, isStoppedObject, isTurnedAway, requestedEnd } from "./status";
import { timeAt, type EnglishTime } from "./time";
import { findTriggers, type TriggerHit } from "./triggers";

const AGENT_PREPS = new Set(["from", "by"]);
const TARGET_PREPS = new Set([
  "against",
  "on",
  "upon",
  "of",
  "to",
  "toward",
  "towards",
  "into",
  "at",
  "in",
  "with",
  "over",
  "for",
]);
const REL_PREPS = new Set(["with", "of", "to", "from", "for", "between", "by", "toward", "towards"]);
const RELATIVES = new Set(["which", "who", "whose", "whom"]);
const MUTUAL_PREPS = new Set(["with", "against", "on", "over", "to", "in"]);

function statesOf(actors: Actor[], idx: number[]): string[] {
  return [...new Set(idx.flatMap((i) => actors[i].states))];
}

function lastPrep(tokens: Token[], hit: TriggerHit): string | null {
  const w = tokens[hit.te].normal;
  return hit.entry.then && TARGET_PREPS.has(w) ? w : null;
}

/** The (source, target) state pairs a trigger asserts, from its roles and frame. */
export function pairsFor(
  hit: TriggerHit,
  roles: Roles,
  actors: Actor[],
  tokens: Token[],
  selfState: string | null,
): [string, string][] {
  const { entry } = hit;
  const preps = roles.preps;
  const byWord = (set: Set<string>): number[] => preps.filter((p) => set.has(p.word)).flatMap((p) => p.actors);
  const out: [string, string][] = [];
  const cross = (a: string[], b: string[]): void => {
    for (const x of a) for (const y of b) if (x !== y && !out.some(([s, t]) => s === x && t === y)) out.push([x, y]);
  };
  const within = (g: string[]): void => {
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) cross([g[i]], [g[j]]);
  };
  const phrasePrep = lastPrep(tokens, hit);
  const after: number[] = [];
  for (let i = 0; i < actors.length; i++)
    if (actors[i].first > hit.te && actors[i].first < roles.clause[1]) after.push(i);

  const nearestLeftOther = (not: string[]): string[] => {
    for (let i = actors.length - 1; i >= 0; i--) {
      const a = actors[i];
      if (a.last >= hit.ts) continue;
      if (a.first < roles.clause[0]) break;
      if (!a.states.every((x) => not.includes(x))) return a.states;
    }
    return [];
  };
  const leftInSentence = (not: string[]): string[] => {
    for (let i = roles.left; i >= 0; i--) if (!actors[i].states.every((x) => not.includes(x))) return actors[i].states;
    return [];
  };

  switch (entry.frame) {
    case "stance": {
      const target = hit.antiActor !== undefined ? [hit.antiActor] : roles.pre;
      if (target.length === 0) break;
      const tStates = statesOf(actors, target);
      const src = selfState ? [selfState] : statesOf(actors, roles.subj).filter((s) => !tStates.includes(s));
      cross(src, tStates);
      break;
    }
    case "act": {
      let agents = statesOf(actors, [...roles.pre, ...roles.by, ...byWord(AGENT_PREPS)]);
      let targets = statesOf(actors, [...byWord(TARGET_PREPS), ...roles.obj, ...(phrasePrep ? roles.phraseObj : [])]);
      // South African sanctions passed by the U.S.: the demonym before the noun is the target
      if (
        entry.targetModifier &&
        roles.pre.length > 0 &&
        targets.length === 0 &&
        roles.pre.every((i) => actors[i].via === "demonym")
      ) {
        const others = statesOf(actors, roles.by.length > 0 ? roles.by : roles.subj).filter(
          (s) => !statesOf(actors, roles.pre).includes(s),
        );
        if (others.length > 0) {
          targets = statesOf(actors, roles.pre);
          agents = others;
        }
      }
      if (roles.passive) {
        if (targets.length === 0) targets = statesOf(actors, roles.subj).filter((s) => !agents.includes(s));
      } else if (agents.length === 0) agents = statesOf(actors, roles.subj);
      targets = targets.filter((s) => !agents.includes(s));
      if (targets.length === 0 && entry.need !== "state-object" && agents.length > 0 && !roles.passive) {
        const left = roles.pre.length > 0 ? nearestLeftOther(agents) : [];
        if (left.length > 0) targets = left;
        else {
          const next = after.find((i) => !actors[i].states.every((s) => agents.includes(s)));
          if (next !== undefined && !roles.prepBlocked) targets = actors[next].states;
        }
      }
      cross(agents, targets);
      break;
    }
    case "mutual": {
      if (roles.pair.length >= 2) {
        within(statesOf(actors, roles.pair));
        break;
      }
      const a = statesOf(actors, roles.pre.length > 0 ? roles.pre : roles.subj);
      const b = statesOf(actors, [
        ...byWord(MUTUAL_PREPS),
        ...roles.obj,
        ...(phrasePrep ? roles.phraseObj : []),
      ]).filter((s) => !a.includes(s));
      if (a.length > 0 && b.length > 0) cross(a, b);
      else if (roles.subj.length >= 2 && b.length === 0) within(statesOf(actors, roles.subj));
      break;
    }
    case "rel": {
      if (roles.pair.length >= 2) {
        within(statesOf(actors, roles.pair));
        break;
      }
      const b = statesOf(actors, [
        ...byWord(REL_PREPS),
        ...roles.by,
        ...roles.obj,
        ...(phrasePrep ? roles.phraseObj : []),
      ]);
      let a = statesOf(actors, roles.pre.length > 0 ? roles.pre : roles.subj).filter((s) => !b.includes(s));
      if (roles.withLed || (a.length === 0 && b.length > 0 && preps.some((p) => p.word === "with"))) {
        const l = leftInSentence(b);
        if (l.length > 0) a = l;
      }
      // "the minority, which has links with X": a relative clause about a non-state takes no state from before it
      const from = actors[Math.max(0, roles.left)]?.last ?? 0;
      const rel = tokens.findIndex((t, k) => k > from && k < hit.ts && RELATIVES.has(t.normal));
      if (rel > 0 && actorAt(actors, rel - 1) < 0 && roles.pre.length === 0 && !roles.subjIsSubject) a = [];
      const ownObject =
        tokens[hit.te + 1] &&
        (tokens[hit.te + 1].tags.has("Noun") || tokens[hit.te + 1].tags.has("Acronym")) &&
        tokens[hit.ts].tags.has("Verb");
      if (a.length > 0 && b.length > 0) {
        cross(a, b);
        // "X, in cooperation with Y and Z": the states listed together work with each other too
        if (tokens[hit.ts - 1]?.normal === "in" && b.length >= 2) within(b);
      } else if (roles.subj.length >= 2 && b.length === 0 && roles.subjIsSubject && !ownObject)
        within(statesOf(actors, roles.subj));
      else if (entry.need !== "pair" && a.length > 0 && b.length === 0 && after.length > 0 && !roles.prepBlocked)
        cross(a, actors[after[0]].states);
      break;
    }
    case "neutral": {
      const next = tokens[hit.te + 1];
      if (tokens[hit.ts].tags.has("Adjective") && next && next.tags.has("Noun") && actorAt(actors, hit.te + 1) < 0)
        break;
      // neutrality must be predicated of a state: is/remains neutral, declared its neutrality, a policy of neutrality
      const predicated = tokens
        .slice(Math.max(0, hit.ts - 4), hit.ts)
        .some((t) => NEUTRAL_VERBS.has(t.lemma) || NEUTRAL_VERBS.has(t.normal));
      if (!predicated && !entry.then) break;
      const a = statesOf(actors, roles.subj.length > 0 ? roles.subj : roles.pre);
      const b = [...new Set(after.flatMap((i) => actors[i].states))].filter((s) => !a.includes(s));
      cross(a, b);
      break;
    }
  }
  return out;
}

export interface SentenceContext {
  doc: string;
  sentence: Sentence;
  tokens: Token[];
  actors: Actor[];
  times: EnglishTime[];
  published: string | null;
  selfState: string | null;
}

const NEUTRAL_VERBS = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "remain",
  "remains",
  "remained",
  "stay",
  "stays",
  "stayed",
  "declare",
  "declared",
  "keep",
  "kept",
  "maintain",
  "maintained",
  "observe",
  "proclaim",
  "proclaimed",
  "policy",
  "adopt",
  "pursue",
  "follow",
  "followed",
  "strict",
  "positive",
]);

const SYMMETRIC: Set<StateRelation> = new Set(["ally", "partner", "non-aligned"]);

/** The time of a relation a sentence says ended (ended their alliance in the 1960s): open start, the end known. */
function endingTime(t: ClaimTime): ClaimTime {
  if (t.source === "none") return t;
  return { ...t, start: null, end: t.end ?? t.start };
}

/** Claims of one parsed sentence. */
export function sentenceClaims(ctx: SentenceContext): ExtractedClaim[] {
  const { tokens, actors, sentence } = ctx;
  const out: ExtractedClaim[] = [];
  const seen = new Set<string>();
  for (const hit of findTriggers(tokens, actors)) {
    const roles = findRoles(actors, tokens, hit.ts, hit.te);
    let pairs = pairsFor(hit, roles, actors, tokens, ctx.selfState);
    // "we call on X to end its embargo against Y": X is the one that acts, not the speaker
    const asked = requestedEnd(tokens, hit.ts);
    const askedStates = asked
      ? actors.filter((a) => a.first >= asked[0] && a.last < asked[1]).flatMap((a) => a.states)
      : [];
    // "ends the occupation": the subject ends it; the act's own agent must be named on the noun
    if (
      !asked &&
      hit.entry.frame === "act" &&
      roles.pre.length === 0 &&
      roles.by.length === 0 &&
      isStoppedObject(tokens, hit.ts)
    )
      continue;
    if (askedStates.length > 0 && hit.entry.frame === "act")
      pairs = [...new Set(pairs.map(([, t]) => t))].flatMap((t) =>
        askedStates.filter((x) => x !== t).map((x): [string, string] => [x, t]),
      );
    if (pairs.length === 0) continue;
    const [cs, ce] = roles.clause;
    if (isTurnedAway(tokens, hit.ts, hit.te, cs)) continue;
    let status = claimStatus(tokens, hit.ts, hit.te, cs, ce, sentence.text, hit.entry.frame === "mutual");
    let relation = hit.entry.relation;
    const ending = hit.entry.frame === "rel" && isEnding(tokens, hit.ts, cs);
    if (
      status === "negated" &&
      !ending &&
      (relation === "ally" || hit.entry.lemma === "support" || hit.entry.lemma === "side with")
    ) {
      relation = "non-aligned";
      status = "asserted";
    }
    const clauseChar = tokens[cs]?.start ?? 0;
    let time = timeAt(ctx.times, tokens[hit.ts].start, clauseChar, ctx.published as never);
    if (ending) time = endingTime(time);
    const trigger = sentence.text.slice(tokens[hit.ts].start, tokens[hit.te].end);
    for (const [s, t] of pairs) {
      const [source, target] = SYMMETRIC.has(relation) && t < s ? [t, s] : [s, t];
      const key = `${relation}|${source}|${target}|${status}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        relation,
        source: `country:${source}`,
        target: `country:${target}`,
        doc: ctx.doc,
        sentence,
        time,
        status,
        trigger,
        lang: "en",
      });
    }
  }
  return out;
}
