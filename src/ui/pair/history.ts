/**
 * A pair's history: for two states, one row per relation between them with its claims per year and
 * its periods. Pure; one pass over the edges.
 *
 * @example
 * const h = pairHistory(full, rus, chn);
 * h.rows.find((r) => r.relation === "ally")!.periods // [{ start: null, end: "1969", claims: 3 }, …]
 */
import { STATE_RELATIONS, type StateRelation } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { claimYears } from "../../time/histogram";
import { edgePeriods, type Period } from "../../time/periods";

export interface PairRow {
  relation: StateRelation;
  edges: number[];
  /** Claims per year (a claim counts in each year its own span covers). */
  years: Map<number, number>;
  periods: Period[];
  claims: number;
  undated: number;
}

export interface PairHistory {
  nodes: [number, number];
  rows: PairRow[];
  /** Inclusive year range of the claims and the periods' dated ends, or null when none is dated. */
  range: [number, number] | null;
}

/** The pair's node indices from a `<key>|<key>` selection, or null when either is not in the graph. */
export function pairNodes(full: FullGraph, key: string): [number, number] | null {
  const [a, b] = key.split("|").map((k) => full.nodes.index.get(k));
  return a === undefined || b === undefined || a === b ? null : [a, b];
}

/** Longest span one claim may spread over in the pair timeline (as in the main histogram). */
const MAX_YEARS = 200;

export function pairHistory(full: FullGraph, a: number, b: number): PairHistory {
  const e = full.edges;
  const rows = new Map<StateRelation, PairRow>();
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < e.keys.length; i++) {
    const s = e.source[i];
    const t = e.target[i];
    if (!((s === a && t === b) || (s === b && t === a))) continue;
    const relation = e.attrs[i].relation as StateRelation;
    if (!STATE_RELATIONS.includes(relation)) continue;
    let row = rows.get(relation);
    if (!row) rows.set(relation, (row = { relation, edges: [], years: new Map(), periods: [], claims: 0, undated: 0 }));
    row.edges.push(i);
    for (const c of e.attrs[i].claims) {
      row.claims++;
      const span = claimYears(c.start, c.end);
      if (!span) {
        row.undated++;
        continue;
      }
      const [y0, y1] = [span[0], Math.min(span[1], span[0] + MAX_YEARS)];
      for (let y = y0; y <= y1; y++) row.years.set(y, (row.years.get(y) ?? 0) + 1);
      lo = Math.min(lo, y0);
      hi = Math.max(hi, y1);
    }
    for (const p of edgePeriods(e.attrs[i])) {
      row.periods.push(p);
      for (const d of [p.start, p.end]) {
        if (!d) continue;
        const y = Number(d.slice(0, 4));
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
    }
  }
  return {
    nodes: [a, b],
    rows: STATE_RELATIONS.filter((r) => rows.has(r)).map((r) => rows.get(r)!),
    range: lo <= hi ? [lo, hi] : null,
  };
}
