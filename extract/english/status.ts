/**
 * The status of an English claim from the words around its trigger: negated ("has not allied",
 * "never formally allied", "refused to join", "no diplomatic relations", "vetoed … sanctions"),
 * speculative (modals "could form", conditionals "if Beijing were to ally", hypothetical verbs
 * "would consider", "are expected to sign"), reported (hearsay "reportedly", "so-called", a trigger
 * inside short scare quotes), question. Reported speech with a named source ("Iran said …") stays
 * asserted, and "would" after a reporting verb is the future in the past, not a hypothesis.
 */
import type { ClaimStatus } from "../types";
import { LEXICON } from "./data";
import type { Token } from "./parse";
import { isBoundaryAfter } from "./roles";

const NEGATORS = new Set(LEXICON.negators);
const NEGATING = new Set(LEXICON.negatingVerbs);
const MODALS = new Set(LEXICON.modals);
const HYPOTHETICAL = new Set(LEXICON.hypotheticalVerbs);
const CONDITIONALS = new Set(LEXICON.conditionals);
const REPORTING = new Set(LEXICON.reportingVerbs);
const HEARSAY = new Set(LEXICON.hearsay);
const ENDING = new Set(LEXICON.endingVerbs);
const LIGHT = new Set(LEXICON.lightVerbs);
const TURNING_AWAY = new Set(LEXICON.turningAwayVerbs);
const TREATY_NOUNS = new Set(LEXICON.treatyNouns);
const REQUEST = new Set(LEXICON.requestVerbs);
const STOPPING = new Set(LEXICON.stoppingVerbs);

function isAuxLike(t: Token): boolean {
  return (
    t.tags.has("Auxiliary") ||
    t.tags.has("Adverb") ||
    t.tags.has("Copula") ||
    t.tags.has("Modal") ||
    t.tags.has("Determiner") ||
    t.tags.has("Adjective") ||
    t.text === ""
  );
}

/** True when a negator governs the trigger at token `ts` (clause starts at `cs`). */
export function isNegated(tokens: Token[], ts: number, cs: number): boolean {
  // not / never / no within four words before, through auxiliaries, adverbs, determiners and one
  // light verb (did not impose sanctions, have never formed an alliance)
  let light = 0;
  for (let t = ts - 1; t >= cs && t >= ts - 5 - light; t--) {
    const tok = tokens[t];
    if (LIGHT.has(tok.normal) && light === 0) {
      light = 1;
      continue;
    }
    if (NEGATORS.has(tok.normal) || tok.tags.has("Negative")) {
      if (tok.normal === "not" && tokens[t + 1]?.normal === "only") return false;
      return true;
    }
    if (!isAuxLike(tok) && !tok.tags.has("Noun") && tok.normal !== "to" && tok.normal !== "or" && tok.normal !== "nor")
      break;
  }
  // a negating verb whose complement holds the trigger (refused to join, vetoed a resolution to impose sanctions)
  for (let t = ts - 1; t >= cs && t >= ts - 9; t--) {
    const tok = tokens[t];
    if (NEGATING.has(tok.lemma) || NEGATING.has(tok.normal)) {
      if (tok.normal === "rule" || tok.lemma === "rule") return tokens[t + 1]?.normal === "out";
      if (tok.normal === "instead" || tok.normal === "rather") return false;
      return true;
    }
    if (isBoundaryAfter(tok)) break;
  }
  // "rather than" / "instead of" right before
  const w1 = tokens[ts - 1]?.normal;
  const w2 = tokens[ts - 2]?.normal;
  if ((w2 === "rather" && w1 === "than") || (w2 === "instead" && w1 === "of")) return true;
  return false;
}

/** True when an ending word governs the trigger (broke with its ally, end all military cooperation). */
export function isEnding(tokens: Token[], ts: number, cs: number): boolean {
  for (let t = ts - 1; t >= cs && t >= ts - 5; t--)
    if (ENDING.has(tokens[t].normal) || ENDING.has(tokens[t].lemma)) return true;
  return false;
}

/**
 * True when the trigger is a treaty noun (treaty, agreement, alliance) that a turning-away word
 * before it in its clause governs (withdrew from the treaty with X, violated the agreement,
 * abandoned the alliance it had concluded with X): no tie between the states follows from it.
 */
export function isTurnedAway(tokens: Token[], ts: number, te: number, cs: number): boolean {
  if (!TREATY_NOUNS.has(tokens[te].normal) && !TREATY_NOUNS.has(tokens[ts].normal)) return false;
  for (let t = ts - 1; t >= cs; t--)
    if (TURNING_AWAY.has(tokens[t].normal) || TURNING_AWAY.has(tokens[t].lemma)) return true;
  return false;
}

/**
 * True when the trigger is what a state is asked to stop or end (we call on X to end its embargo
 * against Y, appeal to X to stop hostile activity against Y): the request presupposes it.
 */
export function isRequestedEnd(tokens: Token[], ts: number): boolean {
  return requestedEnd(tokens, ts) !== null;
}

/** For a requested end, the token range [from, to) between the request verb and "to" (who is asked). */
export function requestedEnd(tokens: Token[], ts: number): [number, number] | null {
  for (let t = ts - 1; t >= Math.max(0, ts - 5); t--) {
    if (!STOPPING.has(tokens[t].normal)) continue;
    // "to end", "to immediately end"
    const to =
      tokens[t - 1]?.normal === "to"
        ? t - 1
        : tokens[t - 2]?.normal === "to" && tokens[t - 1].tags.has("Adverb")
          ? t - 2
          : -1;
    if (to < 0) return null;
    for (let r = to - 1; r >= Math.max(0, to - 8); r--) if (REQUEST.has(tokens[r].normal)) return [r + 1, to];
    return null;
  }
  return null;
}

