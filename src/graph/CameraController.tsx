/**
 * Camera: restores the URL's camera once, reports camera moves (for the URL), and brings a newly
 * selected node or edge into view. Renderless.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect, useRef, type RefObject } from "react";
import type { RenderGraph } from "../render/types";
import type { CameraView, Selection } from "../state/types";

const FOCUS_RATIO = 0.45;
/** Graphs this small fit on screen: focusing pans without zooming in. */
const SMALL_GRAPH = 100;

function focusPoint(
  render: RenderGraph,
  sigma: ReturnType<typeof useSigma>,
  s: Selection,
): { x: number; y: number } | null {
  const graph = render.graph;
  const nodes =
    s.type === "node"
      ? [s.key]
      : s.type === "pair"
        ? s.key.split("|")
        : s.type === "edge" && graph.hasEdge(s.key)
          ? graph.extremities(s.key)
          : s.type === "excluded" && render.excludedKeys[s.index]
            ? graph.extremities(render.excludedKeys[s.index])
            : [];
  // Graph attributes, not display data: right after a reducer change sigma's display cache holds
  // un-normalised positions until the next frame.
  const points = nodes
    .filter((n) => graph.hasNode(n) && !graph.getNodeAttribute(n, "hidden"))
    .map((n) => sigma.viewportToFramedGraph(sigma.graphToViewport(graph.getNodeAttributes(n))));
  if (points.length === 0) return null;
  return {
    x: points.reduce((a, p) => a + p.x, 0) / points.length,
    y: points.reduce((a, p) => a + p.y, 0) / points.length,
  };
}

export function CameraController(props: {
  render: RenderGraph;
  initialCamera: CameraView | null;
  selection: Selection | null;
  /** The last selection made by clicking the canvas (already in view: not focused). */
  canvasSelection: RefObject<Selection | null>;
  /** While the layout moves nodes, a focus is repeated once it settles. */
  layoutRunning: boolean;
  onCamera: (c: CameraView) => void;
}) {
  const { render, initialCamera, selection, canvasSelection, layoutRunning, onCamera } = props;
  const pending = useRef<Selection | null>(null);
  const sigma = useSigma();
  const restored = useRef(false);
  const lastFocused = useRef<Selection | null>(null);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (initialCamera) {
      sigma.getCamera().setState({ ...initialCamera, angle: 0 });
      // The URL's camera wins over focusing the URL's selection.
      lastFocused.current = selection;
    }
  }, [sigma, initialCamera, selection]);

  useEffect(() => {
    const camera = sigma.getCamera();
    const report = () => {
      const s = camera.getState();
      onCamera({ x: s.x, y: s.y, ratio: s.ratio });
    };
    camera.on("updated", report);
    return () => {
      camera.off("updated", report);
    };
  }, [sigma, onCamera]);

  useEffect(() => {
    const focus = (s: Selection) => {
      const p = focusPoint(render, sigma, s);
      if (!p) return;
      const camera = sigma.getCamera();
      const ratio =
        render.graph.order <= SMALL_GRAPH ? camera.getState().ratio : Math.min(camera.getState().ratio, FOCUS_RATIO);
      camera.animate({ ...p, ratio }, { duration: 450 });
    };
    // The layout settled after a focus: the node has moved, focus it again.
    if (!layoutRunning && pending.current && pending.current === selection) {
      pending.current = null;
      focus(selection);
      return;
    }
    // Every new selection (even of the same item, e.g. searched twice) is brought into view.
    if (!selection || selection === lastFocused.current) return;
    lastFocused.current = selection;
    if (selection === canvasSelection.current) return;
    if (layoutRunning) pending.current = selection;
    focus(selection);
  }, [sigma, render, selection, canvasSelection, layoutRunning]);
  return null;
}
