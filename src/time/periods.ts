/**
 * An edge's periods: the disjoint, sorted intervals its claims' times merge into. Files that carry
 * `periods` on edges are read as they are; older files (an edge with only `start`/`end`, the hull
 * of its claims) fall back to one period spanning that hull. This is the only place that knows
 * which form a file has: when the contract gains `periods`, only this module changes.
 *
 * @example
 * edgePeriods({ relation: "ally", start: null, end: "2021", claims: [c1, c2] })
 * // [{ start: null, end: "2021", claims: 2 }]
 */
import { z } from "zod";
import { PartialDate, type EdgeAttributes } from "../../extract/schema/graph";
import { numericSpan } from "./dates";

export interface Period {
  start: PartialDate | null;
  end: PartialDate | null;
  claims: number;
}

const PeriodList = z.array(
  z.object({ start: PartialDate.nullable(), end: PartialDate.nullable(), claims: z.number().int().nonnegative() }),
);

/** The edge's periods (never empty): its own `periods` when it has a well-formed list, else its hull. */
export function edgePeriods(a: EdgeAttributes): Period[] {
  const raw: unknown = (a as { periods?: unknown }).periods;
  if (raw !== undefined) {
    const r = PeriodList.safeParse(raw);
    if (r.success && r.data.length > 0) return r.data;
  }
  return [{ start: a.start, end: a.end, claims: a.claims.length }];
}

/** True when the file's edges carry periods of their own (not the hull fallback). */
export function hasOwnPeriods(a: EdgeAttributes): boolean {
  return Array.isArray((a as { periods?: unknown }).periods);
}

/** A period with neither start nor end: the claims behind it have no time. */
export function isUndatedPeriod(p: Period): boolean {
  return p.start === null && p.end === null;
}

/** Numeric [start, end) spans of the dated periods, in fractional years (±Infinity when open). */
export function numericPeriods(periods: readonly Period[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of periods) if (!isUndatedPeriod(p)) out.push(numericSpan(p.start, p.end));
  return out;
}
