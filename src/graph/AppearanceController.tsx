/**
 * Hover and selection emphasis. The focus sets are computed here — once per hover or selection
 * change — and the reducers only look them up. When the filters change under a focus, the sets
 * are recomputed and only the items whose emphasis changed are refreshed. With no focus the
 * reducers are removed, so sigma skips them entirely.
 */
import { useSetSettings, useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { VisibleGraph } from "../filters/types";
import type { RenderEdgeAttributes, RenderGraph, RenderNodeAttributes } from "../render/types";
import type { Selection } from "../state/types";
import { focusFor, type Focus } from "./focus";

const DIM_NODE = "#e4e8ee";
const DIM_EDGE = "#dfe4ea55";

function changed(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const k of a) if (!b.has(k)) out.push(k);
  for (const k of b) if (!a.has(k)) out.push(k);
  return out;
}

export function AppearanceController(props: {
  render: RenderGraph;
  visible: VisibleGraph;
  hovered: string | null;
  selection: Selection | null;
  /** Receives each new focus (for the debug handle). */
  onFocus?: (focus: Focus | null) => void;
}) {
  const { render, visible, hovered, selection, onFocus } = props;
  const sigma = useSigma();
  const setSettings = useSetSettings<RenderNodeAttributes, RenderEdgeAttributes>();
  const focusRef = useRef<Focus | null>(null);
  const latest = useRef({ hovered, selection });
  useEffect(() => {
    latest.current = { hovered, selection };
  });

  // A new hover or selection: new sets, reducers (re)installed.
  useEffect(() => {
    const focus = focusFor(render.graph, hovered, selection, render.excludedKeys);
    focusRef.current = focus;
    onFocus?.(focus);
    if (!focus) {
      // Removing reducers costs a full refresh: only do it when some are set.
      if (sigma.getSetting("nodeReducer") || sigma.getSetting("edgeReducer"))
        setSettings({ nodeReducer: null, edgeReducer: null });
      return;
    }
    setSettings({
      nodeReducer: (node, data): Partial<NodeDisplayData> => {
        const f = focusRef.current;
        if (!f) return data;
        if (f.node === node) return { ...data, highlighted: true, zIndex: 2 };
        if (f.nodes.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
        return { ...data, color: DIM_NODE, label: "", zIndex: 0 };
      },
      edgeReducer: (edge, data): Partial<EdgeDisplayData> => {
        const f = focusRef.current;
        if (!f) return data;
        if (f.edge === edge) return { ...data, size: data.size * 2, color: data.color.slice(0, 7), zIndex: 2 };
        if (f.edges.has(edge)) return { ...data, color: data.color.slice(0, 7), zIndex: 1 };
        return { ...data, color: DIM_EDGE, zIndex: 0 };
      },
    });
  }, [sigma, setSettings, render, hovered, selection, onFocus]);

  // The filters changed under a focus: the neighbourhood follows, refreshing only what changed.
  const seen = useRef(visible);
  useEffect(() => {
    if (seen.current === visible) return;
    seen.current = visible;
    const before = focusRef.current;
    if (!before) return;
    const after = focusFor(render.graph, latest.current.hovered, latest.current.selection, render.excludedKeys);
    if (!after) return;
    const nodes = changed(before.nodes, after.nodes);
    const edges = changed(before.edges, after.edges);
    focusRef.current = after;
    onFocus?.(after);
    if (nodes.length || edges.length) sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
  }, [sigma, render, visible, onFocus]);
  return null;
}
