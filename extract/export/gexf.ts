/**
 * GEXF 1.3 export through graphology-gexf, plus what it lacks: a dynamic graph whose edges carry
 * their periods (start/end for one, <spells> with one <spell> per period for several, so Gephi's timeline shows an alliance
 * in 1896 and again in 2021, not in between), and provenance in <meta>. The hull (`start`/`end`)
 * and the periods (`1896/1896;2021/2021`, extract/export/periods.ts) are also written as edge
 * attributes, so a round trip through graphology-gexf keeps them.
 */
import Graph from "graphology";
import write from "graphology-gexf/browser/writer";
import type { GraphJson, PartialDate, Period } from "../schema/graph";
import { periodsText } from "./periods";
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
        periods: periodsText(a.periods as Period[]),
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
  // Times on each dated <edge>, found by its id (one pass over the document): one period as its
  // start/end attributes, several as <spells>.
  const times = new Map<string, { attrs: string; spells: string }>();
  const interval = (p: Period): string =>
    `${p.start ? ` start="${toXsdDate(p.start, "start")}"` : ""}${p.end ? ` end="${toXsdDate(p.end, "end")}"` : ""}`;
  for (const e of graph.edges) {
    const ps = e.attributes.periods;
    if (ps.length === 0) continue;
    times.set(
      xmlAttr(e.key),
      ps.length === 1
        ? { attrs: interval(ps[0]), spells: "" }
        : { attrs: "", spells: `<spells>${ps.map((p) => `<spell${interval(p)}/>`).join("")}</spells>` },
    );
  }
  xml = xml.replace(/<edge id="([^"]*)"([^>]*?)(\/?)>/g, (m, id: string, rest: string, empty: string) => {
    const t = times.get(id);
    if (!t) return m;
    const close = empty && t.spells ? "</edge>" : "";
    return `<edge id="${id}"${t.attrs}${rest}${empty && !t.spells ? "/" : ""}>${t.spells}${close}`;
  });
  const meta = `<meta><creator>Entente ${xmlAttr(provenance.version)}</creator><description>${xmlAttr(describeProvenance(provenance))}</description></meta>`;
  return xml.replace(/(<gexf[^>]*>)/, `$1\n  ${meta}`);
}
