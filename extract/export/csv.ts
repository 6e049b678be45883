/**
 * CSV export for spreadsheets and Neo4j's importer: nodes.csv, edges.csv, claims.csv and
 * documents.csv (RFC 4180 quoting, UTF-8 with a header row). nodes.csv and edges.csv carry Neo4j's
 * typed headers (`id:ID`, `kind:LABEL`, `source:START_ID`, `target:END_ID`, `relation:TYPE`,
 * `names:string[]` joined with `;`, its default array delimiter), so
 * `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv` loads them as is;
 * a spreadsheet reads the part before the colon. An edge's `periods` are ISO 8601 intervals
 * (`1896/1896;2014/..`); a claim's `future` is true when it is dated after its document because
 * its sentence says so.
 */
import type { GraphJson } from "../schema/graph";
import { periodsText } from "./periods";
import type { ExportFile } from "./types";

type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Joins rows into CSV text; the first row is the header. */
export function toCsv(rows: Cell[][]): string {
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** The four CSV files of a graph. */
export function graphToCsv(graph: GraphJson): ExportFile[] {
  const nodes: Cell[][] = [
    [
      "id:ID",
      "kind:LABEL",
      "label",
      "labelEn",
      "names:string[]",
      "country",
      "role",
      "year:int",
      "lat:float",
      "lng:float",
    ],
  ];
  for (const n of graph.nodes) {
    const a = n.attributes;
    nodes.push([n.key, a.kind, a.label, a.labelEn, a.names.join(";"), a.country, a.role, a.year, a.lat, a.lng]);
  }
  const edges: Cell[][] = [
    [
      "id",
      "source:START_ID",
      "target:END_ID",
      "relation:TYPE",
      "directed:boolean",
      "start",
      "end",
      "periods:string[]",
      "confidence:float",
      "claims:int",
    ],
  ];
  const claims: Cell[][] = [
    [
      "edge",
      "source",
      "target",
      "type",
      "doc",
      "quote",
      "start",
      "end",
      "offset_start",
      "offset_end",
      "trigger",
      "lang",
      "future:boolean",
    ],
  ];
  for (const e of graph.edges) {
    const a = e.attributes;
    edges.push([
      e.key,
      e.source,
      e.target,
      a.relation,
      !e.undirected,
      a.start,
      a.end,
      periodsText(a.periods),
      a.confidence,
      a.claims.length,
    ]);
    for (const c of a.claims) {
      claims.push([
        e.key,
        e.source,
        e.target,
        a.relation,
        c.doc,
        c.quote,
        c.start,
        c.end,
        c.offset?.[0],
        c.offset?.[1],
        c.trigger,
        c.lang,
        c.future === true,
      ]);
    }
  }
  const documents: Cell[][] = [["id", "title", "published", "publishedSource", "lang"]];
  for (const d of graph.attributes.documents) documents.push([d.id, d.title, d.published, d.publishedSource, d.lang]);
  const mime = "text/csv;charset=utf-8";
  return [
    { name: "nodes.csv", mime, content: toCsv(nodes) },
    { name: "edges.csv", mime, content: toCsv(edges) },
    { name: "claims.csv", mime, content: toCsv(claims) },
    { name: "documents.csv", mime, content: toCsv(documents) },
  ];
}
