import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { parseGraphJson, type GraphJson } from "../schema/graph";
import { toXsdDate } from "./gexf";
import { exportGraph, provenanceOf } from "./index";

const graph: GraphJson = {
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  attributes: {
    schemaVersion: 2,
    documents: [
      {
        id: "a.txt",
        title: '中俄密约, "1896"',
        published: "2026-01-21",
        lang: "zh",
        text: "1896年签订的《中俄密约》。",
      },
    ],
  },
  nodes: [
    { key: "country:CHN", attributes: { kind: "country", label: "中国", labelEn: "China", names: ["中国", "China"] } },
    {
      key: "country:RUS",
      attributes: { kind: "country", label: "俄罗斯", labelEn: "Russia", names: ["俄国", "俄罗斯"] },
    },
    { key: "country:JPN", attributes: { kind: "country", label: "日本", names: ["日本"] } },
    { key: "treaty:li-lobanov", attributes: { kind: "treaty", label: "中俄密约", names: ["中俄密约"], year: 1896 } },
  ],
  edges: [
    {
      key: "ally:country:CHN--country:RUS",
      source: "country:CHN",
      target: "country:RUS",
      undirected: true,
      attributes: {
        relation: "ally",
        start: "1896",
        end: "1969",
        periods: [
          { start: "1896", end: "1896", claims: 1 },
          { start: "1969", end: "1969", claims: 1 },
        ],
        confidence: 0.5,
        claims: [
          {
            doc: "a.txt",
            quote: "1896年签订的《中俄密约》,俄国打着“共同防御日本”旗号",
            start: "1896",
            end: "1896",
            offset: [0, 30],
          },
          { doc: "a.txt", quote: "1960年代,同盟关系随之消逝", start: null, end: "1969", offset: [0, 14] },
        ],
      },
    },
    {
      key: "opposes:country:RUS->country:JPN",
      source: "country:RUS",
      target: "country:JPN",
      attributes: {
        relation: "opposes",
        start: "1896-05",
        end: null,
        periods: [{ start: "1896-05", end: null, claims: 1 }],
        confidence: 0.5,
        claims: [{ doc: "a.txt", quote: "防御日本", start: "1896-05", end: null }],
      },
    },
    {
      key: "party-to:country:CHN->treaty:li-lobanov",
      source: "country:CHN",
      target: "treaty:li-lobanov",
      attributes: {
        relation: "party-to",
        start: "1896",
        end: "1896",
        periods: [{ start: "1896", end: "1896", claims: 1 }],
        claims: [{ doc: "a.txt", quote: "《中俄密约》", start: "1896", end: "1896" }],
      },
    },
  ],
};
const prov = provenanceOf(graph, "9.9.9", { era: [1890, 1900] });

describe("exports", () => {
  it("graph JSON validates, carries provenance and re-imports with Graph.from", () => {
    const [file] = exportGraph(graph, "json", prov);
    const data = JSON.parse(file.content);
    expect(parseGraphJson(data).ok).toBe(true);
    expect(data.attributes.provenance).toMatchObject({ version: "9.9.9", filters: { era: [1890, 1900] } });
    const g = Graph.from(data);
    expect([g.order, g.size]).toEqual([4, 3]);
  });

  it("GEXF 1.3 is dynamic with one spell per edge period, and graphology-gexf re-imports it with the times", () => {
    const [file] = exportGraph(graph, "gexf", prov);
    expect(file.content).toContain('version="1.3"');
    expect(file.content).toMatch(/<graph [^>]*mode="dynamic"[^>]*timeformat="date"/);
    const edgeXml = (id: string): string => file.content.split(`<edge id="${id}"`)[1].split("</edge>")[0];
    expect(edgeXml("ally:country:CHN--country:RUS")).toContain(
      '<spells><spell start="1896-01-01" end="1896-12-31"/><spell start="1969-01-01" end="1969-12-31"/></spells>',
    );
    expect(file.content).toContain('<edge id="opposes:country:RUS->country:JPN" start="1896-05-01"');
    expect(file.content).toContain("Exported by Entente 9.9.9 from 1 documents (a.txt)");
    const g = parseGexf(Graph, file.content, { allowUndeclaredAttributes: true });
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    expect(g.getEdgeAttribute("ally:country:CHN--country:RUS", "start")).toBe("1896");
    expect(g.getEdgeAttribute("ally:country:CHN--country:RUS", "periods")).toBe("1896/1896;1969/1969");
    expect(g.getEdgeAttribute("opposes:country:RUS->country:JPN", "end") ?? "").toBe("");
    expect(g.isUndirected("ally:country:CHN--country:RUS")).toBe(true);
    expect(g.isDirected("opposes:country:RUS->country:JPN")).toBe(true);
  });

  it("GraphML parses as XML with every node and edge and the claims", () => {
    const [file] = exportGraph(graph, "graphml", prov);
    const doc = new DOMParser().parseFromString(file.content, "application/xml");
    expect(doc.getElementsByTagName("node").length).toBe(4);
    expect(doc.getElementsByTagName("edge").length).toBe(3);
    expect(file.content).toContain('<data key="e_periods">1896/1896;1969/1969</data>');
    expect(file.content).toContain('<data key="e_periods">1896-05/..</data>');
    expect(file.content).toContain("中俄密约");
    expect(file.content).toContain('directed="false"');
  });

  it("CSV files have the documented columns and one row per node, edge and claim", () => {
    const files = exportGraph(graph, "csv", prov);
    expect(files.map((f) => f.name)).toEqual([
      "nodes.csv",
      "edges.csv",
      "claims.csv",
      "documents.csv",
      "provenance.json",
    ]);
    const rows = (name: string): string[] =>
      files
        .find((f) => f.name === name)!
        .content.trimEnd()
        .split("\r\n");
    expect(rows("nodes.csv")[0]).toBe(
      "id:ID,kind:LABEL,label,labelEn,names:string[],country,role,year:int,lat:float,lng:float",
    );
    expect(rows("nodes.csv")).toHaveLength(5);
    // Neo4j's default array delimiter.
    expect(rows("nodes.csv")[1]).toBe("country:CHN,country,中国,China,中国;China,,,,,");
    expect(rows("edges.csv")).toHaveLength(4);
    expect(rows("claims.csv")).toHaveLength(5);
    expect(rows("edges.csv")[0]).toBe(
      "id,source:START_ID,target:END_ID,relation:TYPE,directed:boolean,start,end,periods:string[],confidence:float,claims:int",
    );
    expect(rows("edges.csv")[1]).toBe(
      "ally:country:CHN--country:RUS,country:CHN,country:RUS,ally,false,1896,1969,1896/1896;1969/1969,0.5,2",
    );
    expect(rows("claims.csv")[0].endsWith(",trigger,lang,future:boolean")).toBe(true);
    expect(rows("documents.csv")[1]).toBe('a.txt,"中俄密约, ""1896""",2026-01-21,,zh');
    expect(rows("claims.csv")[1]).toContain('"1896年签订的《中俄密约》,俄国打着“共同防御日本”旗号"');
  });

  it("converts partial dates to interval bounds", () => {
    expect(toXsdDate("2024-02", "end")).toBe("2024-02-29");
    expect(toXsdDate("2023-02", "end")).toBe("2023-02-28");
    expect(toXsdDate("1896", "start")).toBe("1896-01-01");
  });
});
