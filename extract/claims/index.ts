/**
 * Relation claims between states, from sentences that name two different states and a trigger
 * linking them (never from co-occurrence alone).
 *
 * Per sentence: the parties (state mentions, leaders and capitals for their states, joint forms
 * such as 中俄, resolved 两国 / 双方, subject pronouns) get grammatical roles from the words before
 * them; triggers (extract/data/triggers.json) are matched on the sentence with quotation marks
 * removed; each trigger's frame turns the parties of its clause into relation tuples; cues
 * (extract/data/cues.json) set the status; extract/time/clause.ts gives the time nearest the trigger.
 *
 * Reported speech policy: what a named speaker (an official, a state, an analyst) says is treated
 * like the author's own statement (普京表示俄罗斯与朝鲜的合作… → asserted). Only hearsay and hype
 * are `reported`: rumours and anonymous media claims (据传, 有报道称, 西方媒体…), labels under
 * scare cues (炒作“俄朝军事同盟”, 所谓“…”) and appearances (…的假象). A negated alliance
 * (没把朝鲜列为“盟友”, 不是同盟) is kept as a `negated` ally claim and also stated as an asserted
 * `non-aligned` claim.
 *
 * @example
 * const claims = extractClaims(doc, splitSentences(doc.text), findMentions(doc.norm));
 */
import type { StateRelation } from "../schema/graph";
import { clauseTimer } from "../time/clause";
import type { ClaimStatus, CleanDocument, ExtractedClaim, Mention, Sentence } from "../types";
import { capTriggers } from "./bounds";
import { Discourse } from "./discourse";
import { relationsFor } from "./frames";
import { lexicon, type Lexicon } from "./lexicon";
import { mentionStates, subjectGapOf, viewSentence, type SentenceView } from "./parties";
import { sentenceCues, statusOf } from "./status";
import { findTriggers } from "./triggers";

export { findTriggers } from "./triggers";

function distinctStates(v: SentenceView): number {
  const seen: string[] = [];
  for (const p of v.parties) if (!p.org) for (const s of p.states) if (!seen.includes(s)) seen.push(s);
  return seen.length;
}

/** Indices of the mentions inside […, end), from a list sorted by start, searching from index `lo` on. */
function mentionsFrom(sorted: Mention[], lo: number, end: number): readonly number[] {
  let out: number[] | null = null;
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) (out ??= []).push(i);
  return out ?? NO_INDICES;
}

/** Shared by the sentences that name no state (never written to). */
const NO_INDICES: readonly number[] = [];
const NO_STATES: readonly string[] = [];

/** The distinct states of some mentions, in order of first appearance. */
function statesOfMentions(lists: string[][], idx: readonly number[]): readonly string[] {
  if (idx.length === 1) return lists[idx[0]];
  const out: string[] = [];
  for (const i of idx) for (const s of lists[i]) if (!out.includes(s)) out.push(s);
  return out;
}

/**
 * Whether norm[start, end) holds 两 or 双方 (a possible pair anaphor). Spans come in text order: the
 * next occurrence of each is found once with indexOf and kept until a span starts past it (a span
 * starting before the last one looks again).
 */
function anaphorSpans(norm: string): (start: number, end: number) => boolean {
  let from = 0; // the last start
  let liang = -1; // next 两 at or after `from` (Infinity: none left)
  let shuangfang = -1; // next 双方
  return (start, end) => {
    if (start < from) liang = shuangfang = -1;
    from = start;
    if (liang < start) liang = nextOrInfinity(norm.indexOf("两", start));
    if (shuangfang < start) shuangfang = nextOrInfinity(norm.indexOf("双方", start));
    return liang < end || shuangfang + 1 < end;
  };
}

/** An indexOf result, with Infinity for none. */
const nextOrInfinity = (at: number): number => (at < 0 ? Infinity : at);

/** A clause stop: ，,；;：: (by code unit). */
function isClauseStopCode(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a;
}

/** The position after the last clause stop in norm[start, end), or `start`. */
function clauseHeadStart(norm: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (isClauseStopCode(norm.charCodeAt(i))) return i + 1;
  return start;
}

/** The widest window (in sentences) a pair anaphor looks back over. */
function maxAnaphorWindow(lex: Lexicon): number {
  const { words, window } = lex.roles.pairAnaphora;
  return Math.max(1, ...words.map((w) => window[w] ?? 1));
}

type DiscourseStep =
  | { kind: "subject"; states: string[]; pos: number; sentence: number }
  | { kind: "view"; s: Sentence; sentence: number; mentions: Mention[]; anaphor: boolean };

/**
 * The discourse (extract/claims/discourse.ts) fed in sentence order, with the views of sentences
 * that yield no claim built only on demand. A view reads the discourse only through the pair
 * anaphora of its sentence, which look back at most `window` sentences; so when a sentence needs
 * its view, the deferred views it can reach — directly, or through deferred sentences with an
 * anaphor of their own — are built first, in order, and the others are never built (nothing can
 * read what they would add). Claims come out exactly as if every view were built in turn.
 */
class PendingDiscourse {
  private steps: DiscourseStep[] = [];

  constructor(
    private readonly discourse: Discourse,
    private readonly norm: string,
    private readonly window: number,
  ) {}

  rememberSubject(states: string[], pos: number, sentence: number): void {
    this.steps.push({ kind: "subject", states, pos, sentence });
  }

