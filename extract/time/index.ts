/**
 * The time model: finding time expressions (Chinese and English), dating a clause, and comparing spans.
 */
export { clauseAround, clauseTime, clauseTimer, findEndingMarker, sentenceTime } from "./clause";
export type { ClauseTimeOptions, EndingMarker, SentenceTimeOptions } from "./clause";
export { findTimes } from "./find";
export { parseChineseNumber, readNumber } from "./numerals";
export { compareDates, dateBound, dateToYearFraction, maxDate, minDate, overlaps, unionSpan } from "./span";
export type { DateLike, Edge, Span } from "./span";
export type { TimeExpression, TimeKind, TimeRef } from "./types";
