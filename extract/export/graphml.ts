/**
 * GraphML export: every node and edge attribute as a declared <key>, claims as a JSON string,
 * periods as ISO 8601 intervals (`1896/1896;2014/..`, extract/export/periods.ts), and provenance as
 * a graph-level data element.
 */
import type { GraphJson } from "../schema/graph";
import { periodsText } from "./periods";
import { describeProvenance, type Provenance } from "./provenance";

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const NODE_KEYS = ["kind", "label", "labelEn", "names", "country", "role", "year", "lat", "lng"] as const;
const EDGE_KEYS = ["relation", "start", "end", "periods", "confidence", "claims"] as const;
const TYPES: Record<string, string> = { year: "int", lat: "double", lng: "double", confidence: "double" };

/** The graph as a GraphML document. */
export function graphToGraphml(graph: GraphJson, provenance: Provenance): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="provenance" for="graph" attr.name="provenance" attr.type="string"/>',
  ];
  for (const k of NODE_KEYS)
    out.push(`  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${TYPES[k] ?? "string"}"/>`);
  for (const k of EDGE_KEYS)
    out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${TYPES[k] ?? "string"}"/>`);
  out.push('  <graph id="entente" edgedefault="directed">');
  out.push(`    <data key="provenance">${esc(describeProvenance(provenance))}</data>`);
  for (const n of graph.nodes) {
    out.push(`    <node id="${esc(n.key)}">`);
    for (const k of NODE_KEYS) {
      const v = n.attributes[k];
      if (v === undefined || v === null) continue;
      out.push(`      <data key="n_${k}">${esc(Array.isArray(v) ? v.join("|") : String(v))}</data>`);
    }
    out.push("    </node>");
  }
  for (const e of graph.edges) {
    out.push(
      `    <edge id="${esc(e.key)}" source="${esc(e.source)}" target="${esc(e.target)}" directed="${e.undirected ? "false" : "true"}">`,
    );
    const a = e.attributes;
    const values: Record<string, string | number | null | undefined> = {
      relation: a.relation,
      start: a.start,
      end: a.end,
      periods: periodsText(a.periods),
      confidence: a.confidence,
      claims: JSON.stringify(a.claims),
    };
    for (const k of EDGE_KEYS) {
      const v = values[k];
      if (v === undefined || v === null) continue;
      out.push(`      <data key="e_${k}">${esc(String(v))}</data>`);
    }
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
