/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as fractional years, so the era filter compares
 * numbers instead of strings. A start maps to the first instant it names, an end to the first
 * instant after it (exclusive), so `"1896"…"1896"` covers the whole of 1896.
 *
 * @example
 * dateStart("1896-07") // 1896.5
 * dateEnd("1896")      // 1897
 */
import type { PartialDate } from "../../extract/schema/graph";

const DAYS_PER_YEAR = 366;

function parts(d: string): [number, number | null, number | null] {
  const [y, m, day] = d.split("-");
  return [Number(y), m === undefined ? null : Number(m), day === undefined ? null : Number(day)];
}

/** First instant named by a partial date, as a fractional year; `-Infinity` when `d` is null (open start). */
export function dateStart(d: PartialDate | null | undefined): number {
  if (!d) return -Infinity;
  const [y, m, day] = parts(d);
  if (m === null) return y;
  if (day === null) return y + (m - 1) / 12;
  return y + (m - 1) / 12 + (day - 1) / DAYS_PER_YEAR;
}

/** First instant after a partial date (exclusive end), as a fractional year; `+Infinity` when `d` is null. */
export function dateEnd(d: PartialDate | null | undefined): number {
  if (!d) return Infinity;
  const [y, m, day] = parts(d);
  if (m === null) return y + 1;
  if (day === null) return y + m / 12;
  return y + (m - 1) / 12 + day / DAYS_PER_YEAR;
}

/** The calendar year of a partial date, or null. */
export function yearOf(d: PartialDate | null | undefined): number | null {
  return d ? Number(d.slice(0, 4)) : null;
}

/**
 * Numeric span of a dated item: [start, end) in fractional years. An end before its start is read as
 * a point at the start (bad data must not make an item invisible everywhere).
 */
export function numericSpan(start: PartialDate | null, end: PartialDate | null): [number, number] {
  const s = dateStart(start);
  let e = dateEnd(end);
  if (e <= s) e = dateEnd(start);
  return [s, e];
}

/** True when [start, end) overlaps the inclusive year range [from, to]. */
export function overlapsYears(start: number, end: number, from: number, to: number): boolean {
  return start < to + 1 && end > from;
}

/** Human span: "1896", "1896 – 1900", "2014 – open", "open – 1945", "undated". */
export function formatSpan(start: PartialDate | null, end: PartialDate | null): string {
  if (!start && !end) return "undated";
  if (start && end && start === end) return start;
  return `${start ?? "open"} – ${end ?? "open"}`;
}
