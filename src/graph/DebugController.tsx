/** Installs `window.__entente` (see debug.ts) while the graph view is mounted. Renderless. */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef, type RefObject } from "react";
import type { VisibleGraph } from "../filters/types";
import type { RenderGraph } from "../render/types";
import type { Selection } from "../state/types";
import type { EntenteDebug } from "./debug";
import { drawnEdges, EDGE_TOLERANCE_PX } from "./drawn";
import type { Focus } from "./focus";
import { nearestEdge, pointOnEdge } from "./pick";

/** How often hover/selection emphasis was computed, and the current one. */
export interface FocusLog {
  builds: number;
  focus: Focus | null;
}

export function DebugController(props: {
  render: RenderGraph;
  visible: VisibleGraph;
  selection: Selection | null;
  layoutRunning: () => boolean;
  focusLog: RefObject<FocusLog>;
}) {
  const sigma = useSigma();
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const graph = latest.current.render.graph;
    const viewport = (key: string) => (graph.hasNode(key) ? sigma.graphToViewport(graph.getNodeAttributes(key)) : null);
    const handle: EntenteDebug = {
      ready: true,
      renders: 0,
      lastRenderMs: 0,
      lastRenderAt: 0,
      counts: () => latest.current.visible.totals,
      visibleEdges: () => graph.filterEdges((_e, a) => !a.hidden).sort(),
      visibleNodes: () => graph.filterNodes((_n, a) => !a.hidden).sort(),
      fadedNodes: () => graph.filterNodes((_n, a) => !a.hidden && !latest.current.visible.nodeActive[a.index]).sort(),
      nodeViewport: viewport,
      edgeSize: (key) =>
        sigma.getEdgeDisplayData(key)?.size ?? (graph.hasEdge(key) ? graph.getEdgeAttribute(key, "size") : 0),
      edgeViewport: (key, u = 0.5) => {
        if (!graph.hasEdge(key)) return null;
        const [s, t] = graph.extremities(key).map(viewport);
        if (!s || !t) return null;
        return pointOnEdge(s, t, graph.getEdgeAttribute(key, "curvature") || 0, u);
      },
      edgeAt: (x, y) => nearestEdge(drawnEdges(sigma, latest.current.render), { x, y }, EDGE_TOLERANCE_PX),
      camera: () => sigma.getCamera().getState(),
      // sigma divides by the duration: 0 would never finish
      animateCamera: (state, duration) =>
        new Promise((ok) => sigma.getCamera().animate(state, { duration: Math.max(1, duration) }, () => ok())),
      layoutRunning: () => latest.current.layoutRunning(),
      cameraAnimating: () => sigma.getCamera().isAnimated(),
      selection: () => latest.current.selection,
      focus: () => {
        const log = latest.current.focusLog.current;
        return {
          builds: log.builds,
          nodes: log.focus ? [...log.focus.nodes].sort() : [],
          edges: log.focus ? [...log.focus.edges].sort() : [],
        };
      },
    };
    let started = 0;
    const beforeRender = () => (started = performance.now());
    const onRender = () => {
      handle.renders++;
      handle.lastRenderAt = performance.now();
      handle.lastRenderMs = handle.lastRenderAt - started;
    };
    // Sigma's constructor has already drawn the first frame.
    handle.renders = 1;
    performance.mark("entente:first-render");
    sigma.on("beforeRender", beforeRender);
    sigma.on("afterRender", onRender);
    window.__entente = handle;
    return () => {
      sigma.off("beforeRender", beforeRender);
      sigma.off("afterRender", onRender);
      if (window.__entente === handle) delete window.__entente;
    };
  }, [sigma]);
  return null;
}
