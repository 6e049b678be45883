/**
 * Narrative time. A page that tells history — its lead (title and first paragraphs) states a time
 * well before its publication, every time it states lies that far back, and it says nothing relative
 * to "now" (今年, 近年来, 目前, 17周年) — is about the time of its story: a sentence there that
 * states no time of its own belongs to the time the story is in, not to the day the page was
 * published. Such a sentence takes the nearest closed time stated before it
 * in the document (the first one when none precedes it). On any other page (news, commentary) an
 * undated sentence keeps the publication date.
 *
 * Which pages count as history is data: `narrative` in extract/data/time.json (how many years
 * back, how many paragraphs make the lead).
 *
 * @example
 * const at = narrativeTimer(doc.norm, { published: "2026-01-21" });
 * at(420); // { start: "1896", end: "1896", source: "text" } on a page about the 1896 treaty
 */
import zh from "../data/time.json";
import type { ClaimTime, ExtractedClaim } from "../types";
import { findTimesUntil } from "./find";
import type { TimeExpression, TimeRef } from "./types";

const HISTORY_YEARS: number = zh.narrative.historyYears;
const LEAD_PARAGRAPHS: number = zh.narrative.leadParagraphs;

/** Offset where the paragraph after the lead starts (the whole text when it is shorter). */
export function leadEnd(text: string): number {
  let at = -1;
  for (let i = 0; i < LEAD_PARAGRAPHS; i++) {
    at = text.indexOf("\n", at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

const yearOf = (d: string): number => Number(d.slice(0, 4));

/**
 * Reads a page's expressions one by one, in text order: `add` returns false as soon as the page
 * cannot tell history (a relative or recent time, or no closed time in the lead); `anchors` are
 * the closed, non-bare expressions so far.
 */
function anchorReader(
  ref: TimeRef,
  leadEnd: number,
): { anchors: TimeExpression[]; add: (e: TimeExpression) => boolean } {
  const limit = ref.published ? yearOf(ref.published) - HISTORY_YEARS : 0;
  const anchors: TimeExpression[] = [];
  const add = (e: TimeExpression): boolean => {
    if (e.bare) return true;
    if (e.kind === "relative" || e.kind === "anniversary") return false;
    const reach = e.to ?? e.from;
    if (reach === null || yearOf(reach) > limit) return false;
    if (e.from !== null && e.to !== null) {
      // the first anchor must lie in the lead
      if (anchors.length === 0 && e.start >= leadEnd) return false;
      anchors.push(e);
    }
    return true;
  };
  return { anchors, add };
}

/**
 * The closed, non-bare expressions of a page that tells history, or null for any other page.
 * `leadEnd`: where the page's lead ends (offset into the text the expressions come from).
 */
export function historicalAnchors(exprs: TimeExpression[], ref: TimeRef, leadEnd: number): TimeExpression[] | null {
  if (!ref.published) return null;
  const { anchors, add } = anchorReader(ref, leadEnd);
  for (const e of exprs) if (!add(e)) return null;
  return anchors.length > 0 ? anchors : null;
}

/**
 * For a page that tells history: the time an undated sentence starting at `offset` (into the same
 * text) is about. Null for any other page. The text is scanned only until it shows the page is
 * not history (on news, usually its first time expression: 今天, 1月1日).
 */
export function narrativeTimer(text: string, ref: TimeRef): ((offset: number) => ClaimTime) | null {
  if (!ref.published) return null;
  const { anchors, add } = anchorReader(ref, leadEnd(text));
  let history = true;
  findTimesUntil(text, ref, (e) => {
    history = add(e);
    return !history;
  });
  if (!history || anchors.length === 0) return null;
  return (offset) => {
    let best = anchors[0];
    for (const a of anchors) {
      if (a.start >= offset) break;
      best = a;
    }
    return { start: best.from, end: best.to, source: "text" };
  };
}

/**
 * Re-dates the claims of one document whose time fell back to the publication date, when the
 * document tells history. Other claims are returned as they are.
 */
export function withNarrativeTime(norm: string, ref: TimeRef, claims: ExtractedClaim[]): ExtractedClaim[] {
  if (!claims.some((c) => c.time.source === "document")) return claims;
  const at = narrativeTimer(norm, ref);
  if (!at) return claims;
  return claims.map((c) => (c.time.source === "document" ? { ...c, time: at(c.sentence.start) } : c));
}
