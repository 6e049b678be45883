import { describe, expect, it } from "vitest";
import { RELATIONS, type GraphJson } from "../../extract/schema/graph";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "./build";

describe("buildFullGraph", () => {
  const full = buildFullGraph(smallGraph());
  const at = (key: string) => full.edges.index.get(key)!;

  it.each([
    ["RUS-CHN-ally-1896", "ally", 1896, 1897, 0, 0],
    ["RUS-CHN-partner-2014", "partner", 2014, Infinity, 0, 0],
    ["RUS-JPN-opposes-1896", "opposes", 1896, 1897, 1, 0],
    ["PRK-CHN-ally-undated", "ally", -Infinity, Infinity, 0, 1],
    ["CHN-RUS-opposes-1969", "opposes", 1969 + 2 / 12, 1970, 1, 0],
  ])("%s: %s, [%f, %f), directed %i, undated %i", (key, rel, start, end, directed, undated) => {
    const e = at(key);
    expect(RELATIONS[full.edges.relation[e]]).toBe(rel);
    expect(full.edges.start[e]).toBeCloseTo(start, 9);
    expect(full.edges.end[e]).toBe(end);
    expect([full.edges.directed[e], full.edges.undated[e]]).toEqual([directed, undated]);
  });

  it("counts degrees and claims, and spans the presets' years", () => {
    expect(full.nodes.degree[full.nodes.index.get("country:RUS")!]).toBe(9);
    expect(full.edges.claimCount[at("RUS-CHN-ally-1896")]).toBe(1);
    expect(full.yearDomain).toEqual([1890, 2025]);
  });

  it("widens the year domain to the data", () => {
    const g: GraphJson = smallGraph();
    g.edges[0].attributes.start = "1853";
    g.edges[0].attributes.end = "2031-05";
    expect(buildFullGraph(g).yearDomain).toEqual([1853, 2031]);
  });

  it("keeps drawable excluded claims", () => {
    expect(full.excluded.claims.map((c) => `${c.source}>${c.target}:${c.reason}`)).toEqual([
      "country:CHN>country:RUS:negated",
      "country:IND>country:USA:speculative",
    ]);
  });

  it("refuses duplicate edge keys with a GraphBuildError naming the key", () => {
    const g = smallGraph();
    g.edges.push(g.edges[0]);
    expect(() => buildFullGraph(g)).toThrowError(
      expect.objectContaining({
        name: "GraphBuildError",
        message: expect.stringContaining('"RUS-CHN-ally-1896" twice'),
      }),
    );
  });
});
