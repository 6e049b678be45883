/**
 * The loaded viewer: owns the view state (mirrored into the URL), runs the filter pipeline on each
 * change, and lays out header, filters, canvas, timeline and details. The render graph comes
 * prepared with the model (app/model.ts) and is never rebuilt. Inside a research workspace it also
 * carries the session and export menus, the drop target for documents, and the research
 * controllers on the canvas; without one (benchmarks) those render nothing.
 */
import { useCallback, useMemo, useReducer, useRef, useState } from "react";
import type Sigma from "sigma";
import { findDisputes, indexDisputes } from "../disputes/find";
import { ExportMenu, type ExportSource } from "../export/ui/ExportMenu";
import { renderPositions } from "../export/view";
import { applyFilters } from "../filters/pipeline";
import type { Era } from "../filters/types";
import { GraphView } from "../graph/GraphView";
import type { LayoutStatus } from "../layout/useForceAtlas2";
import { labelFor } from "../render/appearance";
import { useResearch } from "../session/ui/context";
import { ResearchButtons, ResearchControllers, ResearchOverlay } from "../session/ui/ResearchSlots";
import { useSessionLive } from "../session/useSessionLive";
import { viewReducer } from "../state";
import type { CameraView, Selection } from "../state/types";
import { binClaims, claimYearRange } from "../time/histogram";
import { CanvasOverlay } from "../ui/CanvasOverlay";
import { DetailsPanel } from "../ui/details/DetailsPanel";
import { Header } from "../ui/header/Header";
import { Sidebar } from "../ui/sidebar/Sidebar";
import { Timeline } from "../ui/timeline/Timeline";
import type { Boot } from "./boot";
import { isCorpusSized } from "./defaults";
import { revealNode, type ViewModel } from "./model";
import { useUrlSync } from "./useUrlSync";

/** One id per render graph: a new graph (verdicts, added documents) mounts a fresh sigma. */
const renderIds = new WeakMap<object, number>();
let lastRenderId = 0;
function renderId(render: object): number {
  let id = renderIds.get(render);
  if (id === undefined) renderIds.set(render, (id = ++lastRenderId));
  return id;
}

export function Viewer({ model, boot, file }: { model: ViewModel; boot: Boot; file: string }) {
  const { full } = model;
  const [view, dispatch] = useReducer(viewReducer, boot.view);
  // The first result was computed with the model (and is baked into its render graph).
  const reveal = revealNode(full, view);
  const visible = useMemo(
    () =>
      view.filters === boot.view.filters && reveal === model.reveal
        ? model.visible
        : applyFilters(full, view.filters, { reveal }),
    [full, model, boot, view.filters, reveal],
  );
  const histogram = useMemo(() => binClaims(full), [full]);
  const disputes = useMemo(() => indexDisputes(findDisputes(full)), [full]);
  // Corpus-sized graphs: the timeline axis opens on the claims' years (app/defaults.ts).
  const claimYears = useMemo(() => (isCorpusSized(full) ? claimYearRange(histogram) : null), [full, histogram]);
  const [layoutStatus, setLayoutStatus] = useState<LayoutStatus>({ running: false, iterations: 0 });
  const [layoutRun, setLayoutRun] = useState(0);
  const research = useResearch();
  const onUrlCamera = useUrlSync(view, boot.camera, research?.session.urlKeep ?? boot.keep);
  const onSessionCamera = useSessionLive({
    view,
    camera: boot.camera,
    render: model.render,
    layoutRunning: layoutStatus.running,
  });
  const onCamera = useCallback(
    (c: CameraView) => {
      onUrlCamera(c);
      onSessionCamera(c);
    },
    [onUrlCamera, onSessionCamera],
  );

  const onSelect = useCallback((selection: Selection | null) => dispatch({ type: "select", selection }), []);
  const sigmaRef = useRef<Sigma | null>(null);
  const exportSource: ExportSource = {
    full,
    visible,
    filters: view.filters,
    rejectedClaims: research?.rejectedClaims ?? 0,
    sigma: () => sigmaRef.current,
    positions: () => renderPositions(model.render.graph),
  };
  const describeEdge = useCallback(
    (key: string) => {
      const i = full.edges.index.get(key);
      if (i === undefined) return null;
      const name = (n: number) => labelFor(full.nodes.attrs[n], view.lang);
      const sep = full.edges.directed[i] ? " → " : " — ";
      return {
        relation: full.edges.attrs[i].relation,
        text: name(full.edges.source[i]) + sep + name(full.edges.target[i]),
      };
    },
    [full, view.lang],
  );
  const selectEdge = useCallback((key: string) => onSelect({ type: "edge", key }), [onSelect]);
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
        actions={
          <>
            <ResearchButtons />
            <ExportMenu source={exportSource} />
          </>
        }
      />
      <div className="main">
        <Sidebar full={full} visible={visible} view={view} lang={view.lang} disputes={disputes} dispatch={dispatch} />
        <div className="canvas-wrap">
          <GraphView
            key={renderId(model.render)}
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
          >
            <ResearchControllers
              render={model.render}
              sigmaRef={sigmaRef}
              canDrag={view.layout === "force" && !layoutStatus.running}
            />
          </GraphView>
          <CanvasOverlay full={full} visible={visible} era={view.filters.era} layout={layoutStatus} />
          <ResearchOverlay describe={describeEdge} onSelectEdge={selectEdge} />
        </div>
        <DetailsPanel
          full={full}
          visible={visible}
          view={view}
          lang={view.lang}
          disputes={disputes}
          dispatch={dispatch}
        />
      </div>
      <Timeline
        h={histogram}
        focus={claimYears}
        relations={view.filters.relations}
        era={view.filters.era}
        onEra={onEra}
      />
    </div>
  );
}
