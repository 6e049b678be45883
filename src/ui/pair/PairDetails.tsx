/**
 * Two states' history: counts per relation, the pair timeline (brush it to set the era), the
 * disputes between them with both sides' evidence, and links to each relation's edge.
 */
import { useMemo } from "react";
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import type { Dispute } from "../../disputes/find";
import type { Era } from "../../filters/types";
import { RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { NodeLink } from "../details/NodeLink";
import { DisputeSides } from "./DisputeSides";
import { pairHistory } from "./history";
import { PairTimeline } from "./PairTimeline";

export function PairDetails(props: {
  full: FullGraph;
  nodes: [number, number];
  disputes: Dispute[];
  lang: Lang;
  era: Era | null;
  onEra: (e: Era | null) => void;
  onSelectNode: (key: string) => void;
  onSelectEdge: (key: string) => void;
  onOpen: (doc: string, range: [number, number] | null) => void;
}) {
  const { full, nodes, lang } = props;
  const history = useMemo(() => pairHistory(full, nodes[0], nodes[1]), [full, nodes]);
  return (
    <div className="details" data-testid="pair-details">
      <div className="kicker">
        <span className="muted">Pair history</span>
        {props.disputes.length > 0 && (
          <span className="badge warn" data-testid="pair-disputed">
            disputed
          </span>
        )}
      </div>
      <h1 className="title parties">
        <NodeLink full={full} index={nodes[0]} lang={lang} onSelect={props.onSelectNode} />
        <span className="arrow">—</span>
        <NodeLink full={full} index={nodes[1]} lang={lang} onSelect={props.onSelectNode} />
      </h1>
      {history.rows.length === 0 ? (
        <p className="note">No relation between these two in this graph.</p>
      ) : (
        <>
          <ul className="pair-counts" data-testid="pair-counts">
            {history.rows.map((r) => (
              <li key={r.relation}>
                <span className="chip" style={{ background: RELATION_COLORS[r.relation] }}>
                  {RELATION_LABELS[r.relation]}
                </span>{" "}
                <span className="num">{r.claims}</span> claim{r.claims === 1 ? "" : "s"}
                {r.undated > 0 && <span className="muted"> ({r.undated} undated)</span>}
                {r.edges.map((e) => (
                  <button key={e} type="button" className="link" onClick={() => props.onSelectEdge(full.edges.keys[e])}>
                    {full.edges.directed[e] ? "evidence (one way) ›" : "evidence ›"}
                  </button>
                ))}
              </li>
            ))}
          </ul>
          <h2 className="subhead">Claims per year</h2>
          <PairTimeline history={history} era={props.era} onEra={props.onEra} />
          <p className="muted small">
            Bars: claims per year. Lines: periods (an arrow is an open end). Drag to set the era.
          </p>
        </>
      )}
      {props.disputes.map((d) => (
        <DisputeSides
          key={d.relations.join("/")}
          full={full}
          dispute={d}
          lang={lang}
          onOpen={props.onOpen}
          onSelectEdge={props.onSelectEdge}
        />
      ))}
    </div>
  );
}
