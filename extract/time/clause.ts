/**
 * The time a clause asserts: the time expression nearest the relation trigger, turned into the END of
 * the relation when the clause says it ended (同盟关系随之消逝), else the publication date.
 */
import type { ClaimTime } from "../types";
import { findTimes } from "./find";
import { timeLexicon } from "./lexicon";
import { overlaps } from "./span";
import type { TimeExpression, TimeRef } from "./types";

/** Where the relation trigger sits in the text, to pick the nearest time expression. */
export interface ClauseTimeOptions {
  relationStart?: number;
  relationEnd?: number;
}

/** Sentence options: the relation trigger and, optionally, the clause around it (else cut at ，；： etc.). */
export interface SentenceTimeOptions extends ClauseTimeOptions {
  clauseStart?: number;
  clauseEnd?: number;
}

/** A word saying that something ended (消逝, 破裂, 瓦解, collapsed …). */
export interface EndingMarker {
  start: number;
  end: number;
  text: string;
}

const CLAUSE_BREAKS = new Set(["，", ",", "；", ";", "：", ":", "。", "！", "!", "？", "?", "\n"]);
const NONE: ClaimTime = { start: null, end: null, source: "none" };

/**
 * The first ending marker in text[from, to) that is not part of a time expression (冷战结束后),
 * not negated (并未瓦解, has not ended) and not followed by 后/时/对 (结束访问, 会谈结束后).
 */
export function findEndingMarker(
  text: string,
  exprs: TimeExpression[] = [],
  from = 0,
  to = text.length,
): EndingMarker | null {
  const { ending } = timeLexicon();
  let x = 0;
  for (let i = from; i < to; i++) {
    while (x < exprs.length && exprs[x].end <= i) x++;
    if (x < exprs.length && exprs[x].start <= i) {
      i = exprs[x].end - 1;
      continue;
    }
    if (!ending.trie.startsWithCode(text.charCodeAt(i))) continue;
    const m = ending.trie.longestAt(text, i);
    if (!m || m.end > to) continue;
    if (ending.blockNext.some((w) => text.startsWith(w, m.end))) continue;
    if (negated(text, Math.max(from, i - 12), i, ending.negators)) continue;
    return { start: i, end: m.end, text: text.slice(i, m.end) };
  }
  return null;
}

