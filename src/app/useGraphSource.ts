/**
 * Loads the graph file once: `{ status: "loading" | "ready" | "error" }`. The view shows as soon as
 * the graph is indexed; schema validation (off-thread) starts once the graph's first frame is on
 * screen (render/drawn.ts), so it never competes with it. If validation reports a problem the
 * status turns to "error" and the view gives way to it. Errors stay visible until another file is
 * loaded.
 *
 * @example
 * const source = useGraphSource("graph.json");
 */
import { useEffect, useState } from "react";
import { loadGraph } from "../data/load";
import type { FullGraph } from "../data/types";
import { afterDrawn } from "../render/drawn";

export type GraphSource<T> =
  | { status: "loading"; url: string }
  | { status: "ready"; url: string; model: T }
  | { status: "error"; url: string; error: Error };

/** Validation starts at the latest this long after the graph is ready, drawn or not. */
const VALIDATE_FALLBACK_MS = 30_000;

/** `prepare` turns the indexed graph into what the view needs; it must be stable. */
export function useGraphSource<T>(url: string, prepare: (full: FullGraph) => T): GraphSource<T> {
  const [source, setSource] = useState<GraphSource<T>>({ status: "loading", url });
  useEffect(() => {
    const ctrl = new AbortController();
    const fail = (error: unknown) => {
      if (ctrl.signal.aborted) return;
      setSource({ status: "error", url, error: error instanceof Error ? error : new Error(String(error)) });
    };
    let cancelValidation = () => {};
    loadGraph(url, ctrl.signal, prepare).then(({ value, validate }) => {
      if (ctrl.signal.aborted) return;
      performance.mark("entente:loaded");
      // Listen before the view mounts, so its first frame cannot be missed.
      cancelValidation = afterDrawn(() => {
        if (ctrl.signal.aborted) return;
        validate().then((error) => {
          performance.mark("entente:validated");
          if (error) fail(error);
        }, fail);
      }, VALIDATE_FALLBACK_MS);
      setSource({ status: "ready", url, model: value });
    }, fail);
    return () => {
      ctrl.abort();
      cancelValidation();
    };
  }, [url, prepare]);
  return source;
}
