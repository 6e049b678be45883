/**
 * GEXF 1.3 export through graphology-gexf, plus what it lacks: a dynamic graph whose edges carry
 * `start`/`end` time intervals (so Gephi's timeline works), and provenance in <meta>. The same
 * times are also written as edge attributes, so a round trip through graphology-gexf keeps them.
 */
import Graph from "graphology";
import write from "graphology-gexf/browser/writer";
import type { GraphJson, PartialDate } from "../schema/graph";
import { describeProvenance, type Provenance } from "./provenance";

const RELATION_COLORS: Record<string, string> = {
  ally: "#2e7d32",
  partner: "#1e88e5",
  "non-aligned": "#8e8e8e",
  opposes: "#d32f2f",
  "leader-of": "#8d6e63",
  "party-to": "#7b1fa2",
};

/** First or last day covered by a partial date, as xsd:date. */
export function toXsdDate(d: PartialDate, edge: "start" | "end"): string {
  if (d.length === 10) return d;
  if (d.length === 7) {
    if (edge === "start") return `${d}-01`;
    const [y, m] = d.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, "0")}`;
  }
  return edge === "start" ? `${d}-01-01` : `${d}-12-31`;
}

// Escapes as graphology-gexf's XML writer does (it leaves ">" as is), so ids can be found in its output.
const xmlAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The graph as a GEXF 1.3 document. */
export function graphToGexf(graph: GraphJson, provenance: Provenance): string {
  const g = Graph.from(graph as Parameters<typeof Graph.from>[0]);
  let xml = write(g, {
    version: "1.3",
    formatNode: (_key, a) => ({
      label: String(a.label),
      attributes: {
        kind: a.kind,
        labelEn: a.labelEn ?? "",
        names: (a.names as string[]).join("|"),
        country: a.country ?? "",
        year: a.year ?? "",
      },
      ...(typeof a.x === "number" && typeof a.y === "number" ? { viz: { x: a.x, y: a.y } } : {}),
    }),
    formatEdge: (_key, a) => ({
      label: String(a.relation),
      weight: (a.claims as unknown[]).length,
      attributes: {
        relation: a.relation,
        start: a.start ?? "",
        end: a.end ?? "",
        confidence: a.confidence ?? "",
        claims: (a.claims as unknown[]).length,
      },
      viz: { color: RELATION_COLORS[String(a.relation)] ?? "#999999" },
    }),
  });
  // Dynamic mode with date intervals on the <graph> element.
  xml = xml.replace(
    /<graph ([^>]*)>/,
    (_m, attrs: string) => `<graph ${attrs} mode="dynamic" timeformat="date" timerepresentation="interval">`,
  );
  // start/end on each <edge>, found by its id.
  for (const e of graph.edges) {
    const { start, end } = e.attributes;
    if (!start && !end) continue;
    const times = `${start ? ` start="${toXsdDate(start, "start")}"` : ""}${end ? ` end="${toXsdDate(end, "end")}"` : ""}`;
    xml = xml.replace(`<edge id="${xmlAttr(e.key)}"`, `<edge id="${xmlAttr(e.key)}"${times}`);
  }
  const meta = `<meta><creator>Entente ${xmlAttr(provenance.version)}</creator><description>${xmlAttr(describeProvenance(provenance))}</description></meta>`;
  return xml.replace(/(<gexf[^>]*>)/, `$1\n  ${meta}`);
}
