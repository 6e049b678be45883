/** Counts of an evaluation and the precision, recall and F1 they give. */
import { STATE_RELATIONS, type StateRelation } from "../schema/graph";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** True positives, false positives and false negatives of one relation type. */
export interface RawCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Raw counts per state relation; a gold entry is credited to the relation of the tuple that met it, else its first `rel`. */
export type RelationCounts = Record<StateRelation, RawCounts>;

/** Zeroed counts for every state relation. */
export function emptyRelationCounts(): RelationCounts {
  const out = {} as RelationCounts;
  for (const r of STATE_RELATIONS) out[r] = { tp: 0, fp: 0, fn: 0 };
  return out;
}

/** Precision, recall and F1 of raw counts (an empty side scores 1). */
export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
