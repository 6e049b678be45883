import { describe, expect, it } from "vitest";
import { NODE_KINDS, RELATIONS, parseGraphJson } from "../../extract/schema/graph";
import { periodsGraph } from "../../tests/browser/fixtures/periods";
import { EDGES_1890_1900, smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";
import type { FullGraph } from "../data/types";
import { applyFilters } from "./pipeline";
import type { FilterState } from "./types";

function fixture(): FullGraph {
  const r = parseGraphJson(smallGraph());
  if (!r.ok) throw r.error;
  return buildFullGraph(r.graph);
}

const ALL: FilterState = {
  era: null,
  relations: [...RELATIONS],
  kinds: [...NODE_KINDS],
  undated: true,
  excluded: false,
};

function visibleKeys(full: FullGraph, state: FilterState): string[] {
  const v = applyFilters(full, state);
  return full.edges.keys.filter((_, i) => v.edgeVisible[i]).sort();
}

describe("applyFilters on the fixture graph", () => {
  const full = fixture();

  it.each<{ name: string; state: Partial<FilterState>; edges: string[] | number }>([
    { name: "no filter shows every edge", state: {}, edges: 16 },
    {
      name: "era 1890–1900 without undated shows the 1896 edges",
      state: { era: { from: 1890, to: 1900 }, undated: false },
      edges: EDGES_1890_1900,
    },
    {
      name: "era 1890–1900 keeps undated edges when asked",
      state: { era: { from: 1890, to: 1900 } },
      edges: [...EDGES_1890_1900, "PRK-CHN-ally-undated"].sort(),
    },
    {
      name: "opposes only, since 2014",
      state: { era: { from: 2014, to: 2025 }, relations: ["opposes"] },
      edges: ["RUS-UKR-opposes-2014", "USA-RUS-opposes-2014"],
    },
    {
      name: "open-ended edges reach into later eras",
      state: { era: { from: 2030, to: 2030 }, undated: false },
      edges: ["RUS-CHN-partner-2014", "USA-RUS-opposes-2014", "putin-RUS", "xi-CHN"],
    },
    {
      name: "hiding leaders drops leader-of edges",
      state: { kinds: ["country", "treaty"], era: { from: 2000, to: 2012 } },
      edges: ["CHN-gn-treaty", "PRK-CHN-ally-undated", "RUS-gn-treaty"],
    },
  ])("$name", ({ state, edges }) => {
    const keys = visibleKeys(full, { ...ALL, ...state });
    if (typeof edges === "number") expect(keys).toHaveLength(edges);
    else expect(keys).toEqual(edges);
  });

  it("counts what remains after each step, in order", () => {
    const v = applyFilters(full, {
      ...ALL,
      era: { from: 1890, to: 1900 },
      relations: ["ally", "opposes", "party-to"],
      undated: false,
    });
    expect(v.steps).toEqual([
      { type: "kinds", nodes: 12, edges: 16 },
      { type: "relations", nodes: 12, edges: 11 },
      { type: "era", nodes: 12, edges: 5 },
      { type: "undated", nodes: 12, edges: 4 },
    ]);
    expect(v.totals).toEqual({ nodes: 12, activeNodes: 4, edges: 4, excluded: 0 });
  });

  it("counts the kinds step's nodes and edges when a kind is hidden", () => {
    const v = applyFilters(full, { ...ALL, kinds: ["country", "treaty"], era: { from: 2000, to: 2012 } });
    expect(v.steps.map((s) => [s.type, s.nodes, s.edges])).toEqual([
      ["kinds", 10, 14],
      ["relations", 10, 14],
      ["era", 10, 3],
      ["undated", 10, 3],
    ]);
  });

  it("live relation counts ignore the relation toggles but honour the era", () => {
    const v = applyFilters(full, { ...ALL, era: { from: 1890, to: 1900 }, relations: ["ally"], undated: false });
    expect(v.relationCounts).toEqual({
      ally: 1,
      partner: 0,
      "non-aligned": 0,
      opposes: 1,
      "leader-of": 0,
      "party-to": 2,
    });
    expect(v.kindCounts).toEqual({ country: 2, leader: 0, treaty: 0 });
  });

  it("nodes without a visible edge are active=0 but still shown (faded, not removed)", () => {
    const v = applyFilters(full, { ...ALL, era: { from: 1890, to: 1900 }, undated: false });
    const ukr = full.nodes.index.get("country:UKR")!;
    const rus = full.nodes.index.get("country:RUS")!;
    expect([v.nodeShown[ukr], v.nodeActive[ukr]]).toEqual([1, 0]);
    expect([v.nodeShown[rus], v.nodeActive[rus]]).toEqual([1, 1]);
  });

  it("excluded claims appear only when asked, and follow the era", () => {
    expect(applyFilters(full, ALL).totals.excluded).toBe(0);
    expect(applyFilters(full, { ...ALL, excluded: true }).totals.excluded).toBe(2);
    expect(applyFilters(full, { ...ALL, excluded: true, era: { from: 2024, to: 2025 } }).totals.excluded).toBe(1);
  });

  it("does not mutate the full graph", () => {
    const before = Array.from(full.edges.start);
    applyFilters(full, { ...ALL, era: { from: 1900, to: 1910 } });
    expect(Array.from(full.edges.start)).toEqual(before);
  });
});

describe("applyFilters tests an edge's periods, not its hull", () => {
  const r = parseGraphJson(periodsGraph());
  if (!r.ok) throw r.error;
  const full = buildFullGraph(r.graph);

  it("the China–Russia alliance (null–1969, 2021–2025) is absent in 1970–1990", () => {
    expect(visibleKeys(full, { ...ALL, era: { from: 1970, to: 1990 } })).not.toContain("RUS-CHN-ally-1896");
  });

  it("and present in 1890–1900 and in 2022", () => {
    expect(visibleKeys(full, { ...ALL, era: { from: 1890, to: 1900 } })).toContain("RUS-CHN-ally-1896");
    expect(visibleKeys(full, { ...ALL, era: { from: 2022, to: 2022 } })).toContain("RUS-CHN-ally-1896");
  });

  it("a file without periods falls back to the hull (one period)", () => {
    const old = fixture();
    const i = old.edges.index.get("RUS-CHN-ally-1896")!;
    expect(old.edges.periodOffset[i + 1] - old.edges.periodOffset[i]).toBe(1);
  });
});