/** A negator in the three characters (Chinese) or two words (English) before a marker. */
function negated(text: string, windowStart: number, i: number, negators: string[]): boolean {
  const zh = text.slice(Math.max(windowStart, i - 3), i);
  const words = (
    text
      .slice(windowStart, i)
      .toLowerCase()
      .match(/[a-z']+/g) ?? []
  ).slice(-2);
  for (const n of negators) {
    if (/^[a-z']+$/.test(n)) {
      if (words.some((w) => w === n || (n === "n't" && w.endsWith("n't")))) return true;
    } else if (zh.includes(n)) return true;
  }
  return false;
}

function distance(e: TimeExpression, opts: ClauseTimeOptions): number {
  const rs = opts.relationStart;
  if (rs === undefined) return e.start; // no trigger: the first expression
  const re = opts.relationEnd ?? rs;
  if (e.end <= rs) return rs - e.end;
  if (e.start >= re) return (e.start - re) * 2 + 1; // time adverbials usually precede the verb
  return 0;
}

function nearest(cands: TimeExpression[], opts: ClauseTimeOptions): TimeExpression {
  let best = cands[0];
  let bd = distance(best, opts);
  for (const e of cands) {
    const d = distance(e, opts);
    if (d < bd) {
      best = e;
      bd = d;
    }
  }
  return best;
}

/**
 * The century the document is published in (21世纪 in a 2022 article) names the present, not a
 * time of the relation: it does not date a clause (the clause falls back to other times, then to
 * the publication date).
 */
function isPresentCentury(e: TimeExpression, ref: TimeRef): boolean {
  return (
    e.kind === "century" &&
    ref.published !== null &&
    overlaps({ start: e.from, end: e.to }, { start: ref.published, end: ref.published })
  );
}

/** Picks from the pools in order (strong expressions before bare event names) and builds the claim time. */
function decide(pools: TimeExpression[][], ending: boolean, ref: TimeRef, opts: ClauseTimeOptions): ClaimTime {
  for (const strong of [true, false]) {
    for (const pool of pools) {
      const cands = pool.filter((e) => !e.bare === strong && !isPresentCentury(e, ref));
      if (cands.length === 0) continue;
      const e = nearest(cands, opts);
      const from = e.from;
      let to = e.to;
      if (e.kind === "since") {
        const until = pool.find((u) => u.start >= e.end && u.kind === "until");
        if (until) to = until.to;
      }
      if (ending) return { start: null, end: to ?? from, source: "text" };
      return { start: from, end: to, source: "text" };
    }
  }
  if (ref.published) return { start: ending ? null : ref.published, end: ref.published, source: "document" };
  return NONE;
}

/**
 * The time a clause asserts. The time expression closest to the relation trigger (when offsets are
 * given; else the first) gives start/end ("since" leaves the end open); an ending marker in the
 * clause (消逝, 破裂, 瓦解 …) makes that time the relation's END. With no expression: the publication
 * date (source "document"); with neither: { start: null, end: null, source: "none" }.
 *
 * @example clauseTime("1960年代,两国共产党…分裂,北京和莫斯科的同盟关系随之消逝", { published: "2021-12-05" })
 * // { start: null, end: "1969", source: "text" }
 */
export function clauseTime(text: string, ref: TimeRef, opts: ClauseTimeOptions = {}): ClaimTime {
  const exprs = findTimes(text, ref);
  const ending = findEndingMarker(text, exprs) !== null;
  return decide([exprs], ending, ref, opts);
}

/**
 * `clauseTime` for several relation triggers in one text: the time expressions and the ending
 * marker are found once (on the first call), each call gives what `clauseTime(text, ref, opts)` gives.
 *
 * @example
 * const timeAt = clauseTimer(snorm, ref);
 * timeAt({ relationStart: 4, relationEnd: 6 }); // = clauseTime(snorm, ref, { relationStart: 4, relationEnd: 6 })
 */
export function clauseTimer(text: string, ref: TimeRef): (opts: ClauseTimeOptions) => ClaimTime {
  let exprs: TimeExpression[] | null = null;
  let ending = false;
  return (opts) => {
    if (exprs === null) {
      exprs = findTimes(text, ref);
      ending = findEndingMarker(text, exprs) !== null;
    }
    return decide([exprs], ending, ref, opts);
  };
}

/** The clause around [rs, re): cut at the nearest clause punctuation on either side. */
export function clauseAround(text: string, rs: number, re: number = rs): { start: number; end: number } {
  let s = Math.max(0, Math.min(rs, text.length));
  while (s > 0 && !CLAUSE_BREAKS.has(text[s - 1])) s--;
  let e = Math.max(s, Math.min(re, text.length));
  while (e < text.length && !CLAUSE_BREAKS.has(text[e])) e++;
  return { start: s, end: e };
}

/**
 * Like clauseTime, falling back from the clause to the whole sentence before the document date:
 * strong expressions in the clause, then in the sentence, then bare event names (clause, sentence),
 * then the publication date. Ending markers count only inside the clause. The clause is
 * [clauseStart, clauseEnd) when given, else the clause punctuation around the relation offsets,
 * else the whole sentence. All offsets are into `sentence`.
 */
export function sentenceTime(sentence: string, ref: TimeRef, opts: SentenceTimeOptions = {}): ClaimTime {
  const exprs = findTimes(sentence, ref);
  let cs = 0;
  let ce = sentence.length;
  if (opts.clauseStart !== undefined || opts.clauseEnd !== undefined) {
    cs = opts.clauseStart ?? 0;
    ce = opts.clauseEnd ?? sentence.length;
  } else if (opts.relationStart !== undefined) {
    ({ start: cs, end: ce } = clauseAround(sentence, opts.relationStart, opts.relationEnd));
  }
  const inClause = exprs.filter((e) => e.start >= cs && e.end <= ce);
  const ending = findEndingMarker(sentence, exprs, cs, ce) !== null;
  return decide([inClause, exprs], ending, ref, opts);
}
