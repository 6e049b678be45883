/**
 * Sentence and clause splitting for Chinese (and plain English) news text.
 *
 * One left-to-right pass, no regex backtracking over the whole text. Quotation marks and brackets are
 * tracked so a 。 inside a quotation does not end the sentence while the quotation is still open
 * (卡申说：“……。” stays one sentence). A newline always ends a sentence and closes any quotation left
 * open, so a stray opening mark cannot swallow the rest of a page.
 */
import type { Sentence } from "../types";

/** Characters that end a sentence outright. */
const TERMINATORS = new Set(["。", "！", "？", "!", "?", "；", ";", "…", "｡", "︒"]);
/** Opening marks and the mark that closes each. */
const OPENERS = new Map<string, string>([
  ["“", "”"],
  ["‘", "’"],
  ["「", "」"],
  ["『", "』"],
  ["（", "）"],
  ["(", ")"],
  ["【", "】"],
  ["[", "]"],
  ["《", "》"],
  ["〈", "〉"],
  ["﹁", "﹂"],
]);
const CLOSERS = new Set([...OPENERS.values()]);
/** The closing mark (code unit) of each opening mark, 0 for other code units. */
const CLOSER_OF = new Uint16Array(65536);
for (const [o, c] of OPENERS) CLOSER_OF[o.charCodeAt(0)] = c.charCodeAt(0);
/** 1 for closing marks, 2 for terminators (no code unit is both). */
const MARK_KIND = new Uint8Array(65536);
for (const c of OPENERS.values()) MARK_KIND[c.charCodeAt(0)] = 1;
for (const t of TERMINATORS) MARK_KIND[t.charCodeAt(0)] = 2;
/** CLOSERS.has by code unit. */
const isCloserCode = (c: number): boolean => MARK_KIND[c] === 1;
/** TERMINATORS.has by code unit. */
const isTerminatorCode = (c: number): boolean => MARK_KIND[c] === 2;
/** isSpace or a newline, by code unit. */
const isSpaceOrNewline = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x0a;
/** One bit per code unit splitSentences acts on: newline, ", ., openers, closers, terminators. */
const SPECIAL = new Int32Array(2048);
for (const ch of ["\n", '"', ".", ...OPENERS.keys(), ...CLOSERS, ...TERMINATORS]) {
  const c = ch.charCodeAt(0);
  SPECIAL[c >> 5] |= 1 << (c & 31);
}
/** Closing marks that belong to the sentence they follow (。” → the ” stays with the sentence). */
const TRAILING = CLOSERS;
/** A quotation or bracket left open longer than this is treated as a stray mark. */
const MAX_OPEN = 400;

/** English abbreviations after which ". " does not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "jr",
  "sr",
  "gen",
  "gov",
  "sen",
  "rep",
  "col",
  "lt",
  "sgt",
  "capt",
  "adm",
  "inc",
  "co",
  "corp",
  "ltd",
  "no",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "u.s",
  "u.k",
  "u.n",
  "u.s.a",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mt",
  "ft",
  "approx",
  "dept",
  "est",
  "fig",
]);

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\r" || c === "\u3000" || c === "\u00a0";
const isUpper = (c: string): boolean => c >= "A" && c <= "Z";
const isCjk = (c: string): boolean => c >= "\u3400" && c <= "\u9fff";

/**
 * Builds a trimmed Sentence for text[start, end), or null when it is blank; its offsets are
 * shifted by `offset` (where `text` starts in the document).
 */
function makeSpan(text: string, start: number, end: number, offset = 0): Sentence | null {
  let s = start;
  let e = end;
  while (s < e && isSpaceOrNewline(text.charCodeAt(s))) s++;
  while (e > s && isSpaceOrNewline(text.charCodeAt(e - 1))) e--;
  if (s >= e) return null;
  return { start: offset + s, end: offset + e, text: text.slice(s, e) };
}

/** The word (letters and inner dots) that ends just before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1])) i--;
  return text.slice(i, dot).toLowerCase();
}

/** Whether the "." at `i` ends an English sentence: followed by space(s) then a capital, quote or CJK. */
function englishStop(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && TRAILING.has(text[j])) j++;
  if (j >= text.length) return true;
  if (!isSpace(text[j]) && text[j] !== "\n") return false;
  while (j < text.length && isSpace(text[j])) j++;
  if (j >= text.length || text[j] === "\n") return true;
  const next = text[j];
  if (!(isUpper(next) || isCjk(next) || next === '"' || next === "“" || next === "(")) return false;
  const word = wordBefore(text, i);
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital initial ("J. Smith") or an acronym with dots ("U.S.").
  if (/^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) return false;
  return true;
}

/**
 * Splits text into sentences. Chinese 。！？；… (and ASCII !?;) end a sentence, as does every newline;
 * an English "." ends one when a space and a capital follow and the word before is no abbreviation.
 * A terminator inside an open quotation or bracket does not split; when the quotation closes right
 * after a terminator (。”), the sentence ends after the closing mark. Offsets are into `text`, and
 * each sentence is trimmed of surrounding whitespace.
 *
 * @example
 * splitSentences("卡申说：“我们不喜欢。”他说。") // → ["卡申说：“我们不喜欢。”", "他说。"]
 */
