/**
 * Building blocks shared by the Chinese and English scanners: the atom a scanner emits, and the
 * resolution of year-less and relative dates against the publication date.
 */
import type { PartialDate } from "../schema/graph";
import { addMonths, dayNumber, daysInMonth, formatDate, fromDayNumber, lastDay, weekday, type DateParts } from "./date";
import type { TimeLexicon } from "./lexicon";
import type { TimeKind } from "./types";

/** Years outside this range are never dates. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;
/** A month/day without a year may lie this many days after publication before it is read as last year's. */
export const FEW_DAYS = 3;

/** A dated piece of text before prefixes, suffixes and connectors are applied. */
export interface Atom {
  start: number;
  end: number;
  from: PartialDate | null;
  to: PartialDate | null;
  kind: TimeKind;
  /** For event names: the event's own span, used by 爆发后 / 结束后 / 以前. */
  event?: { from: PartialDate; to: PartialDate | null };
  /** An event name with nothing around it yet. */
  bare?: boolean;
  /** A month and/or day written without a year (so a range may lend it the year of its first half). */
  yearless?: { m?: number; d?: number };
  /** For a century: its first year (1900 for 20世纪), so a following 60年代 can attach. */
  century?: number;
  /** Complete on its own (过去两年来, 三年前): prefixes and suffixes do not apply. */
  fixed?: boolean;
}

/** What a scanner produced at a position: an atom, or just text it consumed without a date. */
export interface Scan {
  atom: Atom | null;
  end: number;
}

/** Scanner state: the text, the publication date and the atoms so far. */
export interface ScanCtx {
  text: string;
  pub: DateParts | null;
  atoms: Atom[];
  lex: TimeLexicon;
}

/** True for years that may be dates (1000–2100). */
export function inYearRange(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** YYYY */
export function ys(y: number): PartialDate {
  return formatDate({ y }) as PartialDate;
}

/** A span from parts; null when a part is invalid. */
export function spanOf(from: DateParts, to: DateParts = from): { from: PartialDate; to: PartialDate } | null {
  const f = formatDate(from);
  const t = formatDate(to);
  return f && t ? { from: f, to: t } : null;
}

/** True when text[0, i) ends with `s` (ignoring nothing). */
export function endsWithAt(text: string, i: number, s: string): boolean {
  return i >= s.length && text.startsWith(s, i - s.length);
}

/** The first of `words` that text[0, i) ends with, or null. */
export function endingWord(text: string, i: number, words: string[]): string | null {
  for (const w of words) if (endsWithAt(text, i, w)) return w;
  return null;
}

/** The first of `words` that text starts with at i, or null. */
export function startingWord(text: string, i: number, words: string[]): string | null {
  for (const w of words) if (text.startsWith(w, i)) return w;
  return null;
}

/** Skips spaces and tabs (not line breaks). */
export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\u3000" || text[j] === "\u00a0")) j++;
  return j;
}

/** Moves back over spaces and tabs before i. */
export function skipSpacesBack(text: string, i: number): number {
  let j = i;
  while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\t" || text[j - 1] === "\u3000" || text[j - 1] === "\u00a0"))
    j--;
  return j;
}

/** True when a future cue (将于, 计划在 …) stands right before position i. */
function futureBefore(ctx: ScanCtx, i: number): boolean {
  return endingWord(ctx.text, skipSpacesBack(ctx.text, i), ctx.lex.markers.futureCues) !== null;
}

/**
 * A month (and day) written without a year takes the publication year, or the year before when it
 * would fall more than a few days after publication (unless a future cue such as 将于 precedes it).
 */
export function resolveYearless(
  ctx: ScanCtx,
  m: number,
  d: number | undefined,
  at: number,
): { from: PartialDate; to: PartialDate } | null {
  const pub = ctx.pub;
  if (!pub) return null;
  let y = pub.y;
  if (pub.m !== undefined && !futureBefore(ctx, at)) {
    const cand = dayNumber(y, m, Math.min(d ?? 1, daysInMonth(y, m)));
    const pubEnd = pub.d !== undefined ? dayNumber(pub.y, pub.m, pub.d) : lastDay({ y: pub.y, m: pub.m });
    if (cand > pubEnd + FEW_DAYS) y -= 1;
  }
  if (d !== undefined && d > daysInMonth(y, m)) return null;
  return spanOf({ y, m, d });
}

