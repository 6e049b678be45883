/**
 * Claims per year, per relation, for the timeline. A claim counts in every year its own span
 * covers (a claim with only a start counts in its start year); a claim with no date of its own
 * uses its edge's span; claims with no date at all are counted apart as `undated`.
 *
 * @example
 * const h = binClaims(full);
 * h.byRelation[RELATIONS.indexOf("ally")][1896 - h.from];
 */
import { RELATIONS, type Relation } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";
import { yearOf } from "./dates";

export interface Histogram {
  /** Inclusive year range; arrays have `to - from + 1` bins. */
  from: number;
  to: number;
  /** Indexed like RELATIONS. */
  byRelation: Uint32Array[];
  undated: number;
}

/** Longest span a single claim may spread over (guards against "1000–2025" typos). */
const MAX_SPAN_YEARS = 200;

/** Year range a claim covers, or null when undated. */
export function claimYears(
  start: string | null,
  end: string | null,
  fallbackStart: string | null = null,
  fallbackEnd: string | null = null,
): [number, number] | null {
  let ys = yearOf(start);
  let ye = yearOf(end);
  if (ys === null && ye === null) {
    ys = yearOf(fallbackStart);
    ye = yearOf(fallbackEnd);
  }
  if (ys === null && ye === null) return null;
  if (ys === null) return [ye!, ye!];
  if (ye === null || ye < ys) return [ys, ys];
  return [ys, Math.min(ye, ys + MAX_SPAN_YEARS)];
}

/** Bins every asserted claim of the graph by year and relation over the graph's year domain. */
export function binClaims(full: FullGraph): Histogram {
  const [from, to] = full.yearDomain;
  const bins = to - from + 1;
  const byRelation = RELATIONS.map(() => new Uint32Array(bins));
  let undated = 0;
  const { attrs, relation } = full.edges;
  for (let e = 0; e < attrs.length; e++) {
    const a = attrs[e];
    const row = byRelation[relation[e]];
    for (const c of a.claims) {
      const span = claimYears(c.start, c.end, a.start, a.end);
      if (!span) {
        undated++;
        continue;
      }
      const lo = Math.max(span[0], from);
      const hi = Math.min(span[1], to);
      for (let y = lo; y <= hi; y++) row[y - from]++;
    }
  }
  return { from, to, byRelation, undated };
}

/** Per-year totals over the given relations, and the largest bin (for a stable y scale). */
export function stackTotals(h: Histogram, relations: readonly Relation[]): { totals: Uint32Array; max: number } {
  const totals = new Uint32Array(h.to - h.from + 1);
  for (const r of relations) {
    const row = h.byRelation[RELATIONS.indexOf(r)];
    for (let i = 0; i < totals.length; i++) totals[i] += row[i];
  }
  let max = 0;
  for (let i = 0; i < totals.length; i++) if (totals[i] > max) max = totals[i];
  return { totals, max };
}

/** The same histogram over a narrower inclusive range (bins are views, not copies). */
export function sliceHistogram(h: Histogram, from: number, to: number): Histogram {
  const lo = Math.max(from, h.from);
  const hi = Math.min(to, h.to);
  if (lo === h.from && hi === h.to) return h;
  const byRelation = h.byRelation.map((row) => row.subarray(lo - h.from, hi - h.from + 1));
  return { from: lo, to: hi, byRelation, undated: h.undated };
}

/**
 * The years where the claims are: the `lo` and `hi` quantiles of claim-years over every relation
 * (a claim counts once per year it covers), or null when no claim is dated.
 */
export function claimYearRange(h: Histogram, lo = 0.01, hi = 0.99): [number, number] | null {
  const { totals } = stackTotals(h, RELATIONS);
  let sum = 0;
  for (let i = 0; i < totals.length; i++) sum += totals[i];
  if (sum === 0) return null;
  let acc = 0;
  let a = -1;
  let b = -1;
  for (let i = 0; i < totals.length; i++) {
    acc += totals[i];
    if (a < 0 && acc > lo * sum) a = i;
    if (b < 0 && acc >= hi * sum) b = i;
  }
  return [h.from + a, h.from + Math.max(a, b)];
}
