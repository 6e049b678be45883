/**
 * Details of one edge: relation, parties, periods, confidence, its sources, a link to the pair's
 * history (and its disputes), and the evidence by period and document.
 */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import type { Dispute } from "../../disputes/find";
import type { Era } from "../../filters/types";
import { RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import { NoteEditor } from "../../session/ui/NoteEditor";
import { ClaimVerdict, RejectedClaims, type EdgeRef } from "../../session/ui/Verdicts";
import { formatSpan } from "../../time/dates";
import { edgePeriods } from "../../time/periods";
import { countBySource } from "./evidence";
import { Evidence } from "./Evidence";
import { allNames } from "./names";
import { NodeLink } from "./NodeLink";

export function EdgeDetails(props: {
  full: FullGraph;
  index: number;
  lang: Lang;
  visible: boolean;
  era: Era | null;
  /** Disputes of this edge's pair that this edge is a side of. */
  disputes: Dispute[];
  onSelectPair: (pair: string) => void;
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
  const periods = edgePeriods(a);
  const sources = countBySource(a.claims);
  const pair = [full.nodes.keys[s], full.nodes.keys[t]].sort().join("|");
  const states = full.nodes.attrs[s].kind === "country" && full.nodes.attrs[t].kind === "country";
  return (
    <div className="details" data-testid="edge-details" data-key={key}>
      <div className="kicker">
        <span className="chip" style={{ background: RELATION_COLORS[a.relation] }} data-testid="edge-relation">
          {RELATION_LABELS[a.relation]}
        </span>
        {!props.visible && <span className="badge">hidden by filters</span>}
        {props.disputes.length > 0 && (
          <button
            type="button"
            className="badge warn"
            onClick={() => props.onSelectPair(pair)}
            title="Contradictory relations are asserted for this pair in overlapping time: see both sides"
            data-testid="edge-disputed"
          >
            disputed: {props.disputes.map((d) => d.relations.map((r) => RELATION_LABELS[r]).join(" vs ")).join("; ")}
          </button>
        )}
      </div>
      <h1 className="title parties">
        <NodeLink full={full} index={s} lang={lang} onSelect={props.onSelectNode} />
        <span className="arrow" aria-label={e.directed[index] ? "acts on" : "and"}>
          {e.directed[index] ? "→" : "—"}
        </span>
        <NodeLink full={full} index={t} lang={lang} onSelect={props.onSelectNode} />
      </h1>
      <dl className="facts">
        <dt>{periods.length > 1 ? "Periods" : "Span"}</dt>
        <dd data-testid="edge-span">{periods.map((p) => formatSpan(p.start, p.end)).join(" · ")}</dd>
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
        <dt>Sources</dt>
        <dd data-testid="edge-sources" title={sources.map((x) => `${titleOf(x.doc)}: ${x.claims}`).join("\n")}>
          {sources.length} document{sources.length === 1 ? "" : "s"}
          {sources.length > 1 && (
            <span className="muted">
              {" "}
              · most from “{titleOf(sources[0].doc)}” ({sources[0].claims})
            </span>
          )}
        </dd>
      </dl>
      {states && (
        <button type="button" className="link" onClick={() => props.onSelectPair(pair)} data-testid="open-pair">
          History of this pair, every relation ›
        </button>
      )}
      <NoteEditor target={{ type: "edge", key }} />
      <h2 className="subhead">Evidence</h2>
      <Evidence
        key={key}
        full={full}
        claims={a.claims}
        periods={periods}
        era={props.era}
        groups={groups}
        onOpen={props.onOpen}
        footer={(c) => <ClaimVerdict edge={ref} claim={c} />}
      />
      <RejectedClaims edge={key} titleOf={titleOf} />
    </div>
  );
}
