/**
 * Exports of a graph (the whole graph or the viewer's current view) in every supported format,
 * each carrying the extraction's provenance. Shared by the CLI (`--format`) and the viewer.
 *
 * @example
 * const files = exportGraph(graph, "gexf", provenanceOf(graph, VERSION));
 */
import { parseGraphJson, type GraphJson } from "../schema/graph";
import { graphToCsv, toCsv } from "./csv";
import { graphToGexf } from "./gexf";
import { graphToGraphml } from "./graphml";
import type { Provenance } from "./provenance";
import type { ExportFile, ExportFormat } from "./types";

export { provenanceOf, type Provenance } from "./provenance";
export { EXPORT_FORMATS, type ExportFile, type ExportFormat } from "./types";
export { toCsv };

/** Exports a graph; graph JSON is validated against the contract first. */
export function exportGraph(graph: GraphJson, format: ExportFormat, provenance: Provenance): ExportFile[] {
  switch (format) {
    case "json": {
      const withProvenance: GraphJson = { ...graph, attributes: { ...graph.attributes, provenance } };
      const valid = parseGraphJson(withProvenance);
      if (!valid.ok) throw valid.error;
      return [
        { name: "graph.json", mime: "application/json", content: JSON.stringify(withProvenance, null, 2) + "\n" },
      ];
    }
    case "gexf":
      return [{ name: "graph.gexf", mime: "application/gexf+xml", content: graphToGexf(graph, provenance) }];
    case "graphml":
      return [{ name: "graph.graphml", mime: "application/graphml+xml", content: graphToGraphml(graph, provenance) }];
    case "csv":
      return [
        ...graphToCsv(graph),
        { name: "provenance.json", mime: "application/json", content: JSON.stringify(provenance, null, 2) + "\n" },
      ];
  }
}