/** Quotation marks open at once that are remembered; real text nests a handful. */
const MAX_DEPTH = 64;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  /** Stack of expected closing marks (code units), with the position each quotation opened at. */
  const closes: number[] = [];
  const opened: number[] = [];
  let asciiQuoteAt = -1;

  const push = (end: number): void => {
    const s = makeSpan(text, start, end);
    if (s) out.push(s);
    start = end;
  };
  const open = (i: number): boolean => {
    // Forget marks open for too long: a stray “ must not hide every later terminator.
    while (closes.length > 0 && i - opened[0] > MAX_OPEN) {
      closes.shift();
      opened.shift();
    }
    if (asciiQuoteAt >= 0 && i - asciiQuoteAt > MAX_OPEN) asciiQuoteAt = -1;
    return closes.length > 0 || asciiQuoteAt >= 0;
  };
  /** Terminators and closing marks from `j` on stay with the sentence: where they end. */
  const trailingEnd = (j: number, terminators: boolean): number => {
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (!(isCloserCode(d) || (terminators && isTerminatorCode(d)))) break;
      j++;
    }
    return j;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: a character that is no newline, quotation mark, bracket or terminator does nothing.
    if ((SPECIAL[code >> 5] & (1 << (code & 31))) === 0) continue;
    if (code === 0x0a) {
      push(i);
      closes.length = opened.length = 0;
      asciiQuoteAt = -1;
      continue;
    }
    const closer = CLOSER_OF[code];
    if (closer !== 0) {
      // A bounded stack keeps lastIndexOf and shift constant-time on hostile nesting (10⁵ “).
      if (closes.length >= MAX_DEPTH) {
        closes.shift();
        opened.shift();
      }
      closes.push(closer);
      opened.push(i);
      continue;
    }
    if (isCloserCode(code)) {
      const k = closes.lastIndexOf(code);
      if (k >= 0) closes.length = opened.length = k;
      // 。” — the quotation closed right after a terminator: the sentence ends here.
      if (closes.length === 0 && asciiQuoteAt < 0 && i > 0 && isTerminatorCode(text.charCodeAt(i - 1))) {
        const j = trailingEnd(i + 1, false);
        push(j);
        i = j - 1;
      }
      continue;
    }
    if (code === 0x22) {
      if (asciiQuoteAt >= 0) {
        asciiQuoteAt = -1;
        const before = i > 0 ? text.charCodeAt(i - 1) : -1;
        if (closes.length === 0 && i > 0 && (isTerminatorCode(before) || before === 0x2e)) push(i + 1);
      } else asciiQuoteAt = i;
      continue;
    }
    const isStop = isTerminatorCode(code) || (code === 0x2e && englishStop(text, i));
    if (!isStop || open(i)) continue;
    // Runs of terminators (？！, ……, ?!) and the closing marks after them stay with the sentence.
    const j = trailingEnd(i + 1, true);
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

/**
 * Splits a sentence into clauses on ，,；;：: (and on a space between two CJK characters, which
 * separates the clauses of a headline). Commas inside 《…》 titles and between digits (1,000) do
 * not split; 、 never splits, so a list (中国、俄罗斯和朝鲜) stays in one clause. Offsets stay in the
 * coordinates of the document text the sentence came from.
 *
 * @example
 * splitClauses({ start: 0, end: 12, text: "两国关系密切，双方加强合作" }) // → ["两国关系密切", "双方加强合作"]
 */
export function splitClauses(sentence: Sentence): Sentence[] {
  const t = sentence.text;
  const out: Sentence[] = [];
  let start = 0;
  let titleDepth = 0;
  const push = (end: number, next: number): void => {
    const s = makeSpan(t, start, end, sentence.start);
    if (s) out.push(s);
    start = next;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // Fast path: ideographs, letters and digits open, close or break nothing.
    if (titleDepth === 0 && ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)))
      continue;
    if (c === 0x300a || c === 0x3008)
      titleDepth++; // 《 〈
    else if ((c === 0x300b || c === 0x3009) && titleDepth > 0) titleDepth--; // 》 〉
    if (titleDepth > 0) continue;
    if (isClauseBreak(c)) {
      if ((c === 0x2c || c === 0x3a) && i > 0 && isDigitCode(t.charCodeAt(i - 1)) && isDigitCode(t.charCodeAt(i + 1)))
        continue;
      push(i, i + 1);
    } else if (isSpaceCode(c) && i > 0 && isCjkCode(t.charCodeAt(i - 1))) {
      let j = i;
      while (j < t.length && isSpaceCode(t.charCodeAt(j))) j++;
      if (j < t.length && isCjkCode(t.charCodeAt(j))) {
        push(i, j);
        i = j - 1;
      }
    }
  }
  push(t.length, t.length);
  return out;
}

/**
 * Characters that end a clause: ，,；;：:。！？!?｡ (by code unit). 、 is deliberately absent: it
 * joins the items of one list.
 */
function isClauseBreak(c: number): boolean {
  switch (c) {
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0xff1a: // ：
    case 0x3a: // :
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0xff61: // ｡
      return true;
    default:
      return false;
  }
}

/** An ASCII digit (what /\d/ tests; NaN for a position past the end is none). */
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** isSpace by code unit. */
const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
/** isCjk by code unit. */
const isCjkCode = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
