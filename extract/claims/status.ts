/**
 * Claim status from the cue lexicon (extract/data/cues.json): negation, hypotheticals, questions,
 * speculation and desire, reported speech and hype, scare quotes and pretence, allegations and
 * withdrawal. Scopes are documented
 * in cues.json; precedence is question > speculative > reported > negated > asserted.
 */
import type { ClaimStatus } from "../types";
import { lexicon, type CueKind, type Hit } from "./lexicon";
import type { SentenceView } from "./parties";

const QUOTE_OPEN = new Set(["“", "「", "『", '"', "‘"]);
const QUOTE_CLOSE: Record<string, string> = { "“": "”", "「": "」", "『": "』", '"': '"', "‘": "’" };
const STRIP = /[“”‘’「」『』"'\s\u3000]/g;

/** Cue matches of one sentence, in document offsets. */
export interface SentenceCues {
  hits: Hit<CueKind>[];
  /** The sentence ends with ? or ？ (closing marks aside). */
  interrogative: boolean;
}

/** Finds the cues of a sentence (call once per sentence). */
export function sentenceCues(v: SentenceView): SentenceCues {
  const lex = lexicon();
  const s = v.sentence;
  const snorm = v.norm.slice(s.start, s.end);
  const hits = lex.cues
    .match(snorm)
    .filter((h) => !h.values.includes("none"))
    .map((h) => ({ ...h, start: h.start + s.start, end: h.end + s.start }));
  const interrogative = /[?？][”」』）)】"'’\s]*$/.test(snorm);
  return { hits, interrogative };
}

function clauseIndex(v: SentenceView, pos: number): number {
  for (let i = 0; i < v.clauses.length; i++) if (pos < v.clauses[i].end) return i;
  return v.clauses.length - 1;
}

/** Whether a negation cue ending at `cueEnd` reaches a relation starting at `at`. */
function negationReaches(v: SentenceView, cueEnd: number, at: number): boolean {
  const lex = lexicon();
  let between = "";
  let pos = cueEnd;
  for (const p of v.parties) {
    if (p.start < cueEnd || p.end > at) continue;
    between += v.norm.slice(pos, p.start);
    pos = p.end;
  }
  between += v.norm.slice(pos, at);
  let rest = between.replace(STRIP, "");
  for (const f of lex.negationFillers) rest = rest.split(f).join("");
  return rest.length <= lex.negationMaxGap;
}

/** The quotation (document offsets) that opens within 3 characters after `pos`, if any. */
function quoteAfter(v: SentenceView, pos: number): [number, number] | null {
  const end = v.sentence.end;
  for (let i = pos; i < Math.min(end, pos + 3); i++) {
    const c = v.norm[i];
    if (QUOTE_OPEN.has(c)) {
      const close = v.norm.indexOf(QUOTE_CLOSE[c], i + 1);
      return [i, close >= 0 && close < end ? close + 1 : end];
    }
  }
  return null;
}

/**
 * Whether a clause between `from` and `to` opens with a contrast word (但, 然而 …), which ends the
 * scope of reported speech.
 */
function contrastBetween(v: SentenceView, from: number, to: number): boolean {
  const lex = lexicon();
  for (const c of v.clauses) {
    if (c.start <= from || c.start > to) continue;
    const head = v.norm.slice(c.start, c.start + 4).replace(STRIP, "");
    for (const w of lex.contrast) if (head.startsWith(w)) return true;
  }
  return false;
}

/**
 * The status of a relation whose trigger spans [start, end) (document offsets). `npStart` is set
 * when the relation is a noun phrase right after its parties (中俄合作, 俄乌冲突): the phrase
 * presupposes the relation, so speculation and wishes (不希望俄乌冲突结束) leave it asserted, and
 * negation and hypotheticals apply only when they stand right before the phrase.
 */
export function statusOf(
  v: SentenceView,
  cues: SentenceCues,
  start: number,
  end: number,
  npStart?: number,
): { status: ClaimStatus; cueStart: number } {
  const clause = clauseIndex(v, start);
  const c = v.clauses[clause];
  const anchor = npStart ?? start;
  const adjacent = (h: Hit<CueKind>): boolean => v.norm.slice(h.end, anchor).replace(STRIP, "").length <= 1;
  let question = false;
  let speculative = false;
  let reported = false;
  let negated = -1;
  for (const h of cues.hits) {
    const kinds = h.values;
    const inClause = h.start >= c.start && h.end <= c.end;
    if (kinds.includes("question") && cues.interrogative && inClause) question = true;
    if (h.start >= start && h.end <= end) continue;
    const before = h.end <= anchor;
    if (kinds.includes("hypothetical") && before && (npStart === undefined || adjacent(h))) speculative = true;
    if ((kinds.includes("speculation") || kinds.includes("desire")) && before && inClause && npStart === undefined)
      speculative = true;
    if (kinds.includes("reporting") && h.end <= start && !contrastBetween(v, h.end, start)) reported = true;
    if (kinds.includes("scare") && h.end <= start) {
      const q = quoteAfter(v, h.end);
      if (q ? start >= q[0] && end <= q[1] : inClause) reported = true;
    }
    if (kinds.includes("pretense") && h.start >= end && inClause) reported = true;
    if (kinds.includes("negation") && before && inClause && negationReaches(v, h.end, anchor)) negated = h.start;
    // 涉嫌支持朝鲜: an allegation right before the relation reports it.
    if (kinds.includes("alleged") && before && inClause && negationReaches(v, h.end, anchor)) reported = true;
    // 撤出了伊朗与美国达成的核协议: what is withdrawn from no longer holds.
    if (kinds.includes("termination") && before && inClause && npStart === undefined && negated < 0) {
      const between = v.norm.slice(h.end, start);
      if (!lexicon().terminationStops.some((w) => between.includes(w))) negated = h.start;
    }
  }
  if (!question && cues.interrogative && clause === v.clauses.length - 1) question = true;
  if (question) return { status: "question", cueStart: start };
  if (speculative) return { status: "speculative", cueStart: start };
  if (reported) return { status: "reported", cueStart: start };
  if (negated >= 0) return { status: "negated", cueStart: negated };
  return { status: "asserted", cueStart: start };
}
