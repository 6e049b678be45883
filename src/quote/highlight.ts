/**
 * Splits a quote into plain and highlighted segments, marking where either endpoint's names occur.
 * Leftmost-longest; Latin names only match on word boundaries; one-character names (中, 俄) are
 * used only when none of that side's longer names occur. The result is rendered as React text.
 *
 * @example
 * highlightNames("俄国与中国结成同盟", [["俄国", "俄"], ["中国", "中"]])
 * // [{text:"俄国",side:0}, {text:"与",side:null}, {text:"中国",side:1}, {text:"结成同盟",side:null}]
 */
export interface Segment {
  text: string;
  /** Index of the name group that matched, or null for plain text. */
  side: number | null;
}

const WORD = /[\p{L}\p{N}]/u;
const LATIN = /^[\p{Script=Latin}\p{N}\s.'’-]+$/u;

function isBoundary(s: string, at: number): boolean {
  const ch = s[at];
  return ch === undefined || !WORD.test(ch) || !LATIN.test(ch);
}

interface Candidate {
  name: string;
  lower: string;
  side: number;
  latin: boolean;
}

function candidates(quote: string, groups: readonly (readonly string[])[]): Candidate[] {
  const lowerQuote = quote.toLowerCase();
  const out: Candidate[] = [];
  groups.forEach((names, side) => {
    const uniq = [...new Set(names.filter((n) => n.trim()))];
    const long = uniq.filter((n) => [...n].length > 1);
    const anyLong = long.some((n) => lowerQuote.includes(n.toLowerCase()));
    for (const name of anyLong ? long : uniq)
      out.push({ name, lower: name.toLowerCase(), side, latin: LATIN.test(name) });
  });
  return out.sort((a, b) => b.lower.length - a.lower.length);
}

/** Segments of `quote` with each group's names marked by group index. */
export function highlightNames(quote: string, groups: readonly (readonly string[])[]): Segment[] {
  const lower = quote.toLowerCase();
  const cands = candidates(quote, groups);
  const segments: Segment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < quote.length) {
    const hit = cands.find(
      (c) =>
        lower.startsWith(c.lower, i) &&
        (!c.latin || (isBoundary(quote, i - 1) && isBoundary(quote, i + c.lower.length))),
    );
    if (!hit) {
      i++;
      continue;
    }
    if (i > plainStart) segments.push({ text: quote.slice(plainStart, i), side: null });
    segments.push({ text: quote.slice(i, i + hit.lower.length), side: hit.side });
    i += hit.lower.length;
    plainStart = i;
  }
  if (plainStart < quote.length) segments.push({ text: quote.slice(plainStart), side: null });
  return segments;
}
