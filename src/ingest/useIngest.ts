/**
 * Adding documents from the browser: reads the files, runs the extraction worker with progress,
 * hands the extraction to `onExtracted` (which merges it into the session and says what it brought),
 * and keeps the outcome — including every file that could not be read, by name — until dismissed.
 *
 * @example
 * const ingest = useIngest(existingDocIds, (graph) => session.addDocuments(graph));
 * ingest.add([...event.dataTransfer.files]);
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ExtractFailure } from "../../extract/pipeline";
import type { GraphJson } from "../../extract/schema/graph";
import { VERSION } from "../../extract/version";
import { extractInWorker } from "./client";
import { readDropped } from "./files";

/** What an added batch brought into the graph. */
export interface IngestSummary {
  newEdges: string[];
  strengthenedEdges: string[];
  addedClaims: number;
}

export type IngestState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number; file: string }
  | ({ status: "done"; documents: string[]; failures: ExtractFailure[] } & IngestSummary)
  | { status: "error"; message: string };

export function useIngest(existing: () => Iterable<string>, onExtracted: (graph: GraphJson) => IngestSummary) {
  const [state, setState] = useState<IngestState>({ status: "idle" });
  const ctrl = useRef<AbortController | null>(null);
  const merge = useRef(onExtracted);
  useEffect(() => {
    merge.current = onExtracted;
  }, [onExtracted]);
  useEffect(() => () => ctrl.current?.abort(), []);

  const add = useCallback(
    async (dropped: File[]) => {
      if (dropped.length === 0 || ctrl.current) return;
      const abort = new AbortController();
      ctrl.current = abort;
      setState({ status: "running", done: 0, total: dropped.length, file: dropped[0].name });
      try {
        const read = await readDropped(dropped, existing());
        let graph: GraphJson | null = null;
        let failures = read.failures;
        if (read.files.length > 0) {
          const out = await extractInWorker(
            read.files,
            VERSION,
            (p) => setState({ status: "running", done: p.done, total: dropped.length, file: p.file }),
            abort.signal,
          );
          graph = out.graph;
          failures = [...failures, ...out.failures];
        }
        const documents = graph?.attributes.documents.map((d) => d.id) ?? [];
        const summary =
          graph && documents.length > 0
            ? merge.current(graph)
            : { newEdges: [], strengthenedEdges: [], addedClaims: 0 };
        setState({ status: "done", documents, failures, ...summary });
      } catch (e) {
        if (abort.signal.aborted) setState({ status: "idle" });
        else setState({ status: "error", message: e instanceof Error ? e.message : String(e) });
      } finally {
        ctrl.current = null;
      }
    },
    [existing],
  );

  const cancel = useCallback(() => ctrl.current?.abort(), []);
  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, add, cancel, dismiss };
}