/** A day of the month written alone (13日) takes the publication month, or the month before. */
export function resolveBareDay(ctx: ScanCtx, d: number, at: number): { from: PartialDate; to: PartialDate } | null {
  const pub = ctx.pub;
  if (!pub || pub.m === undefined) return null;
  let { y, m } = { y: pub.y, m: pub.m };
  if (pub.d !== undefined && d > pub.d + FEW_DAYS && !futureBefore(ctx, at)) ({ y, m } = addMonths(y, m, -1));
  if (d > daysInMonth(y, m)) return null;
  return spanOf({ y, m, d });
}

/** The publication date widened to its own precision, stepped `dir` units of that precision. */
function pubStep(pub: DateParts, dir: number): DateParts {
  if (pub.d !== undefined && pub.m !== undefined) return fromDayNumber(dayNumber(pub.y, pub.m, pub.d) + dir);
  if (pub.m !== undefined) return addMonths(pub.y, pub.m, dir);
  return { y: pub.y + dir };
}

/** When the publication date is coarser than the unit: the publication date, widened one step towards `offset`. */
function coarse(pub: DateParts, offset: number): { from: PartialDate; to: PartialDate } | null {
  if (offset === 0) return spanOf(pub);
  return offset < 0 ? spanOf(pubStep(pub, -1), pub) : spanOf(pub, pubStep(pub, 1));
}

/** 今年 / 上个月 / 本周 / 昨天 … resolved against the publication date. */
export function resolveRelative(
  pub: DateParts,
  unit: "year" | "month" | "week" | "day",
  offset: number,
): { from: PartialDate; to: PartialDate } | null {
  if (unit === "year") return spanOf({ y: pub.y + offset });
  if (pub.m === undefined) return coarse({ y: pub.y }, offset);
  if (unit === "month") return spanOf(addMonths(pub.y, pub.m, offset));
  if (pub.d === undefined) return coarse({ y: pub.y, m: pub.m }, offset);
  const today = dayNumber(pub.y, pub.m, pub.d);
  if (unit === "day") return spanOf(fromDayNumber(today + offset));
  const monday = today - weekday(pub.y, pub.m, pub.d) + 7 * offset;
  return spanOf(fromDayNumber(monday), fromDayNumber(monday + 6));
}

/** N years / months / weeks / days before publication. */
export function resolveAgo(
  pub: DateParts,
  unit: "year" | "month" | "week" | "day",
  n: number,
): { from: PartialDate; to: PartialDate } | null {
  if (unit === "year") return inYearRange(pub.y - n) ? spanOf({ y: pub.y - n }) : null;
  if (unit === "month") {
    if (pub.m === undefined) return spanOf({ y: pub.y - Math.ceil(n / 12) }, { y: pub.y - Math.floor(n / 12) });
    return spanOf(addMonths(pub.y, pub.m, -n));
  }
  const days = unit === "week" ? 7 * n : n;
  if (pub.m !== undefined && pub.d !== undefined) return spanOf(fromDayNumber(dayNumber(pub.y, pub.m, pub.d) - days));
  const months = Math.floor(days / 30);
  if (pub.m !== undefined) return spanOf(addMonths(pub.y, pub.m, -months - 1), addMonths(pub.y, pub.m, -months));
  return spanOf({ y: pub.y - Math.ceil(days / 365) }, { y: pub.y });
}

/** The last `years` years up to publication (近年来, 过去两年来). */
export function resolveRecent(pub: DateParts, years: number): { from: PartialDate; to: PartialDate } | null {
  if (!inYearRange(pub.y - years)) return null;
  return spanOf({ y: pub.y - years }, { y: pub.y });
}
