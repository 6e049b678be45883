/**
 * Types of the time model: what a time expression in a text resolves to.
 */
import type { PartialDate } from "../schema/graph";

/** What relative expressions are resolved against. */
export interface TimeRef {
  /** The document's publication date (YYYY, YYYY-MM or YYYY-MM-DD), or null when unknown. */
  published: PartialDate | null;
}

/** The form of a time expression. */
export type TimeKind =
  "point" | "since" | "until" | "decade" | "century" | "range" | "anniversary" | "relative" | "era";

/** A time expression found in a text, resolved to a span. */
export interface TimeExpression {
  /** [start, end) offsets in the searched text. */
  start: number;
  end: number;
  /** First date covered; null = open (no lower bound). */
  from: PartialDate | null;
  /** Last date covered; null = open (still going on). */
  to: PartialDate | null;
  kind: TimeKind;
  /** text.slice(start, end) */
  text: string;
  /**
   * A bare event name with no temporal marker (冷战, 俄乌冲突 as the subject): it may name the topic
   * rather than date the clause, so it counts only when nothing better is there.
   */
  bare?: boolean;
}
