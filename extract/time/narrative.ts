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
import { findTimes } from "./find";
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
 * The closed, non-bare expressions of a page that tells history, or null for any other page.
 * `leadEnd`: where the page's lead ends (offset into the text the expressions come from).
 */
export function historicalAnchors(exprs: TimeExpression[], ref: TimeRef, leadEnd: number): TimeExpression[] | null {
  if (!ref.published) return null;
  const limit = yearOf(ref.published) - HISTORY_YEARS;
  const anchors: TimeExpression[] = [];
  for (const e of exprs) {
    if (e.bare) continue;
    if (e.kind === "relative" || e.kind === "anniversary") return null;
    const reach = e.to ?? e.from;
    if (reach === null || yearOf(reach) > limit) return null;
    if (e.from !== null && e.to !== null) anchors.push(e);
  }
  return anchors.length > 0 && anchors[0].start < leadEnd ? anchors : null;
}

/**
 * For a page that tells history: the time an undated sentence starting at `offset` (into the same
 * text) is about. Null for any other page.
 */
export function narrativeTimer(text: string, ref: TimeRef): ((offset: number) => ClaimTime) | null {
  const anchors = historicalAnchors(findTimes(text, ref), ref, leadEnd(text));
  if (!anchors) return null;
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
