/**
 * An edge's evidence, arranged for reading at scale: claims in sections by period (the edge's
 * periods; in-era sections first), within a section grouped by document, documents sorted by date
 * or by support (how many claims the document gives the edge). Pure and linear in the claims
 * (plus the sort).
 *
 * @example
 * const sections = groupEvidence(a.claims, edgePeriods(a), { from: 1890, to: 1900 }, "date");
 * sections[0].docs[0].claims[0].claim.start // "1896"
 */
import type { Claim } from "../../../extract/schema/graph";
import type { Era } from "../../filters/types";
import { dateEnd, dateStart, formatSpan, numericSpan, overlapsYears } from "../../time/dates";
import { isUndatedPeriod, type Period } from "../../time/periods";

export type EvidenceSort = "date" | "support";

export interface ClaimEntry {
  claim: Claim;
  /** Index in the edge's claims. */
  index: number;
  /** Sort key: the claim's start, else its end, else its document's publication (fractional year). */
  when: number;
}

export interface DocGroup {
  doc: string;
  claims: ClaimEntry[];
  when: number;
}

export interface EvidenceSection {
  label: string;
  inEra: boolean;
  docs: DocGroup[];
  claims: number;
}

function whenOf(c: Claim, published: string | null | undefined): number {
  if (c.start) return dateStart(c.start);
  if (c.end) return dateEnd(c.end) - 1e-6;
  return published ? dateStart(published) : Infinity;
}

/** Which section a claim belongs to: the first period its own time overlaps, else "other". */
function sectionOf(c: Claim, spans: [number, number][]): number {
  if (!c.start && !c.end) return -1;
  const [s, e] = numericSpan(c.start, c.end);
  for (let i = 0; i < spans.length; i++) if (s < spans[i][1] && e > spans[i][0]) return i;
  return spans.length;
}

export function groupEvidence(
  claims: readonly Claim[],
  periods: readonly Period[],
  era: Era | null,
  sort: EvidenceSort,
  published: (doc: string) => string | null | undefined = () => null,
): EvidenceSection[] {
  const dated = periods.filter((p) => !isUndatedPeriod(p));
  const spans = dated.map((p) => numericSpan(p.start, p.end));
  // Sections: one per dated period, "other times", "undated".
  const labels = [...dated.map((p) => formatSpan(p.start, p.end)), "Other times", "Undated"];
  const inEra = [...spans.map(([s, e]) => !era || overlapsYears(s, e, era.from, era.to)), !era, !era];
  const docs: Map<string, DocGroup>[] = labels.map(() => new Map());
  claims.forEach((claim, index) => {
    const at = sectionOf(claim, spans);
    const k = at < 0 ? labels.length - 1 : at;
    const entry = { claim, index, when: whenOf(claim, published(claim.doc)) };
    const g = docs[k].get(claim.doc);
    if (g) {
      g.claims.push(entry);
      g.when = Math.min(g.when, entry.when);
    } else docs[k].set(claim.doc, { doc: claim.doc, claims: [entry], when: entry.when });
  });
  const byDate = (a: DocGroup, b: DocGroup) => a.when - b.when || a.doc.localeCompare(b.doc);
  const order =
    sort === "date" ? byDate : (a: DocGroup, b: DocGroup) => b.claims.length - a.claims.length || byDate(a, b);
  const sections: EvidenceSection[] = [];
  labels.forEach((label, k) => {
    if (docs[k].size === 0) return;
    const list = [...docs[k].values()].sort(order);
    for (const g of list)
      g.claims.sort((a, b) => a.when - b.when || (a.claim.offset?.[0] ?? 0) - (b.claim.offset?.[0] ?? 0));
    sections.push({ label, inEra: inEra[k], docs: list, claims: list.reduce((n, g) => n + g.claims.length, 0) });
  });
  // In-era sections first; otherwise in period order (stable sort).
  return sections.sort((a, b) => Number(b.inEra) - Number(a.inEra));
}

/** Claims per document over all sections, most first: the edge's sources. */
export function countBySource(claims: readonly Claim[]): { doc: string; claims: number }[] {
  const n = new Map<string, number>();
  for (const c of claims) n.set(c.doc, (n.get(c.doc) ?? 0) + 1);
  return [...n]
    .map(([doc, k]) => ({ doc, claims: k }))
    .sort((a, b) => b.claims - a.claims || a.doc.localeCompare(b.doc));
}
