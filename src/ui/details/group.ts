/**
 * A node's relations grouped by type, then by period (era preset, or decade between presets),
 * ordered by time. Pure, so the panel stays a thin view.
 *
 * @example
 * groupRelations(full, full.nodes.index.get("country:RUS")!)[0].relation // "ally"
 */
import { RELATIONS, type Relation } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { formatSpan, yearOf } from "../../time/dates";
import { presetForYear } from "../../time/eras";

export interface RelationRow {
  edge: number;
  other: number;
  /** The node is the edge's source. */
  outgoing: boolean;
  span: string;
  claims: number;
}

export interface PeriodGroup {
  period: string;
  rows: RelationRow[];
}

export interface RelationGroup {
  relation: Relation;
  count: number;
  periods: PeriodGroup[];
}

/** Period label for a year: the era preset containing it, its decade otherwise, or "Undated". */
export function periodOf(year: number | null): string {
  if (year === null) return "Undated";
  const p = presetForYear(year);
  return p ? `${p.label} (${p.from}–${p.to})` : `${Math.floor(year / 10) * 10}s`;
}

export function groupRelations(full: FullGraph, node: number): RelationGroup[] {
  const e = full.edges;
  const byRel = new Map<Relation, { year: number; row: RelationRow }[]>();
  for (let i = 0; i < e.keys.length; i++) {
    const s = e.source[i];
    const t = e.target[i];
    if (s !== node && t !== node) continue;
    const a = e.attrs[i];
    const year = yearOf(a.start) ?? yearOf(a.end);
    const list = byRel.get(a.relation) ?? [];
    list.push({
      year: year ?? Infinity,
      row: {
        edge: i,
        other: s === node ? t : s,
        outgoing: s === node,
        span: formatSpan(a.start, a.end),
        claims: a.claims.length,
      },
    });
    byRel.set(a.relation, list);
  }
  return RELATIONS.filter((r) => byRel.has(r)).map((relation) => {
    const list = byRel.get(relation)!.sort((a, b) => a.year - b.year || a.row.edge - b.row.edge);
    const periods: PeriodGroup[] = [];
    for (const { year, row } of list) {
      const period = periodOf(Number.isFinite(year) ? year : null);
      const last = periods[periods.length - 1];
      if (last && last.period === period) last.rows.push(row);
      else periods.push({ period, rows: [row] });
    }
    return { relation, count: list.length, periods };
  });
}
