/**
 * The extraction worker: runs the same pipeline as the CLI (`extractGraph`) over files dropped in
 * the viewer, reporting progress per file. A file that cannot be read is reported in `failures`;
 * the rest still go in.
 */
import { extractGraph } from "../../extract/pipeline";
import type { IngestMessage, IngestRequest } from "./protocol";

const post = (m: IngestMessage) => self.postMessage(m);

self.onmessage = (event: MessageEvent<IngestRequest>) => {
  const req = event.data;
  if (req.type !== "extract") return;
  try {
    const { graph, failures } = extractGraph(req.files, {
      version: req.version,
      onProgress: (done, total, file) => post({ type: "progress", done, total, file }),
    });
    post({ type: "done", graph, failures });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ type: "error", name: err.name, message: err.message });
  }
};
