import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import { buildFullGraph } from "../data/build";
import { claimId } from "./claims";
import { setVerdict } from "./model";
import { alliance, session, smallGraph } from "./testing";
import { applyVerdicts } from "./verdicts";

const NOW = "2026-02-01T10:00:00.000Z";

describe("applyVerdicts", () => {
  it("rejecting one of two claims recomputes the edge's span, confidence and count", () => {
    const g = alliance();
    const e = g.edges.find((x) => x.attributes.relation === "ally")!;
    expect(e.attributes).toMatchObject({ start: "1995", end: "2015", confidence: 0.75 });
    expect(e.attributes.claims.map((c) => c.doc)).toEqual(["a-2015.txt", "b-1995.txt"]);
    const old = e.attributes.claims.find((c) => c.doc === "b-1995.txt")!;
    const s = setVerdict(
      session(),
      { edge: e.key, relation: "ally", source: e.source, target: e.target, claim: old },
      "rejected",
      NOW,
    );
    const r = applyVerdicts(g, s.verdicts);
    const after = r.graph.edges.find((x) => x.key === e.key)!;
    expect(after.attributes).toMatchObject({ start: "2015", end: "2015", confidence: 0.5 });
    expect(after.attributes.claims.map((c) => c.doc)).toEqual(["a-2015.txt"]);
    expect(r).toMatchObject({ changedEdges: [e.key], removedEdges: [], rejected: 1 });
    expect(parseGraphJson(r.graph).ok).toBe(true);
    // The input is untouched.
    expect(e.attributes.claims).toHaveLength(2);
  });

  it("rejecting an edge's only claim removes the edge, its counts and its relation total", () => {
    const g = smallGraph();
    const e = g.edges.find((x) => x.key === "RUS-JPN-opposes-1896")!;
    const s = setVerdict(
      session(),
      { edge: e.key, relation: "opposes", source: e.source, target: e.target, claim: e.attributes.claims[0] },
      "rejected",
      NOW,
    );
    const r = applyVerdicts(g, s.verdicts);
    expect(r.removedEdges).toEqual(["RUS-JPN-opposes-1896"]);
    expect(r.graph.edges).toHaveLength(g.edges.length - 1);
    const before = buildFullGraph(g);
    const after = buildFullGraph(r.graph);
    const degree = (f: typeof before, key: string) => f.nodes.degree[f.nodes.index.get(key)!];
    expect(degree(after, "country:JPN")).toBe(degree(before, "country:JPN") - 1);
    // Nodes stay: Japan still has its alliance with Britain.
    expect(after.nodes.keys).toEqual(before.nodes.keys);
  });

  it.each([
    ["confirmed claims", "confirmed" as const],
    ["no verdicts", null],
  ])("%s leave the graph as it is (same object)", (_name, verdict) => {
    const g = smallGraph();
    const e = g.edges[0];
    const s = verdict
      ? setVerdict(
          session(),
          {
            edge: e.key,
            relation: e.attributes.relation,
            source: e.source,
            target: e.target,
            claim: e.attributes.claims[0],
          },
          verdict,
          NOW,
        )
      : session();
    expect(applyVerdicts(g, s.verdicts).graph).toBe(g);
  });

  it("restoring a rejected claim brings the edge back as it was", () => {
    const g = smallGraph();
    const e = g.edges.find((x) => x.key === "GBR-JPN-ally-1902")!;
    const ref = {
      edge: e.key,
      relation: e.attributes.relation,
      source: e.source,
      target: e.target,
      claim: e.attributes.claims[0],
    };
    const rejected = setVerdict(session(), ref, "rejected", NOW);
    expect(applyVerdicts(g, rejected.verdicts).graph.edges.some((x) => x.key === e.key)).toBe(false);
    const restored = setVerdict(rejected, ref, null, NOW);
    expect(restored.verdicts).toEqual({});
    expect(applyVerdicts(g, restored.verdicts).graph.edges.find((x) => x.key === e.key)).toBe(e);
  });

  it("names claims by edge, document and sentence offsets", () => {
    const c = smallGraph().edges[0].attributes.claims[0];
    expect(claimId("RUS-CHN-ally-1896", c)).toBe(
      `RUS-CHN-ally-1896|000_secret-treaty.txt|${c.offset![0]}-${c.offset![1]}`,
    );
    expect(claimId("e", { doc: "d", quote: "q" })).toBe("e|d|q:q");
  });
});
