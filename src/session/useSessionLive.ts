/**
 * Connects the viewer to the open session: lends it the current view, camera and force-layout
 * positions (read when the session is saved) and tells it when they change. Returns the camera
 * callback to chain with the URL's.
 *
 * @example
 * const onSessionCamera = useSessionLive({ view, camera: boot.camera, render, layoutRunning });
 */
import { useCallback, useEffect, useRef } from "react";
import type { RenderGraph } from "../render/types";
import type { CameraView, ViewState } from "../state/types";
import type { Session } from "./schema";
import { useSession } from "./ui/context";

/** Node positions of the render graph, rounded to 1/1000 of a unit. */
export function positionsOf(render: RenderGraph): Session["positions"] {
  const out: Session["positions"] = {};
  const r = (v: number) => Math.round(v * 1000) / 1000;
  render.graph.forEachNode((k, a) => {
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) out[k] = [r(a.x), r(a.y)];
  });
  return out;
}

/** Equal at the precision the URL and the session keep (4 decimals). */
export function sameCamera(a: CameraView, b: CameraView): boolean {
  const r = (v: number) => Math.round(v * 1e4);
  return r(a.x) === r(b.x) && r(a.y) === r(b.y) && r(a.ratio) === r(b.ratio);
}

export function useSessionLive(opts: {
  view: ViewState;
  camera: CameraView | null;
  render: RenderGraph;
  layoutRunning: boolean;
}) {
  const ctl = useSession();
  // Only the stable callbacks: the controller object changes with every save status.
  const touch = ctl?.touch;
  const bindLive = ctl?.bindLive;
  const view = useRef(opts.view);
  const camera = useRef(opts.camera);
  const render = useRef(opts.render);
  const running = useRef(opts.layoutRunning);
  useEffect(() => {
    render.current = opts.render;
    running.current = opts.layoutRunning;
  }, [opts.render, opts.layoutRunning]);

  useEffect(() => {
    if (!bindLive) return;
    bindLive({
      view: () => view.current,
      camera: () => camera.current,
      positions: () => (running.current || view.current.layout !== "force" ? null : positionsOf(render.current)),
    });
    return () => bindLive(null);
  }, [bindLive]);

  const first = useRef(true);
  useEffect(() => {
    view.current = opts.view;
    if (first.current) {
      first.current = false;
      return;
    }
    touch?.();
  }, [opts.view, touch]);

  const wasRunning = useRef(opts.layoutRunning);
  useEffect(() => {
    // A finished layout has new positions worth saving.
    if (wasRunning.current && !opts.layoutRunning) touch?.();
    wasRunning.current = opts.layoutRunning;
  }, [opts.layoutRunning, touch]);

  return useCallback(
    (c: CameraView) => {
      // Restoring the saved camera (or a move below the URL's precision) is not a change.
      const same = camera.current !== null && sameCamera(camera.current, c);
      camera.current = c;
      if (!same) touch?.();
    },
    [touch],
  );
}
