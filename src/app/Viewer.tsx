/**
 * The loaded viewer: owns the view state (mirrored into the URL), runs the filter pipeline on each
 * change, and lays out header, filters, canvas, timeline and details. The render graph comes
 * prepared with the model (app/model.ts) and is never rebuilt.
 */
import { useCallback, useMemo, useReducer, useState } from "react";
import { applyFilters } from "../filters/pipeline";
import type { Era } from "../filters/types";
import { GraphView } from "../graph/GraphView";
import type { LayoutStatus } from "../layout/useForceAtlas2";
import { viewReducer } from "../state";
import type { Selection } from "../state/types";
import { binClaims } from "../time/histogram";
import { CanvasOverlay } from "../ui/CanvasOverlay";
import { DetailsPanel } from "../ui/details/DetailsPanel";
import { Header } from "../ui/header/Header";
import { Sidebar } from "../ui/sidebar/Sidebar";
import { Timeline } from "../ui/timeline/Timeline";
import type { Boot } from "./boot";
import type { ViewModel } from "./model";
import { useUrlSync } from "./useUrlSync";

export function Viewer({ model, boot, file }: { model: ViewModel; boot: Boot; file: string }) {
  const { full } = model;
  const [view, dispatch] = useReducer(viewReducer, boot.view);
  // The first result was computed with the model (and is baked into its render graph).
  const visible = useMemo(
    () => (view.filters === boot.view.filters ? model.visible : applyFilters(full, view.filters)),
    [full, model, boot, view.filters],
  );
  const histogram = useMemo(() => binClaims(full), [full]);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>({ running: false, iterations: 0 });
  const [layoutRun, setLayoutRun] = useState(0);
  const onCamera = useUrlSync(view, boot.camera, boot.keep);

  const onSelect = useCallback((selection: Selection | null) => dispatch({ type: "select", selection }), []);
  const onEra = useCallback((era: Era | null) => dispatch({ type: "setEra", era }), []);

  return (
    <div className="app">
      <Header
        file={file}
        documents={full.documents.size}
        full={full}
        lang={view.lang}
        layout={view.layout}
        layoutStatus={layoutStatus}
        onPick={(key) => onSelect({ type: "node", key })}
        onLang={(lang) => dispatch({ type: "setLang", lang })}
        onLayout={(layout) => dispatch({ type: "setLayout", layout })}
        onRunLayout={() => setLayoutRun((n) => n + 1)}
      />
      <div className="main">
        <Sidebar full={full} visible={visible} view={view} lang={view.lang} dispatch={dispatch} />
        <div className="canvas-wrap">
          <GraphView
            full={full}
            render={model.render}
            visible={visible}
            selection={view.selection}
            layout={view.layout}
            lang={view.lang}
            thickness={view.thickness}
            positionsFromFile={model.fromFile}
            geo={model.geo}
            initialCamera={boot.camera}
            layoutRun={layoutRun}
            onSelect={onSelect}
            onCamera={onCamera}
            onLayoutStatus={setLayoutStatus}
            layoutRunning={layoutStatus.running}
          />
          <CanvasOverlay full={full} visible={visible} era={view.filters.era} layout={layoutStatus} />
        </div>
        <DetailsPanel full={full} visible={visible} view={view} lang={view.lang} dispatch={dispatch} />
      </div>
      <Timeline h={histogram} relations={view.filters.relations} era={view.filters.era} onEra={onEra} />
    </div>
  );
}
