import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import { buildFullGraph } from "../data/build";
import { effectiveGraph, fullToJson, withPositions } from "./graph";
import { addDocuments, setVerdict } from "./model";
import { sanction, session, smallGraph } from "./testing";

const NOW = "2026-05-01T00:00:00.000Z";

describe("fullToJson", () => {
  it("gives back the graph the FullGraph was built from (valid, same nodes, edges and directions)", () => {
    const g = smallGraph();
    const back = fullToJson(buildFullGraph(g));
    expect(parseGraphJson(back).ok).toBe(true);
    expect(back.nodes).toEqual(g.nodes);
    expect(back.edges.map((e) => [e.key, e.source, e.target, e.undirected ?? false])).toEqual(
      g.edges.map((e) => [e.key, e.source, e.target, e.undirected ?? false]),
    );
    expect(back.attributes.documents).toEqual(g.attributes.documents);
    expect(back.attributes.excludedClaims).toEqual(g.attributes.excludedClaims);
  });
});

describe("effectiveGraph", () => {
  it("is the loaded graph when the session changes nothing", () => {
    const g = smallGraph();
    expect(effectiveGraph(g, session()).graph).toBe(g);
    expect(effectiveGraph(g, null).graph).toBe(g);
  });

  it("adds documents and takes out rejected claims, reporting both", () => {
    const g = smallGraph();
    let s = addDocuments(session(), sanction(), NOW).session;
    const e = g.edges.find((x) => x.key === "IND-USA-non-aligned")!;
    s = setVerdict(
      s,
      { edge: e.key, relation: "non-aligned", source: e.source, target: e.target, claim: e.attributes.claims[0] },
      "rejected",
      NOW,
    );
    const eff = effectiveGraph(g, s);
    expect(eff.newEdges).toEqual(["opposes:country:USA->country:PRK"]);
    expect(eff.removedEdges).toEqual(["IND-USA-non-aligned"]);
    expect(eff.rejected).toBe(1);
    expect(parseGraphJson(eff.graph).ok).toBe(true);
    expect(eff.graph.attributes.documents.map((d) => d.id)).toContain("sanction.html");
    const full = buildFullGraph(eff.graph);
    expect(full.edges.keys).toHaveLength(g.edges.length);
  });
});

describe("withPositions", () => {
  it("writes saved positions and places new nodes beside their positioned neighbours", () => {
    const g = smallGraph();
    const positions = Object.fromEntries(g.nodes.map((n, i) => [n.key, [i * 10, -i * 10] as [number, number]]));
    const merged = effectiveGraph(g, addDocuments(session({ positions }), sanction(), NOW).session).graph;
    // Every node has x/y, so the viewer starts from these positions without running a layout.
    expect(merged.nodes.every((n) => typeof n.attributes.x === "number" && typeof n.attributes.y === "number")).toBe(
      true,
    );
    const rus = merged.nodes.find((n) => n.key === "country:RUS")!;
    expect([rus.attributes.x, rus.attributes.y]).toEqual(positions["country:RUS"]);
  });

  it("places a node with no positioned neighbour on a ring around the drawing", () => {
    const g = smallGraph();
    const extra = {
      ...g,
      nodes: [...g.nodes, { key: "country:FRA", attributes: { kind: "country" as const, label: "法国", names: [] } }],
    };
    const positions = Object.fromEntries(g.nodes.map((n) => [n.key, [0, 0] as [number, number]]));
    positions["country:RUS"] = [100, 100];
    const fra = withPositions(extra, positions).nodes.find((n) => n.key === "country:FRA")!;
    const d = Math.hypot(fra.attributes.x! - 50, fra.attributes.y! - 50);
    expect(d).toBeCloseTo(60, 5);
  });
});
