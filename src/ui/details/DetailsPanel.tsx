/** The right column: the document reader, or details of the selection, or the overview. */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { pairKey, type DisputeIndex } from "../../disputes/find";
import type { VisibleGraph } from "../../filters/types";
import { labelFor } from "../../render/appearance";
import { useSession } from "../../session/ui/context";
import { hasRejected, RejectedEdge } from "../../session/ui/Verdicts";
import type { Action, Selection, ViewState } from "../../state/types";
import { pairNodes } from "../pair/history";
import { PairDetails } from "../pair/PairDetails";
import { DocumentReader } from "../reader/DocumentReader";
import { EdgeDetails } from "./EdgeDetails";
import { ExcludedDetails } from "./ExcludedDetails";
import { NodeDetails } from "./NodeDetails";
import { Overview } from "./Overview";

function Missing({ selection, onClear }: { selection: Selection; onClear: () => void }) {
  const what =
    selection.type === "excluded"
      ? `excluded claim #${selection.index}`
      : `${selection.type} “${selection.key.replace("|", " and ")}”`;
  return (
    <div className="details">
      <p className="note">The {what} is not in this graph.</p>
      <button type="button" className="link" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}

export function DetailsPanel({
  full,
  visible,
  view,
  lang,
  disputes,
  dispatch,
}: {
  full: FullGraph;
  visible: VisibleGraph;
  view: ViewState;
  lang: Lang;
  disputes: DisputeIndex;
  dispatch: (a: Action) => void;
}) {
  const s = view.selection;
  const selectNode = (key: string) => dispatch({ type: "select", selection: { type: "node", key } });
  const selectPair = (key: string) => dispatch({ type: "select", selection: { type: "pair", key } });
  const onEra = (era: ViewState["filters"]["era"]) => dispatch({ type: "setEra", era });
  const pair = s?.type === "pair" ? pairNodes(full, s.key) : null;
  const selectEdge = (key: string) => dispatch({ type: "select", selection: { type: "edge", key } });
  const open = (doc: string, range: [number, number] | null) =>
    dispatch({ type: "openReader", reader: { doc, range } });
  const session = useSession();
  const clear = () => dispatch({ type: "select", selection: null });
  const label = (key: string) => {
    const i = full.nodes.index.get(key);
    return i === undefined ? key : labelFor(full.nodes.attrs[i], lang);
  };
  let body;
  if (view.reader) {
    body = (
      <DocumentReader
        doc={full.documents.get(view.reader.doc)}
        target={view.reader}
        onClose={() => dispatch({ type: "openReader", reader: null })}
      />
    );
  } else if (!s) {
    body = <Overview full={full} lang={lang} onSelectNode={selectNode} />;
  } else if (s.type === "node" && full.nodes.index.has(s.key)) {
    body = (
      <NodeDetails
        full={full}
        index={full.nodes.index.get(s.key)!}
        lang={lang}
        edgeVisible={visible.edgeVisible}
        onSelectNode={selectNode}
        onSelectEdge={selectEdge}
        onSelectPair={selectPair}
      />
    );
  } else if (s.type === "pair" && pair) {
    body = (
      <PairDetails
        full={full}
        nodes={pair}
        disputes={disputes.byPair.get(pairKey(full, pair[0], pair[1])) ?? []}
        lang={lang}
        era={view.filters.era}
        onEra={onEra}
        onSelectNode={selectNode}
        onSelectEdge={selectEdge}
        onOpen={open}
      />
    );
  } else if (s.type === "edge" && full.edges.index.has(s.key)) {
    const i = full.edges.index.get(s.key)!;
    const mine = (disputes.byPair.get(pairKey(full, full.edges.source[i], full.edges.target[i])) ?? []).filter((d) =>
      d.edges.some((side) => side.includes(i)),
    );
    body = (
      <EdgeDetails
        full={full}
        index={i}
        lang={lang}
        visible={visible.edgeVisible[i] === 1}
        era={view.filters.era}
        disputes={mine}
        onSelectPair={selectPair}
        onSelectNode={selectNode}
        onOpen={open}
      />
    );
  } else if (s.type === "excluded" && s.index < full.excluded.claims.length) {
    body = <ExcludedDetails full={full} index={s.index} lang={lang} onSelectNode={selectNode} onOpen={open} />;
  } else if (s.type === "edge" && session && hasRejected(session.session.verdicts, s.key)) {
    body = <RejectedEdge edge={s.key} label={label} onClear={clear} />;
  } else {
    body = <Missing selection={s} onClear={clear} />;
  }
  return (
    <aside className="panel" aria-label="Details" data-testid="details-panel">
      {body}
    </aside>
  );
}
