import type { PartialDate } from "../schema/graph";
import { maxDate, minDate } from "../time/span";

interface Span {
  start: PartialDate | null;
  end: PartialDate | null;
}

/**
 * The span of an edge from its claims' spans. A claim open at one end ("since 2014": end null;
 * "ended in the 1960s": start null) opens the edge at that end; fully undated claims are ignored.
 */
export function mergeSpans(spans: Span[]): Span {
  const dated = spans.filter((s) => s.start !== null || s.end !== null);
  if (dated.length === 0) return { start: null, end: null };
  return dated
    .slice(1)
    .reduce<Span>((acc, s) => ({ start: minDate(acc.start, s.start, "start"), end: maxDate(acc.end, s.end, "end") }), {
      start: dated[0].start,
      end: dated[0].end,
    });
}
