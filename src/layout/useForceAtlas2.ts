/**
 * ForceAtlas2 in a Web Worker (graphology's supervisor) that stops by itself once settled
 * (see converge.ts) and is killed on unmount. Positions land in the render graph, which sigma
 * redraws; nothing else is touched.
 *
 * @example
 * const fa2 = useForceAtlas2(graph, setStatus);
 * fa2.start();
 */
import type Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { RenderEdgeAttributes, RenderNodeAttributes } from "../render/types";
import { ConvergenceTracker, settleOptions } from "./converge";
import { fa2Settings } from "./fa2";

export interface LayoutStatus {
  running: boolean;
  iterations: number;
}

type RGraph = Graph<RenderNodeAttributes, RenderEdgeAttributes>;

export interface ForceAtlas2Handle {
  start(): void;
  stop(): void;
  /** Synchronous: true from `start()` until settled or stopped. */
  isRunning(): boolean;
}

interface Running {
  tracker: ConvergenceTracker;
  xs: Float64Array;
  ys: Float64Array;
  listener: (e: { hints?: { attributes?: string[] } }) => void;
}

/** Status is reported at most every `REPORT_EVERY` iterations to keep React quiet. */
const REPORT_EVERY = 10;

export function useForceAtlas2(graph: RGraph, onStatus: (s: LayoutStatus) => void): ForceAtlas2Handle {
  const layoutRef = useRef<FA2Layout | null>(null);
  const runRef = useRef<Running | null>(null);
  const statusRef = useRef(onStatus);
  useEffect(() => {
    statusRef.current = onStatus;
  }, [onStatus]);

  const stop = useCallback(() => {
    const run = runRef.current;
    layoutRef.current?.stop();
    if (!run) return;
    graph.off("eachNodeAttributesUpdated", run.listener);
    runRef.current = null;
    statusRef.current({ running: false, iterations: run.tracker.iterations });
  }, [graph]);

  const start = useCallback(() => {
    if (runRef.current) return;
    // Created lazily: child components' effects (which call start) run before this hook's own.
    layoutRef.current ??= new FA2Layout(graph, { settings: fa2Settings(graph.order), getEdgeWeight: "weight" });
    const layout = layoutRef.current;
    const n = graph.order;
    const run: Running = {
      tracker: new ConvergenceTracker(n, settleOptions(n)),
      xs: new Float64Array(n),
      ys: new Float64Array(n),
      listener: (e) => {
        if (e.hints) return; // our own relabel/animation updates carry hints; FA2's do not
        let i = 0;
        graph.forEachNode((_k, a) => {
          run.xs[i] = a.x;
          run.ys[i] = a.y;
          i++;
        });
        const done = run.tracker.step(run.xs, run.ys);
        if (done) stop();
        else if (run.tracker.iterations % REPORT_EVERY === 0)
          statusRef.current({ running: true, iterations: run.tracker.iterations });
      },
    };
    runRef.current = run;
    graph.on("eachNodeAttributesUpdated", run.listener);
    statusRef.current({ running: true, iterations: 0 });
    layout.start();
  }, [graph, stop]);

  useEffect(
    () => () => {
      const run = runRef.current;
      if (run) graph.off("eachNodeAttributesUpdated", run.listener);
      runRef.current = null;
      layoutRef.current?.kill();
      layoutRef.current = null;
    },
    [graph],
  );

  const isRunning = useCallback(() => runRef.current !== null, []);
  return useMemo(() => ({ start, stop, isRunning }), [start, stop, isRunning]);
}
