/**
 * Caps on the pairwise work of the claim stage. Each trigger of a sentence looks at every party of
 * its clause, so a sentence naming thousands of states (a list, a page without punctuation) would
 * take time quadratic in its length. Past the caps the first mentions and triggers are kept and the
 * cut is named in the document's extraction notes; real sentences stay far below them (in 2,500
 * corpus documents at most 39 state mentions in a clause, 79 in a sentence and 11 triggers).
 */
import { splitClauses } from "../text/sentences";
import type { Mention, Sentence } from "../types";

/** State, leader and capital mentions paired per clause, per sentence; triggers per sentence. */
export const CLAIM_CAPS = { mentionsPerClause: 48, mentionsPerSentence: 128, triggersPerSentence: 24 };

/**
 * The mentions the claim, leader and treaty stages pair: in each sentence at most
 * `mentionsPerClause` in a clause and `mentionsPerSentence` in all, the first ones kept; mentions
 * outside every sentence pass. `mentions` and `sentences` in text order. Each cut sentence is named
 * in `notes`. Returns `mentions` itself when nothing is cut. Linear in both.
 */
export function capMentions(sentences: Sentence[], mentions: Mention[], notes: string[], caps = CLAIM_CAPS): Mention[] {
  let out: Mention[] | null = null;
  let i = 0;
  for (const s of sentences) {
    const from = i;
    while (i < mentions.length && mentions[i].start < s.end) i++;
    if (i - from <= caps.mentionsPerClause) {
      out?.push(...mentions.slice(from, i));
      continue;
    }
    const kept = capInSentence(s, mentions.slice(from, i), caps);
    if (kept.dropped === 0) {
      out?.push(...mentions.slice(from, i));
      continue;
    }
    out ??= mentions.slice(0, from);
    out.push(...kept.mentions);
    notes.push(
      `sentence at ${s.start}–${s.end}: ${i - from} mentions, ${kept.mentions.length} paired ` +
        `(at most ${caps.mentionsPerClause} a clause, ${caps.mentionsPerSentence} a sentence)`,
    );
  }
  if (out === null) return mentions;
  out.push(...mentions.slice(i));
  return out;
}

/** Keeps the first mentions of each clause of `sentence` (mentions before its start pass). */
function capInSentence(
  sentence: Sentence,
  mentions: Mention[],
  caps: typeof CLAIM_CAPS,
): { mentions: Mention[]; dropped: number } {
  const clauses = splitClauses(sentence);
  const kept: Mention[] = [];
  let inSentence = 0;
  let c = 0;
  let inClause = 0;
  for (const m of mentions) {
    if (m.start < sentence.start) {
      kept.push(m);
      continue;
    }
    let moved = false;
    while (c < clauses.length - 1 && m.start >= clauses[c].end) {
      c++;
      moved = true;
    }
    if (moved) inClause = 0;
    if (inClause >= caps.mentionsPerClause || inSentence >= caps.mentionsPerSentence) continue;
    inClause++;
    inSentence++;
    kept.push(m);
  }
  return { mentions: kept, dropped: mentions.length - kept.length };
}

/** The first `triggersPerSentence` triggers of a sentence; a cut is named in `notes`. */
export function capTriggers<T>(sentence: Sentence, triggers: T[], notes: string[], caps = CLAIM_CAPS): T[] {
  if (triggers.length <= caps.triggersPerSentence) return triggers;
  notes.push(
    `sentence at ${sentence.start}–${sentence.end}: ${triggers.length} relation triggers, the first ` +
      `${caps.triggersPerSentence} read`,
  );
  return triggers.slice(0, caps.triggersPerSentence);
}
