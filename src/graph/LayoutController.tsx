/**
 * Layout switching: ForceAtlas2 (worker, stops itself) or geographic. Switching animates nodes;
 * force positions are kept while the geographic layout is shown and restored on the way back.
 * Filters never move nodes (they only toggle `hidden`). Renderless.
 */
import { useEffect, useRef } from "react";
import { animateNodes } from "sigma/utils";
import type { Positions } from "../layout/types";
import type { ForceAtlas2Handle } from "../layout/useForceAtlas2";
import type { RenderGraph } from "../render/types";
import type { LayoutName } from "../state/types";

type Targets = Record<string, { x: number; y: number }>;

function snapshot(render: RenderGraph): Targets {
  const out: Targets = {};
  render.graph.forEachNode((k, a) => (out[k] = { x: a.x, y: a.y }));
  return out;
}

function fromPositions(render: RenderGraph, p: Positions): Targets {
  const out: Targets = {};
  render.graph.forEachNode((k, a) => (out[k] = { x: p.x[a.index], y: p.y[a.index] }));
  return out;
}

export function LayoutController(props: {
  fa2: ForceAtlas2Handle;
  render: RenderGraph;
  layout: LayoutName;
  geo: Positions;
  positionsFromFile: boolean;
  layoutRun: number;
}) {
  const { fa2, render, layout, geo, positionsFromFile, layoutRun } = props;
  const previous = useRef<LayoutName | null>(null);
  // Saved force-layout positions (the file's own, when it has them); filled lazily, not per render.
  const forcePositions = useRef<Targets | null | undefined>(undefined);
  if (forcePositions.current === undefined) forcePositions.current = positionsFromFile ? snapshot(render) : null;
  const interrupted = useRef(false);

  useEffect(() => {
    const first = previous.current === null;
    const from = previous.current;
    previous.current = layout;
    let cancel: (() => void) | null = null;
    if (layout === "geo") {
      if (from === "force") forcePositions.current = snapshot(render);
      const targets = fromPositions(render, geo);
      if (first) render.graph.updateEachNodeAttributes((k, a) => ({ ...a, ...targets[k] }), { attributes: ["x", "y"] });
      else cancel = animateNodes(render.graph, targets, { duration: 700, easing: "quadraticInOut" });
    } else if (interrupted.current || !forcePositions.current) {
      // Never run, or stopped half-way (layout switch, StrictMode remount): continue from here.
      interrupted.current = false;
      fa2.start();
    } else if (!first) {
      cancel = animateNodes(render.graph, forcePositions.current, { duration: 700, easing: "quadraticInOut" });
    }
    return () => {
      cancel?.();
      if (fa2.isRunning()) {
        fa2.stop();
        interrupted.current = true;
      }
    };
  }, [layout, render, geo, fa2]);

  const lastRun = useRef(layoutRun);
  useEffect(() => {
    if (layoutRun === lastRun.current) return;
    lastRun.current = layoutRun;
    if (layout !== "force") return;
    fa2.stop();
    fa2.start();
  }, [layoutRun, layout, fa2]);
  return null;
}
