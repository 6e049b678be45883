/**
 * Corpus-sized defaults. A graph over a few hundred nodes opens on states and the relations between
 * them (leaders and treaties come in around a state when it is clicked), on the era where its claims
 * are (the 1st–99th percentile of claim years). Only what the link does not set itself changes: a
 * shared link opens exactly as it was shared.
 *
 * @example
 * const view = corpusView(full, boot.view, new URLSearchParams(location.search));
 */
import type { FullGraph } from "../data/types";
import type { ViewState } from "../state/types";
import { binClaims, claimYearRange } from "../time/histogram";

/** Above this many nodes a graph is corpus-sized. */
export const CORPUS_NODES = 300;

export function isCorpusSized(full: FullGraph): boolean {
  return full.nodes.keys.length > CORPUS_NODES;
}

/** The view to open on: `view` with the corpus defaults for whatever `params` leaves unset. */
export function corpusView(full: FullGraph, view: ViewState, params: URLSearchParams): ViewState {
  if (!isCorpusSized(full) || params.has("session") || (params.has("kind") && params.has("era"))) return view;
  const filters = { ...view.filters };
  if (!params.has("kind")) filters.kinds = ["country"];
  if (!params.has("era")) {
    const range = claimYearRange(binClaims(full));
    if (range) filters.era = { from: range[0], to: range[1] };
  }
  return { ...view, filters };
}
