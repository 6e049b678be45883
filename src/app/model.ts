/**
 * Everything derived from a loaded graph before the first frame: the first filter result, the
 * render graph with that result baked in, and the two layouts' positions. Built while the file is
 * still being validated off-thread.
 *
 * @example
 * const model = prepareModel(full, boot.view);
 */
import type { FullGraph } from "../data/types";
import { applyFilters } from "../filters/pipeline";
import type { VisibleGraph } from "../filters/types";
import { geoPositions } from "../layout/geo";
import { initialPositions } from "../layout/initial";
import type { Positions } from "../layout/types";
import { buildRenderGraph } from "../render/build";
import type { RenderGraph } from "../render/types";
import type { ViewState } from "../state/types";

export interface ViewModel {
  full: FullGraph;
  /** The filter result baked into `render` (the first one the view shows). */
  visible: VisibleGraph;
  /** The node whose leaders and treaties `visible` reveals (-1: none). */
  reveal: number;
  render: RenderGraph;
  /** Positions came from the file (no ForceAtlas2 on load). */
  fromFile: boolean;
  geo: Positions;
}

/** The selected state, whose leaders and treaties come in around it whatever the kind toggles say. */
export function revealNode(full: FullGraph, view: ViewState): number {
  const s = view.selection;
  if (s?.type !== "node") return -1;
  const i = full.nodes.index.get(s.key);
  return i !== undefined && full.nodes.attrs[i].kind === "country" ? i : -1;
}

export function prepareModel(full: FullGraph, view: ViewState): ViewModel {
  const reveal = revealNode(full, view);
  const visible = applyFilters(full, view.filters, { reveal });
  const { positions, fromFile } = initialPositions(full);
  const render = buildRenderGraph(full, { lang: view.lang, thickness: view.thickness, positions, visible });
  return { full, visible, reveal, render, fromFile, geo: geoPositions(full) };
}
