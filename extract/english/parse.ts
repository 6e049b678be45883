/**
 * The compromise parse of one sentence, flattened to tokens with offsets, part-of-speech tags and
 * lemmas (compromise's `root`: sanctions/sanctioned/sanctioning → sanction). Run only on sentences
 * that already hold two state mentions and a trigger word. All-capital sentences (wire headlines)
 * are lower-cased first so the tagger sees words, not acronyms; offsets are unchanged.
 */
import nlp from "compromise";
import { lowerSameLength } from "./data";

/** One word of a parsed sentence. */
export interface Token {
  /** The word as written ("" for a word compromise expanded, such as the not of "wasn't"). */
  text: string;
  /** Lower-case normal form (contractions expanded: n't → not). */
  normal: string;
  /** Lemma: compromise's root, else the normal form. */
  lemma: string;
  tags: Set<string>;
  /** [start, end) offsets in the sentence text. */
  start: number;
  end: number;
  /** Punctuation written before and after the word. */
  pre: string;
  post: string;
}

interface RawTerm {
  text: string;
  normal?: string;
  machine?: string;
  implicit?: string;
  root?: string;
  pre?: string;
  post?: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

function isShouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 8 && letters === letters.toUpperCase();
}

/**
 * Tokenises and tags a sentence with compromise.
 *
 * @example
 * parseSentence("Washington has not sanctioned Tokyo.").map((t) => t.lemma)
 * // ["washington", "have", "not", "sanction", "tokyo"]
 */
export function parseSentence(text: string): Token[] {
  const input = isShouting(text) ? lowerSameLength(text) : text;
  const doc = nlp(input);
  doc.compute("offset");
  doc.compute("root");
  const out: Token[] = [];
  for (const sentence of doc.docs as unknown as RawTerm[][]) {
    for (const t of sentence) {
      const start = t.offset?.start ?? 0;
      const end = start + (t.offset?.length ?? t.text.length);
      const normal = (t.implicit || t.machine || t.normal || t.text).toLowerCase();
      out.push({
        text: text.slice(start, end),
        normal,
        lemma: (t.root || normal).toLowerCase(),
        tags: new Set(t.tags ?? []),
        start,
        end,
        pre: t.pre ?? "",
        post: t.post ?? "",
      });
    }
  }
  return out;
}
