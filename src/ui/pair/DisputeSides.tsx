/**
 * One dispute, both sides side by side: each column lists the claims of one relation whose own time
 * falls in the overlap first (then the side's other claims, folded).
 */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { formatOverlap, type Dispute } from "../../disputes/find";
import { RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { numericSpan } from "../../time/dates";
import { ClaimCard } from "../details/ClaimCard";
import { allNames } from "../details/names";

/** Claims shown per side before the rest is counted. */
const PER_SIDE = 6;

export function DisputeSides({
  full,
  dispute,
  onOpen,
  onSelectEdge,
}: {
  full: FullGraph;
  dispute: Dispute;
  lang: Lang;
  onOpen: (doc: string, range: [number, number] | null) => void;
  onSelectEdge: (key: string) => void;
}) {
  const groups = dispute.nodes.map((n) => allNames(full.nodes.attrs[n]));
  const [lo, hi] = dispute.overlap;
  return (
    <div className="dispute" data-testid="dispute" data-relations={dispute.relations.join("/")}>
      <p className="dispute-head">
        <span className="badge warn">Disputed</span> {RELATION_LABELS[dispute.relations[0]]} and{" "}
        {RELATION_LABELS[dispute.relations[1]].toLowerCase()} asserted for {formatOverlap(dispute.overlap)}
      </p>
      <div className="dispute-sides">
        {dispute.edges.map((side, k) => {
          const relation = dispute.relations[k];
          const claims = side.flatMap((e) =>
            full.edges.attrs[e].claims.map((claim) => {
              const [s, t] = numericSpan(claim.start, claim.end);
              return { claim, inside: (claim.start || claim.end) && s < hi && t > lo };
            }),
          );
          claims.sort((a, b) => Number(b.inside) - Number(a.inside));
          return (
            <div key={relation} className="dispute-side" data-testid={`dispute-side-${relation}`}>
              <h3 className="subhead">
                <span className="chip" style={{ background: RELATION_COLORS[relation] }}>
                  {RELATION_LABELS[relation]}
                </span>{" "}
                {claims.length} claim{claims.length === 1 ? "" : "s"}
              </h3>
              {claims.slice(0, PER_SIDE).map(({ claim }, i) => (
                <ClaimCard key={i} claim={claim} doc={full.documents.get(claim.doc)} groups={groups} onOpen={onOpen} />
              ))}
              {claims.length > PER_SIDE && (
                <button type="button" className="link" onClick={() => onSelectEdge(full.edges.keys[side[0]])}>
                  All {claims.length} claims ›
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
