/**
 * Verdicts on claims: confirm or reject a claim from its card; rejected claims are listed under the
 * evidence (and for an edge left without claims) with a way to restore them.
 */
import type { Claim, Relation } from "../../../extract/schema/graph";
import type { ClaimRef } from "../claims";
import { setVerdict, verdictOf } from "../model";
import type { Verdict } from "../schema";
import { useSession } from "./context";
import { CheckIcon, CrossIcon } from "./icons";

export interface EdgeRef {
  edge: string;
  relation: Relation;
  source: string;
  target: string;
}

/** Confirm / reject buttons for one claim (or its confirmed state with undo). */
export function ClaimVerdict({ edge, claim }: { edge: EdgeRef; claim: Claim }) {
  const ctl = useSession();
  if (!ctl) return null;
  const verdict = verdictOf(ctl.session, edge.edge, claim);
  const ref: ClaimRef = { ...edge, claim };
  const set = (v: "confirmed" | "rejected" | null) => ctl.update((s, now) => setVerdict(s, ref, v, now));
  if (verdict === "confirmed") {
    return (
      <div className="verdict" data-testid="claim-verdict" data-verdict="confirmed">
        <span className="verdict-badge confirmed">
          <CheckIcon /> Confirmed
        </span>
        <button type="button" className="link small" onClick={() => set(null)} data-testid="verdict-undo">
          Undo
        </button>
      </div>
    );
  }
  return (
    <div className="verdict" data-testid="claim-verdict" data-verdict="none">
      <button
        type="button"
        className="verdict-btn confirm"
        onClick={() => set("confirmed")}
        title="This claim is right"
        data-testid="verdict-confirm"
      >
        <CheckIcon /> Confirm
      </button>
      <button
        type="button"
        className="verdict-btn reject"
        onClick={() => set("rejected")}
        title="This claim is wrong: take it out of the graph"
        data-testid="verdict-reject"
      >
        <CrossIcon /> Reject
      </button>
    </div>
  );
}

function rejectedOf(verdicts: Record<string, Verdict>, edge: string): Verdict[] {
  return Object.values(verdicts).filter((v) => v.verdict === "rejected" && v.edge === edge);
}

/** Rejected claims of one edge, each with "Restore". */
export function RejectedClaims({ edge, titleOf }: { edge: string; titleOf?: (doc: string) => string }) {
  const ctl = useSession();
  if (!ctl) return null;
  const rejected = rejectedOf(ctl.session.verdicts, edge);
  if (rejected.length === 0) return null;
  return (
    <section className="rejected" data-testid="rejected-claims">
      <h2 className="subhead">
        Rejected <span className="num">{rejected.length}</span>
      </h2>
      {rejected.map((v) => (
        <article
          key={`${v.claim.doc}|${v.claim.offset?.join("-") ?? v.claim.quote}`}
          className="claim rejected-claim"
          data-testid="rejected-claim"
        >
          <p className="quote">{v.claim.quote}</p>
          <div className="rejected-foot">
            <span className="muted">{titleOf ? titleOf(v.claim.doc) : v.claim.doc}</span>
            <button
              type="button"
              className="link small"
              onClick={() => ctl.update((s, now) => setVerdict(s, v, null, now))}
              data-testid="verdict-restore"
            >
              Restore
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}

/** Whether an edge that is no longer in the graph was removed by rejections. */
export function hasRejected(verdicts: Record<string, Verdict>, edge: string): boolean {
  return rejectedOf(verdicts, edge).length > 0;
}

/** Details for a selected edge every claim of which was rejected. */
export function RejectedEdge(props: { edge: string; label: (nodeKey: string) => string; onClear: () => void }) {
  const { edge, label, onClear } = props;
  const ctl = useSession();
  if (!ctl) return null;
  const first = rejectedOf(ctl.session.verdicts, edge)[0];
  if (!first) return null;
  return (
    <div className="details" data-testid="rejected-edge" data-key={edge}>
      <div className="kicker">
        <span className="badge warn">removed</span>
      </div>
      <h1 className="title parties">
        <span>{label(first.source)}</span>
        <span className="arrow">{first.relation === "opposes" ? "→" : "—"}</span>
        <span>{label(first.target)}</span>
      </h1>
      <p className="note">
        Every claim of this {first.relation} relation was rejected, so it is no longer in the graph. Restore a claim to
        bring it back.
      </p>
      <RejectedClaims edge={edge} />
      <button type="button" className="link" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
