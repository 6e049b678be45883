/**
 * Mirrors the view state and camera into the URL with `history.replaceState`, debounced so brushing
 * or panning does not flood the history API. Returns the function to call on camera moves.
 */
import { useCallback, useEffect, useRef } from "react";
import type { CameraView, ViewState } from "../state/types";
import { encodeView } from "../url/state";

const DELAY_MS = 200;

export function useUrlSync(view: ViewState, initialCamera: CameraView | null, keep: Record<string, string>) {
  const camera = useRef(initialCamera);
  const viewRef = useRef(view);
  const timer = useRef<number | null>(null);

  const schedule = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      const query = encodeView(viewRef.current, camera.current, keep);
      const next = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (next !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
        window.history.replaceState(null, "", next);
    }, DELAY_MS);
  }, [keep]);

  useEffect(() => {
    viewRef.current = view;
    schedule();
  }, [view, schedule]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  return useCallback(
    (c: CameraView) => {
      camera.current = c;
      schedule();
    },
    [schedule],
  );
}
