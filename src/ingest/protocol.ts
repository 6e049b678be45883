/** Messages between the viewer and the extraction worker. */
import type { ExtractFailure } from "../../extract/pipeline";
import type { GraphJson } from "../../extract/schema/graph";

/** One file to extract: its document id and bytes (transferred, not copied). */
export interface IngestFile {
  id: string;
  bytes: Uint8Array;
}

export interface IngestRequest {
  type: "extract";
  files: IngestFile[];
  version: string;
}

export type IngestMessage =
  | { type: "progress"; done: number; total: number; file: string }
  | { type: "done"; graph: GraphJson; failures: ExtractFailure[] }
  | { type: "error"; name: string; message: string };
