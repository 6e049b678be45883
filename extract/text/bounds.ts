/**
 * Length bounds on sentences, so that no later stage sees an unbounded span of text. A page with no
 * punctuation (one clause repeated, a 1 MB line) would otherwise be one sentence, and the claim
 * stage's work per sentence grows with the square of its mentions. Real news sentences stay far
 * below the bound (the longest in 2,500 corpus documents has about 1,060 characters).
 *
 * @example
 * boundSentences(splitSentences(text), notes) // every sentence ≤ MAX_SENTENCE_CHARS code units
 */
import type { Sentence } from "../types";

/** The longest sentence (UTF-16 code units) later stages see; longer ones are cut. */
export const MAX_SENTENCE_CHARS = 1500;

/** A clause break, list comma or space: where an over-long sentence is cut first. */
function isSoftBreak(c: number): boolean {
  return (
    c === 0xff0c || // ，
    c === 0x2c || // ,
    c === 0xff1b || // ；
    c === 0x3b || // ;
    c === 0xff1a || // ：
    c === 0x3a || // :
    c === 0x3001 || // 、
    c === 0x20 ||
    c === 0x09 ||
    c === 0x3000
  );
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where to cut `text` (a sentence's text) in (from, from + max]: after the last soft break in the
 * second half of the window, else at the window's end (never between the halves of a surrogate pair).
 */
function cutAt(text: string, from: number, max: number): number {
  const end = from + max;
  for (let i = end - 1; i > from + (max >> 1); i--) if (isSoftBreak(text.charCodeAt(i))) return i + 1;
  return isLowSurrogate(text.charCodeAt(end)) ? end - 1 : end;
}

/**
 * Cuts every sentence longer than `max` code units into pieces of at most `max`, at clause breaks,
 * list commas or spaces where there are any, else at the length. Offsets stay document offsets. Each
 * cut sentence is named in `notes` (its offsets, length and number of pieces). Linear in the text.
 */
export function boundSentences(sentences: Sentence[], notes: string[], max = MAX_SENTENCE_CHARS): Sentence[] {
  if (!sentences.some((s) => s.text.length > max)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const t = s.text;
    if (t.length <= max) {
      out.push(s);
      continue;
    }
    let from = 0;
    let pieces = 0;
    while (from < t.length) {
      const to = t.length - from <= max ? t.length : cutAt(t, from, max);
      out.push({ start: s.start + from, end: s.start + to, text: t.slice(from, to) });
      pieces++;
      from = to;
    }
    notes.push(
      `sentence at ${s.start}–${s.end} (${t.length} characters) cut into ${pieces} pieces of at most ${max} characters`,
    );
  }
  return out;
}
