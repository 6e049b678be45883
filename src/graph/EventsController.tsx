/**
 * Translates pointer events into hover state and selections. Renderless.
 *
 * Edges are picked geometrically (see pick.ts) rather than with sigma's edge picking: a click on
 * the stage selects the nearest drawn edge within a few pixels. On graphs small enough for a scan
 * per frame, hovering an edge shows the pointer cursor too.
 */
import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect, type RefObject } from "react";
import type { RenderGraph } from "../render/types";
import type { Selection } from "../state/types";
import { drawnEdges, EDGE_TOLERANCE_PX } from "./drawn";
import { nearestEdge, type Point } from "./pick";

/** Above this many edges, edge hover feedback is skipped (clicks still work). */
const HOVER_SCAN_MAX_EDGES = 30_000;

export function EventsController(props: {
  render: RenderGraph;
  onHover: (node: string | null) => void;
  onSelect: (s: Selection | null) => void;
  canvasSelection: RefObject<Selection | null>;
}) {
  const { render, onHover, onSelect, canvasSelection } = props;
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    const container = sigma.getContainer();
    const graph = render.graph;
    const over: { node: string | null; edge: string | null } = { node: null, edge: null };
    const cursor = () => (container.style.cursor = over.node || over.edge ? "pointer" : "");
    const select = (s: Selection) => {
      canvasSelection.current = s;
      onSelect(s);
    };
    const selectEdge = (edge: string) => {
      const a = graph.getEdgeAttributes(edge);
      select(a.excluded ? { type: "excluded", index: a.index } : { type: "edge", key: edge });
    };
    let frame: number | null = null;
    let pointer: Point | null = null;
    const hoverEdges = () => {
      frame = null;
      if (!pointer || over.node) return;
      over.edge = nearestEdge(drawnEdges(sigma, render), pointer, EDGE_TOLERANCE_PX);
      cursor();
    };
    registerEvents({
      enterNode: (e) => {
        over.node = e.node;
        cursor();
        onHover(e.node);
      },
      leaveNode: (e) => {
        if (over.node === e.node) over.node = null;
        cursor();
        onHover(null);
      },
      mousemovebody: (e) => {
        if (graph.size > HOVER_SCAN_MAX_EDGES) return;
        pointer = { x: e.x, y: e.y };
        frame ??= requestAnimationFrame(hoverEdges);
      },
      clickNode: (e) => select({ type: "node", key: e.node }),
      clickStage: (e) => {
        const near = nearestEdge(drawnEdges(sigma, render), { x: e.event.x, y: e.event.y }, EDGE_TOLERANCE_PX);
        if (near) selectEdge(near);
        else onSelect(null);
      },
    });
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [sigma, registerEvents, render, onHover, onSelect, canvasSelection]);
  return null;
}
