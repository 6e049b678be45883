import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import { EDGES_1890_1900, smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";
import { applyFilters } from "../filters/pipeline";
import { DEFAULT_VIEW } from "../state";
import { exportScopeGraph, viewGraph } from "./view";

const full = buildFullGraph(smallGraph());

describe("viewGraph", () => {
  it.each([
    {
      name: "era 1890–1900",
      filters: { ...DEFAULT_VIEW.filters, era: { from: 1890, to: 1900 }, undated: false },
      edges: EDGES_1890_1900,
      nodes: ["country:CHN", "country:JPN", "country:RUS", "treaty:sino-russian-secret-treaty"],
      docs: ["000_secret-treaty.txt"],
      excluded: 0,
    },
    {
      name: "opposes only, excluded claims shown",
      filters: { ...DEFAULT_VIEW.filters, relations: ["opposes" as const], excluded: true },
      edges: ["CHN-RUS-opposes-1969", "RUS-JPN-opposes-1896", "RUS-UKR-opposes-2014", "USA-RUS-opposes-2014"],
      nodes: ["country:CHN", "country:JPN", "country:RUS", "country:UKR", "country:USA"],
      docs: ["000_secret-treaty.txt", "cold-war.txt", "en/partnership.html", "hostile.html"],
      excluded: 0,
    },
  ])("$name: visible edges, their endpoints and cited documents only", ({ filters, edges, nodes, docs, excluded }) => {
    const g = viewGraph(full, applyFilters(full, filters));
    expect(parseGraphJson(g).ok).toBe(true);
    expect(g.edges.map((e) => e.key).sort()).toEqual([...edges].sort());
    expect(g.nodes.map((n) => n.key).sort()).toEqual(nodes);
    expect(g.attributes.documents.map((d) => d.id).sort()).toEqual(docs);
    expect(g.attributes.excludedClaims).toHaveLength(excluded);
  });

  it("keeps visible excluded claims, their endpoints and documents", () => {
    const g = viewGraph(full, applyFilters(full, { ...DEFAULT_VIEW.filters, relations: ["ally"], excluded: true }));
    expect(g.attributes.excludedClaims!.map((c) => c.reason)).toEqual(["negated", "speculative"]);
    expect(g.nodes.map((n) => n.key)).toContain("country:IND");
    expect(g.attributes.documents.map((d) => d.id)).toContain("hostile.html");
  });

  it("writes layout positions into the exported nodes", () => {
    const visible = applyFilters(full, DEFAULT_VIEW.filters);
    const g = exportScopeGraph(full, visible, "graph", new Map([["country:RUS", { x: 1.5, y: -2 }]]));
    expect(g.nodes).toHaveLength(12);
    expect(g.nodes.find((n) => n.key === "country:RUS")!.attributes).toMatchObject({ x: 1.5, y: -2 });
    expect(g.nodes.find((n) => n.key === "country:CHN")!.attributes.x).toBeUndefined();
  });
});
