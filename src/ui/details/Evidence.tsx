/**
 * An edge's claims for reading at scale: sections by period (in-era open, the rest folded and only
 * rendered when opened), grouped by document with each document's claim count, sorted by date or by
 * support, and paged so an edge with hundreds of claims opens at once.
 */
import { useMemo, useState, type ReactNode } from "react";
import type { Claim } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import type { Era } from "../../filters/types";
import type { Period } from "../../time/periods";
import { Segmented } from "../common/Segmented";
import { ClaimCard } from "./ClaimCard";
import { groupEvidence, type EvidenceSection, type EvidenceSort } from "./evidence";

/** Documents shown per section before "Show more". */
const PAGE = 12;

export interface EvidenceProps {
  full: FullGraph;
  claims: readonly Claim[];
  periods: readonly Period[];
  era: Era | null;
  groups: string[][];
  onOpen: (doc: string, range: [number, number] | null) => void;
  footer?: (claim: Claim) => ReactNode;
}

function Section({ section, props }: { section: EvidenceSection; props: EvidenceProps }) {
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState(section.inEra);
  const head = (
    <>
      <span className="evidence-period">{section.label}</span>{" "}
      <span className="muted">
        {section.claims} claim{section.claims === 1 ? "" : "s"} · {section.docs.length} document
        {section.docs.length === 1 ? "" : "s"}
        {!section.inEra && " · outside the era"}
      </span>
    </>
  );
  return (
    <section className="evidence-section" data-testid="evidence-section" data-in-era={section.inEra}>
      <button
        type="button"
        className="evidence-head"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="evidence-head"
      >
        {open ? "▾" : "▸"} {head}
      </button>
      {open && (
        <>
          {section.docs.slice(0, shown).map((g) => {
            const doc = props.full.documents.get(g.doc);
            return (
              <div key={g.doc} className="evidence-doc" data-testid="evidence-doc">
                <div className="evidence-doc-head">
                  <span className="doc-title">{doc?.title || g.doc}</span>
                  <span className="muted">
                    {doc?.published ?? "undated"} · {g.claims.length} claim{g.claims.length === 1 ? "" : "s"}
                  </span>
                </div>
                {g.claims.map(({ claim, index }) => (
                  <ClaimCard
                    key={index}
                    claim={claim}
                    doc={doc}
                    groups={props.groups}
                    onOpen={props.onOpen}
                    footer={props.footer?.(claim)}
                  />
                ))}
              </div>
            );
          })}
          {section.docs.length > shown && (
            <button type="button" className="link" onClick={() => setShown(shown + PAGE)} data-testid="evidence-more">
              Show {Math.min(PAGE, section.docs.length - shown)} more of {section.docs.length - shown} documents
            </button>
          )}
        </>
      )}
    </section>
  );
}

export function Evidence(props: EvidenceProps) {
  const [sort, setSort] = useState<EvidenceSort>("date");
  const { full, claims, periods, era } = props;
  const sections = useMemo(
    () => groupEvidence(claims, periods, era, sort, (d) => full.documents.get(d)?.published),
    [claims, periods, era, sort, full],
  );
  const key = `${era?.from}-${era?.to}-${sort}`;
  return (
    <div className="evidence" data-testid="evidence">
      <div className="evidence-sort">
        <span className="muted">Sort documents by</span>
        <Segmented
          value={sort}
          options={[
            { value: "date", label: "Date" },
            { value: "support", label: "Support" },
          ]}
          onChange={setSort}
          label="Sort evidence"
        />
      </div>
      {sections.map((s) => (
        <Section key={`${key}-${s.label}`} section={s} props={props} />
      ))}
    </div>
  );
}
