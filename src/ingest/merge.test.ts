import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import { alliance, invasion, sanction, smallGraph } from "../session/testing";
import { mergeGraphs } from "./merge";

describe("mergeGraphs", () => {
  it("a GBK page about a sanction brings a new opposes edge between known states, with its claim", () => {
    const base = smallGraph();
    const r = mergeGraphs(base, sanction());
    expect(r.newEdges).toEqual(["opposes:country:USA->country:PRK"]);
    expect(r.strengthenedEdges).toEqual([]);
    expect(r.newNodes).toEqual([]);
    const e = r.graph.edges.find((x) => x.key === "opposes:country:USA->country:PRK")!;
    expect(e).toMatchObject({ source: "country:USA", target: "country:PRK" });
    expect(e.attributes).toMatchObject({ relation: "opposes", start: "2017-09-21", end: "2017-09-21" });
    expect(e.attributes.claims.map((c) => c.quote)).toContain(
      "2017年9月21日，美国宣布对朝鲜实施新一轮制裁，冻结相关个人和实体的资产。",
    );
    const doc = r.graph.attributes.documents.find((d) => d.id === "sanction.html")!;
    expect(doc.charset).toBe("GB18030");
    expect(parseGraphJson(r.graph).ok).toBe(true);
    expect(base.edges).toHaveLength(16);
  });

  it("a claim about a known relation strengthens that edge (matched by meaning, not key)", () => {
    const base = smallGraph();
    const r = mergeGraphs(base, invasion());
    expect(r.newEdges).toEqual([]);
    expect(r.strengthenedEdges).toEqual(["RUS-UKR-opposes-2014"]);
    const e = r.graph.edges.find((x) => x.key === "RUS-UKR-opposes-2014")!;
    expect(e.attributes.claims.map((c) => c.doc)).toEqual(["en/partnership.html", "invasion.md"]);
    // periods: 2014 (open end, bounded by its 2024-05-16 document) ∪ 2022 → one period; two documents.
    expect(e.attributes).toMatchObject({ start: "2014", end: "2024-05-16", confidence: 0.75 });
    expect(e.attributes.periods).toEqual([{ start: "2014", end: "2024-05-16", claims: 2 }]);
  });

  it("undirected relations match whichever way round the endpoints are written", () => {
    const a = alliance();
    const flipped = {
      ...a,
      edges: a.edges.map((e) => ({
        ...e,
        key: "other-key",
        source: e.target,
        target: e.source,
        attributes: { ...e.attributes, claims: [e.attributes.claims[0]] },
      })),
    };
    const r = mergeGraphs(flipped, a);
    expect(r.newEdges).toEqual([]);
    expect(r.graph.edges.find((e) => e.key === "other-key")!.attributes.claims).toHaveLength(2);
  });

  it("merging the same extraction twice adds nothing", () => {
    const once = mergeGraphs(smallGraph(), sanction()).graph;
    const twice = mergeGraphs(once, sanction());
    expect(twice.addedClaims).toBe(0);
    expect(twice.graph.edges).toHaveLength(once.edges.length);
    expect(twice.graph.attributes.documents).toHaveLength(once.attributes.documents.length);
  });

  it("new nodes are appended; known nodes gain the names seen", () => {
    const base = {
      ...smallGraph(),
      nodes: smallGraph().nodes.filter((n) => n.key !== "country:PRK"),
      edges: smallGraph().edges.filter((e) => e.source !== "country:PRK"),
    };
    const r = mergeGraphs(base, sanction());
    expect(r.newNodes).toEqual(["country:PRK"]);
    const usa = r.graph.nodes.find((n) => n.key === "country:USA")!;
    expect(usa.attributes.names).toContain("美利坚合众国");
  });
});
