/**
 * The English side of the time scanner: month names (Nov. 13, 2025; 13 November; last June), bare
 * years after a cue word (in 1896, since 2014), decades (the 1960s, the '60s), centuries (the late 19th
 * century), anniversaries (75th anniversary) and "two years ago" / "the past two years".
 */
import { isAlnum, isAsciiLetter } from "./chars";
import { digitsValue, readDigits } from "./numerals";
import {
  inYearRange,
  resolveAgo,
  resolveRecent,
  resolveYearless,
  skipSpaces,
  spanOf,
  ys,
  type Atom,
  type Scan,
  type ScanCtx,
} from "./resolve";

/** End of the ASCII word starting at i. */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
  return j;
}

/** A word found before a position. */
export interface PrevWord {
  word: string;
  start: number;
}

/**
 * The ASCII word just before position i, lower-cased, skipping spaces and one hyphen ("mid-1990s"),
 * or null when something else stands there.
 */
export function prevWord(text: string, i: number): PrevWord | null {
  let j = i;
  while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\t" || text[j - 1] === "\n")) j--;
  if (j > 0 && text[j - 1] === "-" && i - j < 1) j--;
  const end = j;
  while (j > 0 && end - j < 24 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  if (j === end) return null;
  return { word: text.slice(j, end).toLowerCase(), start: j };
}

/** The word before i, looking past a "the". */
function prevWordPastThe(text: string, i: number): PrevWord | null {
  const w = prevWord(text, i);
  if (w && w.word === "the") return prevWord(text, w.start);
  return w;
}

/** True when a bare 4-digit number at i is introduced as a year (in 1896, since 2014, mid-2014). */
export function englishYearCue(ctx: ScanCtx, i: number): boolean {
  const w = prevWord(ctx.text, i);
  return w !== null && ctx.lex.en.yearCues.has(w.word);
}

/** A capitalised month name at i (with an optional dot for abbreviations): its number and end. */
function monthAt(ctx: ScanCtx, i: number): { m: number; end: number } | null {
  const text = ctx.text;
  const c = text.charCodeAt(i);
  if (!(c >= 65 && c <= 90)) return null;
  const e = wordEnd(text, i);
  const word = text.slice(i, e).toLowerCase();
  const m = ctx.lex.en.months[word];
  if (m === undefined) return null;
  const abbrev = e - i <= 4 && word !== "may" && word !== "june" && word !== "july";
  return { m, end: text[e] === "." && abbrev ? e + 1 : e };
}

/** A day number (1–31, optional st/nd/rd/th) at i. */
function dayAt(text: string, i: number): { d: number; end: number } | null {
  const e = readDigits(text, i);
  if (e === i || e - i > 2) return null;
  const d = digitsValue(text, i, e);
  if (d < 1 || d > 31) return null;
  let end = e;
  const suf = text.slice(e, e + 2).toLowerCase();
  if ((suf === "st" || suf === "nd" || suf === "rd" || suf === "th") && !isAlnum(text.charCodeAt(e + 2))) end = e + 2;
  else if (isAlnum(text.charCodeAt(e))) return null;
  return { d, end };
}

/** A 4-digit year at i, standing alone. */
function yearAt(text: string, i: number): { y: number; end: number } | null {
  const e = readDigits(text, i);
  if (e - i !== 4 || isAlnum(text.charCodeAt(e))) return null;
  const y = digitsValue(text, i, e);
  return inYearRange(y) ? { y, end: e } : null;
}

/**
 * A date built around a month name: "Nov. 13, 2025", "November 2025", "on Nov. 13", "last June",
 * "in June". `dayFirst` is a day already read before the month ("13 November 2025").
 */
function monthDate(ctx: ScanCtx, start: number, mEnd: number, m: number, dayFirst?: number): Scan | null {
  const text = ctx.text;
  let d = dayFirst;
  let y: number | undefined;
  let end = mEnd;
  let q = skipSpaces(text, mEnd);
  if (d === undefined) {
    const day = dayAt(text, q);
    if (day) {
      d = day.d;
      end = day.end;
      q = end;
      if (text[q] === ",") q++;
      q = skipSpaces(text, q);
    }
  } else if (text[q] === ",") q = skipSpaces(text, q + 1);
  const year = yearAt(text, q);
  if (year) {
    y = year.y;
    end = year.end;
  }
  const pw = prevWord(text, start);
  const cue = pw?.word ?? "";
  if (y === undefined && d === undefined && dayFirst === undefined && !ctx.lex.en.monthCues.has(cue)) return null;
  if (y !== undefined) {
    const s = spanOf({ y, m, d });
    return { atom: s ? { start, end, ...s, kind: "point" } : null, end };
  }
  const pub = ctx.pub;
  if (!pub) return { atom: null, end };
  if (pw && (cue === "last" || cue === "this" || cue === "next")) {
    let yy = pub.y;
    if (cue === "last") yy = pub.m !== undefined && m < pub.m ? pub.y : pub.y - 1;
    if (cue === "next") yy = pub.m !== undefined && m > pub.m ? pub.y : pub.y + 1;
    const s = spanOf({ y: yy, m, d });
    return { atom: s ? { start: pw.start, end, ...s, kind: "relative" } : null, end };
  }
  const s = resolveYearless(ctx, m, d, start);
  return { atom: s ? { start, end, ...s, kind: "relative", yearless: { m, d } } : null, end };
}

/** "two years ago", "the past two years", "a decade ago" after a number `n` that ends at `after`. */
function unitPhrase(ctx: ScanCtx, start: number, after: number, n: number): Scan | null {
  const text = ctx.text;
  const q = skipSpaces(text, after);
  const uEnd = wordEnd(text, q);
  if (uEnd === q) return null;
  const unit = ctx.lex.en.units[text.slice(q, uEnd).toLowerCase()];
  if (unit === undefined) return null;
  const years = unit === "decade" ? 10 * n : n;
  const r = skipSpaces(text, uEnd);
  const aEnd = wordEnd(text, r);
  const pub = ctx.pub;
  if (text.slice(r, aEnd).toLowerCase() === "ago") {
    if (!pub) return { atom: null, end: aEnd };
    const s = unit === "decade" || unit === "year" ? resolveAgo(pub, "year", years) : resolveAgo(pub, unit, n);
    return { atom: s ? { start, end: aEnd, ...s, kind: "relative", fixed: true } : null, end: aEnd };
  }
  const pw = prevWord(text, start);
  if (pw && (pw.word === "past" || pw.word === "last") && (unit === "year" || unit === "decade")) {
    const from =
      prevWord(text, pw.start)?.word === "the" ? (prevWord(text, pw.start) as { start: number }).start : pw.start;
    if (!pub) return { atom: null, end: uEnd };
    const s = resolveRecent(pub, years);
    return { atom: s ? { start: from, end: uEnd, ...s, kind: "relative", fixed: true } : null, end: uEnd };
  }
  return null;
}

/** At an English word start: a month name or a number word ("two years ago"). */
export function scanEnglishWord(ctx: ScanCtx, i: number): Scan | null {
  const mo = monthAt(ctx, i);
  if (mo) return monthDate(ctx, i, mo.end, mo.m);
  const e = wordEnd(ctx.text, i);
  const n = ctx.lex.en.numberWords[ctx.text.slice(i, e).toLowerCase()];
  if (n !== undefined) return unitPhrase(ctx, i, e, n);
  return null;
}

/** The span of a sub-part (early/mid/late) of a decade or century named by the word before `start`. */
function partBefore(
  ctx: ScanCtx,
  start: number,
  parts: Record<string, [number, number]>,
): { lo: number; hi: number; start: number } | null {
  const w = prevWord(ctx.text, start);
  if (!w) return null;
  const p = parts[w.word];
  if (!p) return null;
  const the = prevWord(ctx.text, w.start);
  return { lo: p[0], hi: p[1], start: the?.word === "the" ? the.start : w.start };
}

/** An English decade "1960s" / "'60s" starting at `start` (base year `y0`), with early/mid/late before it. */
export function englishDecade(ctx: ScanCtx, start: number, end: number, y0: number): Atom | null {
  const part = partBefore(ctx, start, ctx.lex.en.decadeParts);
  const lo = part ? part.lo : 0;
  const hi = part ? part.hi : 9;
  const s = spanOf({ y: y0 + lo }, { y: y0 + hi });
  return s ? { start: part ? part.start : start, end, ...s, kind: "decade" } : null;
}

/**
 * English forms after a number of 1–3 digits at [i, end): "19th century", "75th anniversary",
 * "13 November 2025", "the '60s", "two years ago".
 */
export function englishAfterNumber(ctx: ScanCtx, i: number, end: number, v: number): Scan | null {
  const text = ctx.text;
  let p = end;
  const suf = text.slice(end, end + 2).toLowerCase();
  const ordinal = (suf === "st" || suf === "nd" || suf === "rd" || suf === "th") && !isAlnum(text.charCodeAt(end + 2));
  if (ordinal) p = end + 2;
  const q = skipSpaces(text, p);
  const wEnd = wordEnd(text, q);
  const word = text.slice(q, wEnd).toLowerCase();
  if (ordinal && word === "century" && v >= 1 && v <= 21) {
    const base = (v - 1) * 100;
    const part = partBefore(ctx, i, ctx.lex.en.centuryParts);
    const s = spanOf({ y: base + (part ? part.lo : 0) }, { y: base + (part ? part.hi : 99) });
    const atom: Atom | null = s ? { start: part ? part.start : i, end: wEnd, ...s, kind: "century" } : null;
    if (atom && !part) atom.century = base;
    return { atom, end: wEnd };
  }
  if (ordinal && word === "anniversary") {
    if (!ctx.pub || !inYearRange(ctx.pub.y - v)) return { atom: null, end: wEnd };
    return {
      atom: { start: i, end: wEnd, from: ys(ctx.pub.y - v), to: null, kind: "anniversary", fixed: true },
      end: wEnd,
    };
  }
  if (v >= 1 && v <= 31 && q > p) {
    const mo = monthAt(ctx, q);
    if (mo) return monthDate(ctx, i, mo.end, mo.m, v);
  }
  if (ordinal) return null;
  // the '60s, the 60s
  if (text[end] === "s" && !isAlnum(text.charCodeAt(end + 1)) && v % 10 === 0 && v < 100 && end - i === 2) {
    const apos = text[i - 1] === "'" || text[i - 1] === "’";
    if (apos || prevWord(text, i)?.word === "the") {
      const atom = englishDecade(ctx, apos ? i - 1 : i, end + 1, v === 0 ? 2000 : 1900 + v);
      return { atom, end: end + 1 };
    }
  }
  return unitPhrase(ctx, i, end, v);
}

/** The kind of English word introducing a date before `start` ("since", "from", "between" …). */
export type EnglishPrefix = "since" | "from" | "between" | "until" | "before" | "after" | "point";

/** English preposition before a date (looking past "the"): its kind and where it starts. */
export function englishPrefix(ctx: ScanCtx, start: number): { type: EnglishPrefix; start: number } | null {
  const text = ctx.text;
  const w = prevWordPastThe(text, start);
  if (!w) return null;
  const pre = ctx.lex.en.prefixes;
  if (w.word === "to") {
    const p2 = prevWord(text, w.start);
    if (p2 && p2.word === "prior") return { type: "before", start: p2.start };
    return null;
  }
  for (const type of ["since", "from", "between", "until", "before", "after"] as const) {
    if (pre[type].includes(w.word)) return { type, start: w.start };
  }
  if (w.word === "in" || w.word === "during" || w.word === "on" || w.word === "by") return { type: "point", start };
  return null;
}

/** True when text between two dates is an English connector ("to", "until", "-", "and" after "between"). */
export function englishConnector(ctx: ScanCtx, a: number, b: number, between: boolean): boolean {
  if (b - a > 14) return false;
  let mid = ctx.text.slice(a, b).trim().toLowerCase();
  if (mid.endsWith(" the")) mid = mid.slice(0, -4).trim();
  if (mid.length === 0 || mid.length > 8) return false;
  if (mid === "and") return between;
  return ctx.lex.en.connectors.includes(mid);
}

/** "onwards" after a date: its end, or -1. */
export function englishSinceSuffix(ctx: ScanCtx, end: number): number {
  const q = skipSpaces(ctx.text, end);
  const e = wordEnd(ctx.text, q);
  return e > q && ctx.lex.en.sinceSuffix.includes(ctx.text.slice(q, e).toLowerCase()) ? e : -1;
}
