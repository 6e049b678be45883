import type { GraphJson } from "../schema/graph";

/** Where an export came from: Entente's version, the documents behind it, and the filters applied. */
export interface Provenance {
  generator: string;
  version: string;
  documents: { id: string; title: string; published: string | null }[];
  /** The viewer's filter state when the export was made; null for the whole graph. */
  filters: unknown;
}

/** Provenance of a graph (and the filters that produced the view being exported). */
export function provenanceOf(graph: GraphJson, version: string, filters: unknown = null): Provenance {
  return {
    generator: "entente",
    version,
    documents: graph.attributes.documents.map((d) => ({ id: d.id, title: d.title, published: d.published })),
    filters,
  };
}

/** One line of text for formats whose metadata is a single description string. */
export function describeProvenance(p: Provenance): string {
  const filters = p.filters === null ? "none (whole graph)" : JSON.stringify(p.filters);
  return `Exported by Entente ${p.version} from ${p.documents.length} documents (${p.documents.map((d) => d.id).join(", ")}); filters: ${filters}`;
}
