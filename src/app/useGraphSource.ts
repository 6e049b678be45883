/**
 * Loads the graph file once: `{ status: "loading" | "ready" | "error" }`. The view shows as soon as
 * the graph is indexed; if the off-thread validation then reports a problem, the status turns to
 * "error" and the view gives way to it. Errors stay visible until another file is loaded.
 *
 * @example
 * const source = useGraphSource("graph.json");
 */
import { useEffect, useState } from "react";
import { loadGraph } from "../data/load";
import type { FullGraph } from "../data/types";

export type GraphSource<T> =
  | { status: "loading"; url: string }
  | { status: "ready"; url: string; model: T }
  | { status: "error"; url: string; error: Error };

/** `prepare` turns the indexed graph into what the view needs; it must be stable. */
export function useGraphSource<T>(url: string, prepare: (full: FullGraph) => T): GraphSource<T> {
  const [source, setSource] = useState<GraphSource<T>>({ status: "loading", url });
  useEffect(() => {
    const ctrl = new AbortController();
    const fail = (error: unknown) => {
      if (ctrl.signal.aborted) return;
      setSource({ status: "error", url, error: error instanceof Error ? error : new Error(String(error)) });
    };
    loadGraph(url, ctrl.signal, prepare).then(({ value, validation }) => {
      if (ctrl.signal.aborted) return;
      performance.mark("entente:loaded");
      setSource({ status: "ready", url, model: value });
      validation.then((error) => {
        performance.mark("entente:validated");
        if (error) fail(error);
      }, fail);
    }, fail);
    return () => ctrl.abort();
  }, [url, prepare]);
  return source;
}
