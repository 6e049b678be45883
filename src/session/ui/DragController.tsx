/**
 * Drag a node to move it; dropping it pins it there (the force layout then leaves it in place and
 * the session keeps the position). Only in the force layout and while no layout runs — the
 * ForceAtlas2 worker would overwrite a dragged position. The frame is left automatic (no custom
 * bounding box), so the picture after a reload frames the saved positions the same way.
 * Renderless; under <SigmaContainer>.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { MouseCoords, SigmaNodeEventPayload } from "sigma/types";
import type { RenderGraph } from "../../render/types";

export function DragController(props: { render: RenderGraph; enabled: boolean; onDrop: (node: string) => void }) {
  const sigma = useSigma();
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  useEffect(() => {
    const graph = latest.current.render.graph;
    const captor = sigma.getMouseCaptor();
    let dragged: string | null = null;
    let moved = false;
    const down = (e: SigmaNodeEventPayload) => {
      if (!latest.current.enabled) return;
      dragged = e.node;
      moved = false;
    };
    const move = (e: MouseCoords) => {
      if (!dragged) return;
      const p = sigma.viewportToGraph(e);
      graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
      moved = true;
      e.preventSigmaDefault();
      e.original.preventDefault();
      e.original.stopPropagation();
    };
    const up = () => {
      if (dragged && moved) latest.current.onDrop(dragged);
      dragged = null;
      moved = false;
    };
    sigma.on("downNode", down);
    captor.on("mousemovebody", move);
    captor.on("mouseup", up);
    return () => {
      sigma.off("downNode", down);
      captor.off("mousemovebody", move);
      captor.off("mouseup", up);
    };
  }, [sigma]);
  return null;
}
