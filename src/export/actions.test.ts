import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { provenanceOf } from "../../extract/export";
import { parseGraphJson } from "../../extract/schema/graph";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";
import { applyFilters } from "../filters/pipeline";
import { DEFAULT_VIEW } from "../state";
import { EXPORT_ITEMS, exportFilters, exportTextFile, type TextExportId } from "./actions";
import { exportScopeGraph } from "./view";

const full = buildFullGraph(smallGraph());
const filters = { ...DEFAULT_VIEW.filters, era: { from: 1890, to: 1900 }, undated: false };
const visible = applyFilters(full, filters);
const view = exportScopeGraph(full, visible, "view", null);
const prov = provenanceOf(view, "0.1.0", exportFilters("view", filters, 2));

describe("exportTextFile", () => {
  it.each<[TextExportId, string, string]>([
    ["json", "entente-view.json", "application/json"],
    ["gexf", "entente-view.gexf", "application/gexf+xml"],
    ["graphml", "entente-view.graphml", "application/graphml+xml"],
    ["nodes.csv", "entente-view-nodes.csv", "text/csv;charset=utf-8"],
    ["claims.csv", "entente-view-claims.csv", "text/csv;charset=utf-8"],
    ["provenance.json", "entente-view-provenance.json", "application/json"],
  ])("%s → %s (%s)", (id, name, mime) => {
    const f = exportTextFile(id, view, prov, "view");
    expect([f.name, f.mime]).toEqual([name, mime]);
  });

  it("graph JSON is valid, carries the provenance with the view's filters and rejections, and loads in graphology", () => {
    const f = exportTextFile("json", view, prov, "view");
    const data = JSON.parse(f.content);
    expect(parseGraphJson(data).ok).toBe(true);
    expect(data.attributes.provenance).toMatchObject({
      generator: "entente",
      version: "0.1.0",
      documents: [{ id: "000_secret-treaty.txt" }],
      filters: { era: { from: 1890, to: 1900 }, undated: false, rejectedClaims: 2 },
    });
    const g = Graph.from(data);
    expect([g.order, g.size]).toEqual([4, 4]);
  });

  it("GEXF re-imports with graphology-gexf, edges keeping their time intervals", () => {
    const f = exportTextFile("gexf", view, prov, "view");
    const g = parseGexf(Graph, f.content, { DOMParser } as never);
    expect(g.size).toBe(4);
    expect(f.content).toMatch(/mode="dynamic"/);
    expect(f.content).toMatch(/<edge id="RUS-JPN-opposes-1896"[^>]* start="1896-01-01" end="1896-12-31"/);
    expect(g.getEdgeAttribute("RUS-JPN-opposes-1896", "start")).toBe("1896");
  });

  it.each<[TextExportId, number, string]>([
    ["nodes.csv", 4, "id:ID,kind:LABEL,label,labelEn,names:string[],country,role,year:int,lat:float,lng:float"],
    [
      "edges.csv",
      4,
      "id,source:START_ID,target:END_ID,relation:TYPE,directed:boolean,start,end,periods:string[],confidence:float,claims:int",
    ],
    [
      "claims.csv",
      4,
      "edge,source,target,type,doc,quote,start,end,offset_start,offset_end,trigger,lang,future:boolean",
    ],
    ["documents.csv", 1, "id,title,published,publishedSource,lang"],
  ])("%s has %i data rows under its header", (id, rows, header) => {
    const lines = exportTextFile(id, view, prov, "view").content.trimEnd().split("\r\n");
    expect(lines[0]).toBe(header);
    expect(lines).toHaveLength(rows + 1);
  });

  it("whole-graph exports record no view filters", () => {
    expect(exportFilters("graph", filters, 0)).toBeNull();
    expect(exportFilters("graph", filters, 3)).toEqual({ rejectedClaims: 3 });
    expect(exportFilters("view", filters, 0)).toBe(filters);
  });

  it("offers every format once", () => {
    expect(EXPORT_ITEMS.map((i) => i.id)).toEqual([
      "json",
      "gexf",
      "graphml",
      "nodes.csv",
      "edges.csv",
      "claims.csv",
      "documents.csv",
      "provenance.json",
      "png",
      "svg",
    ]);
  });
});
