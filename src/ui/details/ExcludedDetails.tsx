/** An excluded claim: why it is not asserted, and its evidence. */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { EXCLUDED_COLOR, RELATION_LABELS } from "../../render/palette";
import { ClaimCard } from "./ClaimCard";
import { allNames } from "./names";
import { NodeLink } from "./NodeLink";

const REASONS = {
  negated: "The sentence denies the relation.",
  speculative: "The sentence only considers it possible.",
  reported: "Reported hype or hearsay, not asserted by the source.",
  question: "The sentence asks rather than states.",
};

export function ExcludedDetails(props: {
  full: FullGraph;
  index: number;
  lang: Lang;
  onSelectNode: (key: string) => void;
  onOpen: (doc: string, range: [number, number] | null) => void;
}) {
  const { full, index, lang } = props;
  const x = full.excluded;
  const c = x.claims[index];
  const groups = [allNames(full.nodes.attrs[x.source[index]]), allNames(full.nodes.attrs[x.target[index]])];
  return (
    <div className="details" data-testid="excluded-details">
      <div className="kicker">
        <span className="chip" style={{ background: EXCLUDED_COLOR }}>
          Excluded · {RELATION_LABELS[c.relation]}
        </span>
      </div>
      <h1 className="title parties">
        <NodeLink full={full} index={x.source[index]} lang={lang} onSelect={props.onSelectNode} />
        <span className="arrow">—</span>
        <NodeLink full={full} index={x.target[index]} lang={lang} onSelect={props.onSelectNode} />
      </h1>
      <p className="note">
        <strong>{c.reason}</strong>: {REASONS[c.reason]} Not part of the graph.
      </p>
      <ClaimCard claim={c} doc={full.documents.get(c.doc)} groups={groups} onOpen={props.onOpen} badge={c.reason} />
    </div>
  );
}
