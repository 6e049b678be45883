/**
 * An edge's periods: its claims' times merged into disjoint intervals, sorted by start. The edge
 * `start`/`end` is only their hull; the periods say when the claims place the relation (a claim for
 * 1896 and one for the 1960s are two periods, not an alliance from 1896 to 1969).
 *
 * One claim's interval:
 * - no time (start and end null): no interval; an edge whose claims have none has no periods;
 * - an open end ("since 2014") is bounded by the document's publication date, unless the claim is
 *   `future` (the sentence says the relation goes on);
 * - an open start ("ended in the 1960s": null–1969) starts at its end: the sentence dates the end,
 *   not the beginning; a `future` claim with an open start ("by 2030") starts at publication;
 * - a time after publication that is not `future` is bounded by the publication date.
 *
 * Merging: intervals that overlap or whose years are adjacent merge (MERGE_GAP_YEARS: the next
 * starts at most one calendar year after the current ends: 2021-12 and 2022-03 merge, 2015 and 2017
 * do not).
 *
 * @example
 * edgePeriods([{ doc: "a", start: "1896", end: "1896" }, { doc: "a", start: null, end: "1969" }], () => "2021")
 * // [{ start: "1896", end: "1896", claims: 1 }, { start: "1969", end: "1969", claims: 1 }]
 */
import type { PartialDate } from "../schema/graph";
import { isAfter } from "../time/future";
import { dateBound, maxDate, minDate, overlaps, type DateLike } from "../time/span";

/** One interval of an edge's time, with the number of claims in it. null = open on that side. */
export interface Period {
  start: PartialDate | null;
  end: PartialDate | null;
  claims: number;
}

/** What a claim contributes: its time, its document and whether it is a future claim. */
export interface TimedClaim {
  doc: string;
  start: PartialDate | null;
  end: PartialDate | null;
  future?: boolean;
}

/** Intervals merge when the next starts at most this many calendar years after the current ends. */
export const MERGE_GAP_YEARS = 1;

interface Interval {
  start: PartialDate | null;
  end: PartialDate | null;
}

/** The interval one claim supports (see the module comment), or null when it has no time. */
export function claimInterval(c: TimedClaim, published: PartialDate | null): Interval | null {
  if (c.start === null && c.end === null) return null;
  let { start, end } = c;
  if (published !== null) {
    if (c.future) {
      start ??= published;
    } else {
      if (end === null || isAfter(end, published)) end = published;
      if (start !== null && isAfter(start, published)) start = published;
    }
  }
  start ??= end;
  return { start, end };
}

const yearOf = (d: PartialDate | null, edge: "start" | "end"): number =>
  d === null ? (edge === "start" ? -Infinity : Infinity) : Number(d.slice(0, 4));

function compareIntervals(a: Interval, b: Interval): number {
  return dateBound(a.start, "start") - dateBound(b.start, "start") || dateBound(a.end, "end") - dateBound(b.end, "end");
}

/**
 * The periods of an edge from its claims; `publishedOf(doc)` gives a document's publication date
 * (null when unknown). Sorted by start, disjoint, each with its number of claims.
 */
export function edgePeriods(claims: TimedClaim[], publishedOf: (doc: string) => PartialDate | null): Period[] {
  const intervals: Interval[] = [];
  for (const c of claims) {
    const iv = claimInterval(c, publishedOf(c.doc));
    if (iv) intervals.push(iv);
  }
  intervals.sort(compareIntervals);
  const periods: Period[] = [];
  for (const iv of intervals) {
    const cur = periods[periods.length - 1];
    if (cur && yearOf(iv.start, "start") <= yearOf(cur.end, "end") + MERGE_GAP_YEARS) {
      cur.start = minDate(cur.start, iv.start, "start");
      cur.end = maxDate(cur.end, iv.end, "end");
      cur.claims++;
    } else {
      periods.push({ start: iv.start, end: iv.end, claims: 1 });
    }
  }
  return periods;
}

/** `publishedOf` for edgePeriods from a graph's documents. */
export function publishedLookup(
  documents: { id: string; published: PartialDate | null }[],
): (doc: string) => PartialDate | null {
  const byId = new Map(documents.map((d) => [d.id, d.published]));
  return (doc) => byId.get(doc) ?? null;
}

/** The hull of the periods (the edge's `start`/`end`); both null when there are none. */
export function periodsHull(periods: Period[]): Interval {
  if (periods.length === 0) return { start: null, end: null };
  return periods.reduce<Interval>(
    (acc, p) => ({ start: minDate(acc.start, p.start, "start"), end: maxDate(acc.end, p.end, "end") }),
    {
      start: periods[0].start,
      end: periods[0].end,
    },
  );
}

/** True when any period shares a day with the span (an era); false for an edge with no periods. */
export function periodsOverlap(periods: Period[], span: { start: DateLike; end: DateLike }): boolean {
  return periods.some((p) => overlaps(p, span));
}
