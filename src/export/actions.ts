/**
 * Export actions offered in the viewer: every format of `extract/export` (graph JSON, GEXF 1.3
 * with time intervals, GraphML, CSV) plus pictures (PNG, SVG), for the whole graph or the current
 * view. Every file carries the provenance: documents, Entente version and the filters applied.
 *
 * @example
 * const file = exportTextFile("gexf", graphJson, provenance, "view");
 * download(file.name, file.content, file.mime);
 */
import { exportGraph, type ExportFile, type Provenance } from "../../extract/export";
import { describeProvenance } from "../../extract/export/provenance";
import type { GraphJson } from "../../extract/schema/graph";
import type { ExportScope } from "./view";

export type TextExportId =
  "json" | "gexf" | "graphml" | "nodes.csv" | "edges.csv" | "claims.csv" | "documents.csv" | "provenance.json";
export type PictureExportId = "png" | "svg";
export type ExportId = TextExportId | PictureExportId;

export interface ExportItem {
  id: ExportId;
  label: string;
  hint: string;
  group: "graph" | "table" | "picture";
}

export const EXPORT_ITEMS: ExportItem[] = [
  {
    id: "json",
    label: "Graph JSON",
    hint: "Reopens in Entente, graphology, Gephi Lite",
    group: "graph",
  },
  { id: "gexf", label: "GEXF 1.3", hint: "Gephi, with edge time intervals", group: "graph" },
  { id: "graphml", label: "GraphML", hint: "yEd, Cytoscape, NetworkX", group: "graph" },
  { id: "nodes.csv", label: "nodes.csv", hint: "One row per node", group: "table" },
  { id: "edges.csv", label: "edges.csv", hint: "One row per edge: span, confidence", group: "table" },
  { id: "claims.csv", label: "claims.csv", hint: "One row per claim, with its quote", group: "table" },
  { id: "documents.csv", label: "documents.csv", hint: "The documents cited", group: "table" },
  {
    id: "provenance.json",
    label: "provenance.json",
    hint: "Documents, version and filters",
    group: "table",
  },
  { id: "png", label: "PNG image", hint: "At screen resolution", group: "picture" },
  { id: "svg", label: "SVG image", hint: "Vector graphics, editable", group: "picture" },
];

/** File name stem: "entente-graph" or "entente-view". */
export function exportStem(scope: ExportScope): string {
  return `entente-${scope}`;
}

const FORMAT_OF: Record<TextExportId, "json" | "gexf" | "graphml" | "csv"> = {
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
  "nodes.csv": "csv",
  "edges.csv": "csv",
  "claims.csv": "csv",
  "documents.csv": "csv",
  "provenance.json": "csv",
};

/** One text export, named for its scope (e.g. "entente-view.gexf", "entente-graph-claims.csv"). */
export function exportTextFile(
  id: TextExportId,
  graph: GraphJson,
  provenance: Provenance,
  scope: ExportScope,
): ExportFile {
  const files = exportGraph(graph, FORMAT_OF[id], provenance);
  const stem = exportStem(scope);
  if (id === "json" || id === "gexf" || id === "graphml") {
    const f = files[0];
    return { ...f, name: `${stem}.${id}` };
  }
  const f = files.find((x) => x.name === id);
  if (!f) throw new Error(`no ${id} in the CSV export`);
  return { ...f, name: `${stem}-${id}` };
}

/** The filters an export records: the view's filters (view scope) and the analyst's rejections. */
export function exportFilters(scope: ExportScope, filters: unknown, rejectedClaims: number): unknown {
  if (scope === "view") return rejectedClaims > 0 ? { ...(filters as object), rejectedClaims } : filters;
  return rejectedClaims > 0 ? { rejectedClaims } : null;
}

/** Text metadata written into pictures. */
export function pictureMetadata(provenance: Provenance): Record<string, string> {
  return {
    Software: `Entente ${provenance.version}`,
    Description: describeProvenance(provenance),
    Provenance: JSON.stringify(provenance),
  };
}