/**
 * True when a stopping verb governs the trigger noun (ends the occupation, lift the sanctions): the
 * clause subject is the one who ends it, not its agent.
 */
export function isStoppedObject(tokens: Token[], ts: number): boolean {
  for (let t = ts - 1; t >= Math.max(0, ts - 3); t--) {
    if (STOPPING.has(tokens[t].normal) && tokens[t].tags.has("Verb")) return true;
    if (!tokens[t].tags.has("Determiner") && !tokens[t].tags.has("Adjective") && !tokens[t].tags.has("Possessive"))
      return false;
  }
  return false;
}

function hasReportingBefore(tokens: Token[], t: number): boolean {
  for (let i = t - 1; i >= 0; i--) if (REPORTING.has(tokens[i].normal) || REPORTING.has(tokens[i].lemma)) return true;
  return false;
}

/** True when a modal, a conditional or a hypothetical verb governs the trigger. */
const RISK_NOUNS = new Set([
  "risk",
  "risks",
  "danger",
  "dangers",
  "threat",
  "threats",
  "prospect",
  "prospects",
  "possibility",
  "spectre",
  "specter",
  "fear",
  "fears",
  "likelihood",
  "menace",
]);

export function isSpeculative(tokens: Token[], ts: number, cs: number, ce: number, stative = false): boolean {
  // the risk of war, the danger of direct United States intervention
  for (let t = ts - 1; t >= Math.max(cs, ts - 5); t--) {
    if (tokens[t].normal === "of" && RISK_NOUNS.has(tokens[t - 1]?.normal)) return true;
    if (tokens[t].tags.has("Verb") || tokens[t].tags.has("Preposition")) break;
  }
  // conditional clause: if / unless / whether opening the clause; "if it were not for X" presupposes X
  const counterfactual = (t: number): boolean => {
    const w = tokens
      .slice(t + 1, t + 5)
      .map((x) => x.normal)
      .join(" ");
    return /^(?:it )?(?:were|had been|was)? ?not for\b/.test(w) || /^not for\b/.test(w);
  };
  for (let t = cs; t < ts; t++) if (CONDITIONALS.has(tokens[t].normal) && !counterfactual(t)) return true;
  if (cs > 0 && CONDITIONALS.has(tokens[cs - 1]?.normal) && !counterfactual(cs - 1)) return true;
  // "were to" (if Beijing were to ally)
  for (let t = Math.max(cs, ts - 4); t < ts - 1; t++)
    if (tokens[t].normal === "were" && tokens[t + 1].normal === "to") return true;
  for (let t = ts - 1; t >= cs && t >= ts - 6; t--) {
    const tok = tokens[t];
    if (MODALS.has(tok.normal) || tok.tags.has("Modal")) {
      if (tok.normal === "would" || tok.normal === "will") {
        const conditional = tokens.slice(cs, ce).some((x) => CONDITIONALS.has(x.normal));
        if (!conditional && hasReportingBefore(tokens, t)) continue;
      }
      if (tok.normal === "will" || tok.normal === "shall") continue;
      return true;
    }
    if (!stative && (HYPOTHETICAL.has(tok.lemma) || HYPOTHETICAL.has(tok.normal))) {
      if (tok.lemma === "threaten" && ts - t > 3) continue;
      return true;
    }
  }
  return false;
}

/** True when the trigger stands in short scare quotes or after a hearsay word in its clause. */
export function isReported(tokens: Token[], ts: number, te: number, cs: number, sentence: string): boolean {
  for (let t = cs; t < ts; t++) if (HEARSAY.has(tokens[t].normal)) return true;
  if (tokens[ts - 1]?.normal === "called" || (tokens[ts - 2]?.normal === "so" && tokens[ts - 1]?.normal === "called"))
    return true;
  // short quotation around the trigger: "military alliance"
  const open = sentence.lastIndexOf("\u201c", tokens[ts].start);
  const openStraight = sentence.lastIndexOf('"', tokens[ts].start);
  const o = Math.max(open, openStraight);
  if (o >= 0) {
    const closeCurly = sentence.indexOf("\u201d", tokens[te].end);
    const closeStraight = sentence.indexOf('"', tokens[te].end);
    const c = [closeCurly, closeStraight].filter((x) => x >= 0).sort((a, b) => a - b)[0];
    if (c !== undefined) {
      const inner = sentence.slice(o + 1, c);
      const words = inner.trim().split(/\s+/).length;
      if (words <= 4 && !/[.,!?]$/.test(inner.trim())) return true;
    }
  }
  return false;
}

/**
 * The claim status for a trigger at tokens [ts, te] in clause [cs, ce). `stative` triggers (war,
 * tension) are not made hypothetical by verbs like "discuss": discussing a war presupposes it.
 */
export function claimStatus(
  tokens: Token[],
  ts: number,
  te: number,
  cs: number,
  ce: number,
  sentence: string,
  stative = false,
): ClaimStatus {
  if (/\?["'”’)]*\s*$/.test(sentence)) return "question";
  if (isRequestedEnd(tokens, ts)) return "asserted";
  if (isNegated(tokens, ts, cs)) return "negated";
  if (isReported(tokens, ts, te, cs, sentence)) return "reported";
  if (isSpeculative(tokens, ts, cs, ce, stative)) return "speculative";
  return "asserted";
}
