/** The left column: filters, display options, pipeline counts, legend. */
import type { Lang, NodeKind, Relation } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import type { DisputeIndex } from "../../disputes/find";
import type { VisibleGraph } from "../../filters/types";
import type { Action, Selection, ViewState } from "../../state/types";
import { DisplayOptions } from "./DisplayOptions";
import { DisputeList } from "./DisputeList";
import { Legend } from "./Legend";
import { PipelineSummary } from "./PipelineSummary";
import { RelationFilters } from "./RelationFilters";

export function Sidebar({
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
  const f = view.filters;
  return (
    <aside className="sidebar" aria-label="Filters">
      <RelationFilters
        relations={f.relations}
        kinds={f.kinds}
        visible={visible}
        onToggleRelation={(relation: Relation) => dispatch({ type: "toggleRelation", relation })}
        onSetRelations={(relations: Relation[]) => dispatch({ type: "setRelations", relations })}
        onToggleKind={(kind: NodeKind) => dispatch({ type: "toggleKind", kind })}
      />
      <DisplayOptions
        full={full}
        visible={visible}
        undated={f.undated}
        excluded={f.excluded}
        thickness={view.thickness}
        lang={lang}
        selection={view.selection}
        onUndated={(show) => dispatch({ type: "setUndated", show })}
        onExcluded={(show) => dispatch({ type: "setExcluded", show })}
        onThickness={(thickness) => dispatch({ type: "setThickness", thickness })}
        onSelect={(selection: Selection) => dispatch({ type: "select", selection })}
      />
      <DisputeList
        full={full}
        disputes={disputes}
        lang={lang}
        selection={view.selection}
        onSelect={(selection: Selection) => dispatch({ type: "select", selection })}
      />
      <PipelineSummary full={full} visible={visible} />
      <Legend />
    </aside>
  );
}
