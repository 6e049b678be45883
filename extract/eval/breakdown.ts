/**
 * Breakdowns of an evaluation: per relation type (ally, partner, non-aligned, opposes) and per
 * source — the corpus folder or id prefix of each gold document (`cctv-xwlb/20240418.md` →
 * `cctv-xwlb`; with depth 2, `banned-news-2018/nsc418/n1.md` → `banned-news-2018/nsc418`).
 *
 * @example
 * const bySource = sourceBreakdown(report.documents, 1);
 */
import { STATE_RELATIONS, type StateRelation } from "../schema/graph";
import { counts, emptyRelationCounts, type Counts, type RelationCounts } from "./counts";
import type { DocumentScore } from "./score";

export interface SourceScore {
  source: string;
  documents: number;
  strict: Counts;
  loose: Counts;
}

/**
 * The source of a document id: its first `depth` folders; an id with no folder, the part before
 * its first `:` (`reuters:12` → `reuters`); else `.` (top level).
 */
export function sourceOf(file: string, depth = 1): string {
  const parts = file.split("/");
  if (parts.length > 1) return parts.slice(0, Math.min(depth, parts.length - 1)).join("/");
  const colon = file.indexOf(":");
  return colon > 0 ? file.slice(0, colon) : ".";
}

function add(into: RelationCounts, from: RelationCounts): void {
  for (const r of STATE_RELATIONS) {
    into[r].tp += from[r].tp;
    into[r].fp += from[r].fp;
    into[r].fn += from[r].fn;
  }
}

/** Micro-averaged precision, recall and F1 per relation type over some documents. */
export function relationBreakdown(
  docs: readonly DocumentScore[],
  which: "strict" | "loose",
): Record<StateRelation, Counts> {
  const sum = emptyRelationCounts();
  for (const d of docs) add(sum, d.relations[which]);
  const out = {} as Record<StateRelation, Counts>;
  for (const r of STATE_RELATIONS) out[r] = counts(sum[r].tp, sum[r].fp, sum[r].fn);
  return out;
}

function total(docs: readonly DocumentScore[], which: "strict" | "loose"): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of docs) {
    tp += d[which].tp;
    fp += d[which].fp;
    fn += d[which].fn;
  }
  return counts(tp, fp, fn);
}

/** Micro-averaged scores per source, sorted by source name. */
export function sourceBreakdown(docs: readonly DocumentScore[], depth = 1): SourceScore[] {
  const groups = new Map<string, DocumentScore[]>();
  for (const d of docs) {
    const s = sourceOf(d.file, depth);
    const list = groups.get(s);
    if (list) list.push(d);
    else groups.set(s, [d]);
  }
  return [...groups.keys()].sort().map((source) => {
    const list = groups.get(source) ?? [];
    return { source, documents: list.length, strict: total(list, "strict"), loose: total(list, "loose") };
  });
}
