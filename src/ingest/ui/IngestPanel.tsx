/**
 * Progress and outcome of adding documents, over the graph's lower left corner: a progress bar
 * while the worker reads, then what the documents brought (new and strengthened relations, each a
 * link to its evidence) and every file that could not be read, by name and why.
 */
import { RELATIONS, type Relation } from "../../../extract/schema/graph";
import { RELATION_COLORS, RELATION_LABELS } from "../../render/palette";
import type { IngestState } from "../useIngest";

export interface EdgeLabel {
  relation: Relation;
  text: string;
}

const MAX_LISTED = 8;

/** Relations between states first (what the analyst came for), then leaders and treaties. */
const ORDER = new Map<Relation, number>(RELATIONS.map((r, i) => [r, i]));

function EdgeList(props: {
  title: string;
  keys: string[];
  describe: (key: string) => EdgeLabel | null;
  onSelect: (key: string) => void;
  testId: string;
}) {
  const rows = props.keys
    .map((k) => [k, props.describe(k)] as const)
    .filter((r): r is [string, EdgeLabel] => r[1] !== null)
    .sort((a, b) => ORDER.get(a[1].relation)! - ORDER.get(b[1].relation)!);
  if (rows.length === 0) return null;
  return (
    <ul className="ingest-edges" data-testid={props.testId} aria-label={props.title}>
      <li className="ingest-edges-title">{props.title}</li>
      {rows.slice(0, MAX_LISTED).map(([key, d]) => (
        <li key={key}>
          <button type="button" className="ingest-edge" onClick={() => props.onSelect(key)} data-key={key}>
            <span className="chip" style={{ background: RELATION_COLORS[d.relation] }}>
              {RELATION_LABELS[d.relation]}
            </span>
            <span className="ingest-edge-text">{d.text}</span>
          </button>
        </li>
      ))}
      {rows.length > MAX_LISTED && <li className="muted">and {rows.length - MAX_LISTED} more</li>}
    </ul>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function IngestPanel(props: {
  state: IngestState;
  describe: (edgeKey: string) => EdgeLabel | null;
  onSelectEdge: (key: string) => void;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { state } = props;
  if (state.status === "idle") return null;
  if (state.status === "running") {
    const share = state.total > 0 ? state.done / state.total : 0;
    return (
      <div className="ingest-panel" role="status" data-testid="ingest-progress">
        <div className="ingest-head">
          <span className="pulse" aria-hidden="true" />
          <b>Reading documents</b>
          <span className="muted num">
            {state.done} / {state.total}
          </span>
          <button type="button" className="link small" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
        <div className="progress" aria-hidden="true">
          <span style={{ width: `${Math.max(4, share * 100)}%` }} />
        </div>
        <div className="ingest-file muted">{state.file}</div>
      </div>
    );
  }
  if (state.status === "error") {
    return (
      <div className="ingest-panel error" role="alert" data-testid="ingest-error">
        <div className="ingest-head">
          <b>Documents not added</b>
          <button type="button" className="toast-close" onClick={props.onDismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
        <p>{state.message}</p>
      </div>
    );
  }
  const added = state.documents.length;
  return (
    <div className="ingest-panel" role="status" data-testid="ingest-result">
      <div className="ingest-head">
        <b>{added > 0 ? `Added ${plural(added, "document")}` : "No document added"}</b>
        <button
          type="button"
          className="toast-close"
          onClick={props.onDismiss}
          aria-label="Dismiss"
          data-testid="ingest-dismiss"
        >
          ×
        </button>
      </div>
      {added > 0 && (
        <p className="ingest-summary" data-testid="ingest-summary">
          {plural(state.newEdges.length, "new relation")} ·{" "}
          {plural(state.strengthenedEdges.length, "strengthened relation")} · {plural(state.addedClaims, "claim")}
        </p>
      )}
      <EdgeList
        title="New"
        keys={state.newEdges}
        describe={props.describe}
        onSelect={props.onSelectEdge}
        testId="ingest-new-edges"
      />
      <EdgeList
        title="Strengthened"
        keys={state.strengthenedEdges}
        describe={props.describe}
        onSelect={props.onSelectEdge}
        testId="ingest-strengthened-edges"
      />
      {added > 0 && state.newEdges.length + state.strengthenedEdges.length === 0 && (
        <p className="muted">
          The extractor found no relation between states in {added === 1 ? "this document" : "these documents"}.
        </p>
      )}
      {state.failures.length > 0 && (
        <ul className="ingest-failures" data-testid="ingest-failures">
          {state.failures.map((f) => (
            <li key={f.id} data-file={f.id}>
              <b>{f.id}</b> could not be read:{" "}
              {f.reason.startsWith(`${f.id}: `) ? f.reason.slice(f.id.length + 2) : f.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
