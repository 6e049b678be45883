/** Details of one edge: relation, parties, span, confidence and every claim. */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { NoteEditor } from "../../session/ui/NoteEditor";
import { ClaimVerdict, RejectedClaims, type EdgeRef } from "../../session/ui/Verdicts";
import { formatSpan } from "../../time/dates";
import { ClaimCard } from "./ClaimCard";
import { allNames } from "./names";
import { NodeLink } from "./NodeLink";

export function EdgeDetails(props: {
  full: FullGraph;
  index: number;
  lang: Lang;
  visible: boolean;
  onSelectNode: (key: string) => void;
  onOpen: (doc: string, range: [number, number] | null) => void;
}) {
  const { full, index, lang } = props;
  const e = full.edges;
  const a = e.attrs[index];
  const s = e.source[index];
  const t = e.target[index];
  const groups = [allNames(full.nodes.attrs[s]), allNames(full.nodes.attrs[t])];
  const key = e.keys[index];
  const ref: EdgeRef = { edge: key, relation: a.relation, source: full.nodes.keys[s], target: full.nodes.keys[t] };
  const titleOf = (doc: string) => full.documents.get(doc)?.title || doc;
  return (
    <div className="details" data-testid="edge-details" data-key={key}>
      <div className="kicker">
        <span className="chip" style={{ background: RELATION_COLORS[a.relation] }} data-testid="edge-relation">
          {RELATION_LABELS[a.relation]}
        </span>
        {!props.visible && <span className="badge">hidden by filters</span>}
      </div>
      <h1 className="title parties">
        <NodeLink full={full} index={s} lang={lang} onSelect={props.onSelectNode} />
        <span className="arrow" aria-label={e.directed[index] ? "acts on" : "and"}>
          {e.directed[index] ? "→" : "—"}
        </span>
        <NodeLink full={full} index={t} lang={lang} onSelect={props.onSelectNode} />
      </h1>
      <dl className="facts">
        <dt>Span</dt>
        <dd data-testid="edge-span">{formatSpan(a.start, a.end)}</dd>
        {a.confidence !== undefined && (
          <>
            <dt>Confidence</dt>
            <dd>
              <span className="meter" aria-hidden="true">
                <span style={{ width: `${Math.round(a.confidence * 100)}%` }} />
              </span>
              {a.confidence.toFixed(2)}
            </dd>
          </>
        )}
        <dt>Claims</dt>
        <dd>{a.claims.length}</dd>
      </dl>
      <NoteEditor target={{ type: "edge", key }} />
      <h2 className="subhead">Evidence</h2>
      {a.claims.map((c, i) => (
        <ClaimCard
          key={i}
          claim={c}
          doc={full.documents.get(c.doc)}
          groups={groups}
          onOpen={props.onOpen}
          footer={<ClaimVerdict edge={ref} claim={c} />}
        />
      ))}
      <RejectedClaims edge={key} titleOf={titleOf} />
    </div>
  );
}
