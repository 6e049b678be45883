import { describe, expect, it } from "vitest";
import { NODE_KINDS, RELATIONS, parseGraphJson } from "../../extract/schema/graph";
import { EDGES_1890_1900, smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";
import { applyFilters } from "../filters/pipeline";
import type { FilterState } from "../filters/types";
import { initialPositions } from "../layout/initial";
import { edgeSize, nodeSize, sizeScale } from "./appearance";
import { buildRenderGraph } from "./build";
import { KIND_COLORS, KIND_FADED } from "./palette";
import { applyVisibility } from "./visibility";

const r = parseGraphJson(smallGraph());
if (!r.ok) throw r.error;
const full = buildFullGraph(r.graph);
const ALL: FilterState = {
  era: null,
  relations: [...RELATIONS],
  kinds: [...NODE_KINDS],
  undated: true,
  excluded: false,
};

function build(state: FilterState = ALL) {
  const visible = applyFilters(full, state);
  return {
    visible,
    render: buildRenderGraph(full, {
      lang: "en",
      thickness: "confidence",
      positions: initialPositions(full).positions,
      visible,
    }),
  };
}

describe("buildRenderGraph", () => {
  const { render } = build();
  const g = render.graph;

  it("has every node and edge plus one edge per excluded claim", () => {
    expect([g.order, g.size]).toEqual([12, 18]);
    expect(render.excludedKeys.map((k) => g.getEdgeAttribute(k, "excluded"))).toEqual([true, true]);
  });

  it.each([
    ["RUS-JPN-opposes-1896", "arrow"],
    ["USA-UKR-partner-2014", "line"],
    ["RUS-CHN-ally-1896", "curved"],
    ["CHN-RUS-opposes-1969", "curvedArrow"],
  ])("%s is drawn as %s", (key, type) => {
    expect(g.getEdgeAttribute(key, "type")).toBe(type);
  });

  it("bakes English labels with fallback, and kind colours", () => {
    expect(g.getNodeAttribute("leader:vladimir-putin", "label")).toBe("Vladimir Putin");
    expect(g.getNodeAttribute("country:CHN", "color")).toBe(KIND_COLORS.country);
  });

  it("stores undirected relations as undirected edges and opposes as directed", () => {
    expect(g.isUndirected("RUS-CHN-ally-1896")).toBe(true);
    expect(g.isDirected("RUS-JPN-opposes-1896")).toBe(true);
  });
});

describe("applyVisibility", () => {
  it("toggles only what changed and fades nodes left without edges", () => {
    const { render, visible } = build();
    const next = applyFilters(full, { ...ALL, era: { from: 1890, to: 1900 }, undated: false });
    const change = applyVisibility(render, full, next, visible);
    const g = render.graph;
    const shown = g.filterEdges((_e, a) => !a.hidden).sort();
    expect(shown).toEqual(EDGES_1890_1900);
    expect(change.edges).toHaveLength(16 - 4);
    expect(change.reindex).toBe(false);
    expect(g.getNodeAttribute("country:UKR", "color")).toBe(KIND_FADED.country);
    expect(g.getNodeAttribute("country:UKR", "hidden")).toBe(false);
    expect(g.getNodeAttribute("country:RUS", "color")).toBe(KIND_COLORS.country);
    const again = applyVisibility(render, full, next, next);
    expect([again.nodes.length, again.edges.length]).toEqual([0, 0]);
  });

  it("hides nodes of a disabled kind and asks sigma to re-index", () => {
    const { render, visible } = build();
    const change = applyVisibility(render, full, applyFilters(full, { ...ALL, kinds: ["country", "treaty"] }), visible);
    expect(render.graph.getNodeAttribute("leader:xi-jinping", "hidden")).toBe(true);
    expect(render.graph.getEdgeAttribute("xi-CHN", "hidden")).toBe(true);
    expect(change.reindex).toBe(true);
  });
});

describe("sizes scale with the graph", () => {
  it.each([
    [12, 1],
    [400, 1],
    [1600, 0.5],
    [50_000, 0.3],
  ])("sizeScale(%i) = %f", (order, s) => expect(sizeScale(order)).toBeCloseTo(s, 6));

  it("keeps nodes and edges visible on huge graphs", () => {
    expect(nodeSize("leader", 0, 0.3)).toBe(1.5);
    expect(edgeSize("confidence", 0, 1, 0.3)).toBe(0.5);
  });
});
