import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGraphJson, type GraphJson } from "../schema/graph";
import { relationClaims, sampleClaims, sampleTsv, seededRandom } from "./sample";

// The committed graph of the seeds: real claims extracted from real pages.
function seedsGraph(): GraphJson {
  const parsed = parseGraphJson(JSON.parse(readFileSync(new URL("../../graph.json", import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.graph;
}

describe("sampleClaims", () => {
  const graph = seedsGraph();
  const all = relationClaims(graph);

  it("lists every state-relation claim and no leader-of or party-to claim", () => {
    const expected = graph.edges
      .filter((e) => ["ally", "partner", "non-aligned", "opposes"].includes(e.attributes.relation))
      .reduce((n, e) => n + e.attributes.claims.length, 0);
    expect(all.length).toBe(expected);
    expect(new Set(all.map((c) => c.relation))).not.toContain("leader-of");
  });

  it("draws distinct claims, the same for the same seed and others for another", () => {
    const a = sampleClaims(graph, 10, 7);
    expect(a).toHaveLength(10);
    expect(new Set(a.map((c) => JSON.stringify(c))).size).toBe(10);
    expect(sampleClaims(graph, 10, 7)).toEqual(a);
    expect(sampleClaims(graph, 10, 8)).not.toEqual(a);
    for (const c of a) expect(all).toContainEqual(c);
  });

  it("returns the whole graph when N exceeds its claims", () => {
    expect(sampleClaims(graph, all.length + 50, 1)).toHaveLength(all.length);
  });

  it("writes one TSV row per claim with a blank verdict column", () => {
    const lines = sampleTsv(graph, 5, 3).split("\n").slice(0, -1);
    expect(lines[0]).toBe("quote\tpair\trelation\ttime\tdocument\tverdict");
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(1)) {
      const cells = line.split("\t");
      expect(cells).toHaveLength(6);
      expect(cells[5]).toBe("");
      expect(cells[1]).toMatch(/^[A-Z]{3} \S+ (–|→) [A-Z]{3} \S+$/);
      expect(graph.attributes.documents.map((d) => d.id)).toContain(cells[4]);
    }
  });

  it("keeps a quote with tabs and line breaks on one line", () => {
    const g = structuredClone(graph);
    const e = g.edges.find((x) => x.attributes.relation === "opposes");
    if (!e) throw new Error("the seeds graph has no opposes edge");
    e.attributes.claims = [{ ...e.attributes.claims[0], quote: "甲\t乙\n丙" }];
    g.edges = [e];
    expect(sampleTsv(g, 1, 1).split("\n")[1].split("\t")[0]).toBe("甲 乙 丙");
  });
});

describe("seededRandom", () => {
  it("is reproducible and spread over [0, 1)", () => {
    const r = seededRandom(42);
    const xs = Array.from({ length: 1000 }, r);
    expect(Array.from({ length: 1000 }, seededRandom(42))).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(xs.filter((x) => x < 0.5).length).toBeLessThan(600);
  });
});