  /** Keeps a sentence's view for later (built only if a later sentence's anaphor can reach it). */
  defer(s: Sentence, sentence: number, mentions: Mention[]): void {
    const snorm = this.norm.slice(s.start, s.end);
    const anaphor = lexicon()
      .anaphora.match(snorm)
      .some((h) => Boolean(h.values[0]));
    this.steps.push({ kind: "view", s, sentence, mentions, anaphor });
  }

  /** The view of sentence `sentence`, built after every deferred step it may depend on. */
  view(s: Sentence, sentence: number, mentions: Mention[]): SentenceView {
    let lowest = sentence - this.window;
    const needed = new Set<number>();
    for (let k = this.steps.length - 1; k >= 0; k--) {
      const step = this.steps[k];
      if (step.kind !== "view") continue;
      if (step.sentence < lowest) break;
      needed.add(k);
      if (step.anaphor) lowest = Math.min(lowest, step.sentence - this.window);
    }
    this.steps.forEach((step, k) => {
      if (step.kind === "subject") this.discourse.rememberSubject(step.states, step.pos, step.sentence);
      else if (needed.has(k)) this.build(step.s, step.sentence, step.mentions);
    });
    this.steps = [];
    return this.build(s, sentence, mentions);
  }

  private build(s: Sentence, sentence: number, mentions: Mention[]): SentenceView {
    const v = viewSentence(this.norm, s, mentions, (...args) => this.discourse.resolve(sentence, ...args), sentence);
    this.discourse.remember(v, sentence);
    return v;
  }
}

/**
 * Extracts relation claims from one cleaned document.
 *
 * @param doc the cleaned document (offsets of sentences and mentions point into `doc.text`/`doc.norm`)
 * @param sentences `splitSentences(doc.text)`
 * @param mentions `findMentions(doc.norm)` — countries, leaders, joint forms, demonyms, capitals
 * @param notes receives a line for each sentence whose mentions or triggers were capped (./bounds)
 * @returns claims with status; only `asserted` ones become graph edges
 */
export function extractClaims(
  doc: CleanDocument,
  sentences: Sentence[],
  mentions: Mention[],
  notes: string[] = [],
): ExtractedClaim[] {
  const lex = lexicon();
  const norm = doc.norm.length === doc.text.length ? doc.norm : doc.text;
  const sorted = mentions
    .filter((m) => m.kind !== "treaty" || m.states.length > 0)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const discourse = new Discourse();
  const out: ExtractedClaim[] = [];
  const seen = new Set<string>();
  const ref = { published: doc.published };

  const stateLists = sorted.map(mentionStates);
  const pending = new PendingDiscourse(discourse, norm, maxAnaphorWindow(lex));
  const mayHoldAnaphor = anaphorSpans(norm);
  let lo = 0;
  sentences.forEach((s, si) => {
    // Sentences come in text order: the first mention at or after this one's start only moves on.
    while (lo < sorted.length && sorted[lo].start < s.start) lo++;
    const idx = mentionsFrom(sorted, lo, s.end);
    const states = idx.length === 0 ? NO_STATES : statesOfMentions(stateLists, idx);
    if (states.length < 2 && !mayHoldAnaphor(s.start, s.end)) {
      // One state at most: no relation here; remember a sentence-initial subject for 两国.
      if (idx.length > 0 && states.length === 1) {
        const m = sorted[idx[0]];
        const clauseHead = norm.slice(clauseHeadStart(norm, s.start, m.start), m.start);
        if (subjectGapOf(lex, clauseHead).length <= lex.roles.subjectGap)
          pending.rememberSubject([...states], m.start, si);
      }
      return;
    }
    const ms = idx.map((i) => sorted[i]);
    // Without a trigger no claim comes from this sentence: its view only matters for the 两国 /
    // 双方 of later sentences, so it is built only if one of them needs it.
    const triggers = capTriggers(s, findTriggers(norm, s), notes);
    if (triggers.length === 0) {
      pending.defer(s, si, ms);
      return;
    }
    const v = pending.view(s, si, ms);
    if (distinctStates(v) < 2) return;

    const snorm = norm.slice(s.start, s.end);
    const cues = sentenceCues(v);
    const timeAt = clauseTimer(snorm, ref);
    for (const t of triggers) {
      const rels = relationsFor(v, t, triggers);
      if (rels.length === 0) continue;
      const time = timeAt({ relationStart: t.start - s.start, relationEnd: t.end - s.start });
      for (const r of rels) {
        const { status, cueStart } = statusOf(v, cues, t.start, t.end, r.npStart);
        const add = (relation: StateRelation, st: ClaimStatus, from: number): void => {
          const key = `${relation}|${r.source}|${r.target}|${st}|${s.start}`;
          if (seen.has(key)) return;
          seen.add(key);
          out.push({
            relation,
            source: r.source,
            target: r.target,
            doc: doc.id,
            sentence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
            time,
            status: st,
            trigger: doc.text.slice(from, t.end),
            lang: "zh",
          });
        };
        add(r.relation, status, status === "negated" ? cueStart : t.start);
        // A denied alliance (没把朝鲜列为盟友) states non-alignment.
        if (status === "negated" && r.relation === "ally") add("non-aligned", "asserted", cueStart);
      }
    }
  });
  return out;
}
