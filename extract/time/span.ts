/**
 * Comparing and combining time spans made of partial dates, as used by graph merge, eval and the
 * viewer's era filter. A PartialDate covers every day it names ("2024" = 2024-01-01..2024-12-31);
 * a null start is −∞ and a null end is +∞ (open).
 */
import type { PartialDate } from "../schema/graph";
import { dayNumber, firstDay, fromDayNumber, isLeapYear, lastDay, parsePartialDate } from "./date";

/** A partial date, a bare year number (as in the gold `years`), or null (open). */
export type DateLike = PartialDate | number | null | undefined;

/** Which edge of a partial date counts: its first day or its last day. */
export type Edge = "start" | "end";

/** A time span; null ends are open. */
export interface Span {
  start: DateLike;
  end: DateLike;
}

/**
 * The day number (days since 1970-01-01) of one edge of a date: "2024" → 2024-01-01 as a start,
 * 2024-12-31 as an end. null is −∞ as a start and +∞ as an end. Throws on a malformed date.
 */
export function dateBound(d: DateLike, edge: Edge): number {
  if (d === null || d === undefined) return edge === "start" ? -Infinity : Infinity;
  const p = parsePartialDate(typeof d === "number" ? String(d).padStart(4, "0") : d);
  if (!p) throw new RangeError(`not a partial date: ${String(d)}`);
  return edge === "start" ? firstDay(p) : lastDay(p);
}

/**
 * Compares one edge of `a` with one edge of `b` (negative: a before b, 0: same day, positive: after).
 * `edgeB` defaults to `edgeA`, so compareDates("2024", "2024-03") compares their first days.
 */
export function compareDates(a: DateLike, b: DateLike, edgeA: Edge = "start", edgeB: Edge = edgeA): number {
  const x = dateBound(a, edgeA);
  const y = dateBound(b, edgeB);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** The coarser of two dates whose compared edges coincide, so the result does not depend on order. */
function tieBreak(a: PartialDate, b: PartialDate): PartialDate {
  return a.length !== b.length ? (a.length < b.length ? a : b) : a < b ? a : b;
}

/**
 * The earlier of two dates by the given edge. With edge "start" (default) null is −∞ and wins; with
 * "end" null is +∞ and loses.
 */
export function minDate(a: PartialDate | null, b: PartialDate | null, edge: Edge = "start"): PartialDate | null {
  if (a === null || b === null) return edge === "start" ? null : (a ?? b);
  const c = compareDates(a, b, edge);
  return c === 0 ? tieBreak(a, b) : c < 0 ? a : b;
}

/**
 * The later of two dates by the given edge. With edge "end" (default) null is +∞ and wins; with
 * "start" null is −∞ and loses.
 */
export function maxDate(a: PartialDate | null, b: PartialDate | null, edge: Edge = "end"): PartialDate | null {
  if (a === null || b === null) return edge === "end" ? null : (a ?? b);
  const c = compareDates(a, b, edge);
  return c === 0 ? tieBreak(a, b) : c > 0 ? a : b;
}

/** True when the spans share at least one day (open ends reach to ±∞). */
export function overlaps(a: Span, b: Span): boolean {
  return (
    dateBound(a.start, "start") <= dateBound(b.end, "end") && dateBound(b.start, "start") <= dateBound(a.end, "end")
  );
}

/** The smallest span covering both (earliest start, latest end; open ends stay open). */
export function unionSpan(
  a: { start: PartialDate | null; end: PartialDate | null },
  b: { start: PartialDate | null; end: PartialDate | null },
): { start: PartialDate | null; end: PartialDate | null } {
  return { start: minDate(a.start, b.start, "start"), end: maxDate(a.end, b.end, "end") };
}

/**
 * A date as a fractional year for a timeline axis: the start edge is the beginning of its first day,
 * the end edge the end of its last day ("2024" → 2024.0 as a start, 2025.0 as an end;
 * "2024-07" → ≈2024.497 as a start).
 */
export function dateToYearFraction(d: PartialDate, edge: Edge): number {
  const p = parsePartialDate(d);
  if (!p) throw new RangeError(`not a partial date: ${d}`);
  const day = edge === "start" ? firstDay(p) : lastDay(p) + 1;
  const { y } = fromDayNumber(day);
  return y + (day - dayNumber(y, 1, 1)) / (isLeapYear(y) ? 366 : 365);
}
