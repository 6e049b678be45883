/**
 * Edge periods as text for the flat exports (GraphML data, CSV cells, GEXF attribute values): one
 * ISO 8601 interval per period, `start/end`, with `..` for an open side (ISO 8601-2), joined by `;`
 * (Neo4j's default array delimiter).
 *
 * @example periodsText([{ start: "1896", end: "1896", claims: 2 }, { start: "2014", end: null, claims: 1 }])
 * // "1896/1896;2014/.."
 */
import type { Period } from "../schema/graph";

/** One period as an ISO 8601 interval; `..` marks an open side. */
export function periodText(p: Period): string {
  return `${p.start ?? ".."}/${p.end ?? ".."}`;
}

/** Every period of an edge, `;`-joined; "" for an undated edge. */
export function periodsText(periods: Period[]): string {
  return periods.map(periodText).join(";");
}
