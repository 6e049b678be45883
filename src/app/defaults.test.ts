import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import { generateGraph } from "../../scripts/gen-graph";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";
import { applyFilters } from "../filters/pipeline";
import { DEFAULT_VIEW } from "../state";
import { binClaims, claimYearRange } from "../time/histogram";
import { corpusView } from "./defaults";
import { revealNode } from "./model";

function full(json: unknown) {
  const r = parseGraphJson(json);
  if (!r.ok) throw r.error;
  return buildFullGraph(r.graph);
}

describe("corpus-sized defaults", () => {
  const big = full(generateGraph({ nodes: 800, edgesPerNode: 3, seed: 11 }));

  it("a graph over a few hundred nodes opens on states, on the claims' years", () => {
    const view = corpusView(big, DEFAULT_VIEW, new URLSearchParams(""));
    expect(view.filters.kinds).toEqual(["country"]);
    const range = claimYearRange(binClaims(big))!;
    expect(view.filters.era).toEqual({ from: range[0], to: range[1] });
    expect(range[0]).toBeGreaterThan(big.yearDomain[0]);
  });

  it("a link's own kinds and era win", () => {
    const view = corpusView(big, DEFAULT_VIEW, new URLSearchParams("kind=country,leader,treaty&era=1900-1910"));
    expect(view).toBe(DEFAULT_VIEW);
  });

  it("a small graph keeps every kind and all time", () => {
    expect(corpusView(full(smallGraph()), DEFAULT_VIEW, new URLSearchParams(""))).toBe(DEFAULT_VIEW);
  });

  it("a selected state brings its leaders and treaties in with their kinds off", () => {
    const g = full(smallGraph());
    const view = {
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, kinds: ["country" as const] },
      selection: { type: "node" as const, key: "country:RUS" },
    };
    const v = applyFilters(g, view.filters, { reveal: revealNode(g, view) });
    const shown = g.nodes.keys.filter((_, i) => v.nodeShown[i] && g.nodes.attrs[i].kind !== "country").sort();
    expect(shown).toEqual([
      "leader:vladimir-putin",
      "treaty:good-neighborliness-treaty",
      "treaty:sino-russian-secret-treaty",
    ]);
    expect(g.edges.keys.filter((_, i) => v.edgeVisible[i])).toContain("putin-RUS");
    expect(g.edges.keys.filter((_, i) => v.edgeVisible[i])).not.toContain("xi-CHN");
  });
});

describe("claimYearRange on the cctv-xwlb graph", () => {
  const path = process.env.ENTENTE_CCTV_GRAPH;
  it.skipIf(!path)("clips the axis to where the claims are (set ENTENTE_CCTV_GRAPH to a built graph)", () => {
    const g = full(JSON.parse(readFileSync(path!, "utf8")));
    const [lo, hi] = claimYearRange(binClaims(g))!;
    expect(hi).toBeLessThanOrEqual(2025);
    expect(lo).toBeGreaterThanOrEqual(1950);
  });
});
