/** Finding the sentence that holds a text offset. */
import type { CleanDocument, Sentence } from "../types";

/**
 * The sentence containing `pos` (binary search over sorted sentences); when `pos` falls between
 * sentences, the line of `doc.text` around it.
 */
export function sentenceAt(doc: CleanDocument, sentences: Sentence[], pos: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  const start = doc.text.lastIndexOf("\n", pos - 1) + 1;
  const nl = doc.text.indexOf("\n", pos);
  const end = nl < 0 ? doc.text.length : nl;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Index of the sentence containing `pos`, or -1. */
export function sentenceIndexAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
