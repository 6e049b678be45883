/**
 * English sentence splitting, one left-to-right pass. Unlike the Chinese splitter a single newline
 * does not end a sentence (wire copy and PDF transcripts wrap lines inside sentences); a blank line,
 * an indented line after a full stop, or a line ending in terminal punctuation does. A full stop ends
 * a sentence when the next word starts with a capital, a digit or a quote, except after titles,
 * initials and abbreviations (Mr., Gen., Nov., U.S.); after a country acronym (U.S., U.K.) only a
 * typical sentence opener (The, He, It …) starts a new sentence, since wires capitalise the word
 * after U.S. ("the U.S. Attack").
 */
import type { Sentence } from "../types";

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st jr sr gen gov sen rep col lt sgt capt cmdr adm maj brig rev hon messrs mt ft " +
    "inc co corp ltd bros no nos vs etc approx est dept univ fig vol pct " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
  ).split(" "),
);
/** Dotted acronyms after which a capitalised word usually continues the sentence. */
const ACRONYM = /(?:^|[^\p{L}])(?:[A-Z]\.){2,}$/u;
const OPENERS = new Set(
  (
    "The A An He She It They We I In On At But And Its His Her Their This That These Those There " +
    "Earlier Later Meanwhile However Officials Analysts Diplomats Asked When While After Before If As Some Many"
  ).split(" "),
);
const MAX_SENTENCE = 2000;

function prevWord(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.\p{N}]/u.test(text[i - 1])) i--;
  return text.slice(i, end);
}

function nextWord(text: string, start: number): string {
  let i = start;
  while (i < text.length && /[\p{L}\p{N}'’-]/u.test(text[i])) i++;
  return text.slice(start, i);
}

/** Where the text after a full stop at `dot` resumes, and whether the stop ends the sentence. */
function stopEnds(text: string, dot: number): boolean {
  let j = dot + 1;
  while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j])) return false;
  const gap = j;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (j >= text.length) return true;
  const ws = text.slice(gap, j);
  if (/\n[ \t]*\n/.test(ws) || /\n[ \t]+$/.test(ws)) return true;
  const c = text[j];
  const word = prevWord(text, dot + 1);
  const bare = word.replace(/\.$/, "");
  if (ACRONYM.test(word)) return OPENERS.has(nextWord(text, j)) || /\n/.test(ws);
  if (ABBREVIATIONS.has(bare.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(bare)) return false;
  return /[\p{Lu}\p{N}"'“‘(]/u.test(c);
}

/**
 * Splits English text into sentences with offsets into `text`. Leading and trailing whitespace is
 * left out of each sentence; quotes that close a sentence stay with it. An all-capital line (a wire
 * headline) is a sentence of its own, and so is the line ending at `headingEnd` (the newline after
 * a document's title line).
 *
 * @example
 * splitEnglishSentences("The U.S. Attack was condemned. Iran said so.").map((s) => s.text)
 * // ["The U.S. Attack was condemned.", "Iran said so."]
 */
export function splitEnglishSentences(text: string, headingEnd = -1): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let lineStart = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") {
      let j = i + 1;
      while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      const blank = j < text.length && text[j] === "\n";
      let k = i - 1;
      while (k >= start && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k--;
      while (k > start && /["'”’)\]]/.test(text[k])) k--;
      const ended = k >= start && /[.!?]/.test(text[k]);
      const next = j < text.length ? text[j] : "";
      const opens = /[\p{Lu}\p{N}"'“‘(]/u.test(next) || j > i + 1;
      const line = text.slice(lineStart, i);
      const shouting = /\p{Lu}{3}/u.test(line) && !/\p{Ll}/u.test(line);
      lineStart = i + 1;
      if (blank || (ended && opens) || shouting || i === headingEnd || i - start > MAX_SENTENCE) push(i + 1);
      continue;
    }
    if (c === "!" || c === "?") {
      let j = i + 1;
      while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
      if (j >= text.length || /\s/.test(text[j])) push(j);
      i = j - 1;
      continue;
    }
    if (c === "." && stopEnds(text, i)) {
      let j = i + 1;
      while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}
