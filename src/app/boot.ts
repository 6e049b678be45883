/** Reads what the page was opened with: graph file (`?graph=`, default graph.json), view, camera. */
import type { CameraView, ViewState } from "../state/types";
import { decodeView } from "../url/state";

export interface Boot {
  graphUrl: string;
  /** Extra URL params to keep when rewriting the URL. */
  keep: Record<string, string>;
  view: ViewState;
  camera: CameraView | null;
}

export const DEFAULT_GRAPH_URL = "graph.json";

export function readBoot(search: string): Boot {
  const params = new URLSearchParams(search);
  const graph = params.get("graph");
  const { view, camera } = decodeView(search);
  return { graphUrl: graph || DEFAULT_GRAPH_URL, keep: graph ? { graph } : {}, view, camera };
}
