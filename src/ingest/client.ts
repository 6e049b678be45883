/**
 * Runs the extraction worker over a batch of files. One worker per batch, terminated when done (or
 * when the signal aborts), so a large batch never holds memory afterwards.
 *
 * @example
 * const { graph, failures } = await extractInWorker(files, VERSION, (p) => setProgress(p));
 */
import type { ExtractFailure } from "../../extract/pipeline";
import type { GraphJson } from "../../extract/schema/graph";
import type { IngestFile, IngestMessage, IngestRequest } from "./protocol";

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
}

/** The worker failed as a whole (not one file): it could not start or the pipeline threw. */
export class IngestWorkerError extends Error {
  override name = "IngestWorkerError";
}

export function extractInWorker(
  files: IngestFile[],
  version: string,
  onProgress: (p: IngestProgress) => void,
  signal?: AbortSignal,
): Promise<{ graph: GraphJson; failures: ExtractFailure[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException("Adding documents was cancelled.", "AbortError"));
    };
    signal?.addEventListener("abort", abort);
    worker.onmessage = (e: MessageEvent<IngestMessage>) => {
      const m = e.data;
      if (m.type === "progress") onProgress({ done: m.done, total: m.total, file: m.file });
      else if (m.type === "done") {
        finish();
        resolve({ graph: m.graph, failures: m.failures });
      } else {
        finish();
        reject(new IngestWorkerError(`The extraction failed: ${m.name}: ${m.message}`));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(
        new IngestWorkerError(
          `The extraction worker could not run (${e.message || "load error"}). Reload the page and try again.`,
        ),
      );
    };
    const req: IngestRequest = { type: "extract", files, version };
    worker.postMessage(
      req,
      files.map((f) => f.bytes.buffer as ArrayBuffer),
    );
  });
}
