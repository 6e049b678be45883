/**
 * Calendar arithmetic on partial dates (YYYY, YYYY-MM, YYYY-MM-DD), proleptic Gregorian, no time zones.
 */
import type { PartialDate } from "../schema/graph";

/** A partial date split into numbers; `m`/`d` absent when not known. */
export interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Splits a PartialDate; null when malformed or out of range (month 13, 2023-02-30). */
export function parsePartialDate(s: string): DateParts | null {
  const m = PARTIAL.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { y };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { y, m: mo };
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Formats parts as a PartialDate; null when the year is outside 0–9999 or a field is invalid. */
export function formatDate(p: DateParts): PartialDate | null {
  if (!Number.isInteger(p.y) || p.y < 0 || p.y > 9999) return null;
  if (p.m === undefined) return pad(p.y, 4);
  if (p.m < 1 || p.m > 12) return null;
  if (p.d === undefined) return `${pad(p.y, 4)}-${pad(p.m, 2)}`;
  if (p.d < 1 || p.d > daysInMonth(p.y, p.m)) return null;
  return `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)}`;
}

/** True for Gregorian leap years. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a full date (Hinnant's days-from-civil; any year). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The full date of a day number (inverse of dayNumber). */
export function fromDayNumber(n: number): Required<DateParts> {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Adds `n` days to a full date. */
export function addDays(y: number, m: number, d: number, n: number): Required<DateParts> {
  return fromDayNumber(dayNumber(y, m, d) + n);
}

/** Adds `n` months to a year-month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekday(y: number, m: number, d: number): number {
  return (((dayNumber(y, m, d) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** First day (as a day number) covered by a partial date. */
export function firstDay(p: DateParts): number {
  return dayNumber(p.y, p.m ?? 1, p.d ?? 1);
}

/** Last day (as a day number) covered by a partial date. */
export function lastDay(p: DateParts): number {
  const m = p.m ?? 12;
  return dayNumber(p.y, m, p.d ?? daysInMonth(p.y, m));
}
