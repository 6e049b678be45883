import { describe, expect, it } from "vitest";
import { RELATIONS, parseGraphJson } from "../../extract/schema/graph";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";
import { binClaims, claimYears, stackTotals } from "./histogram";

describe("claimYears", () => {
  it.each([
    { args: ["1896", "1896"], out: [1896, 1896] },
    { args: ["2014", null], out: [2014, 2014] },
    { args: [null, "1945"], out: [1945, 1945] },
    { args: ["1961-05", "1963"], out: [1961, 1963] },
    { args: [null, null, "1961", "1991"], out: [1961, 1991] },
    { args: [null, null, null, null], out: null },
    { args: ["1950", "1940"], out: [1950, 1950] },
  ] as const)("$args → $out", ({ args, out }) => {
    expect(claimYears(...(args as [string | null, string | null, string | null, string | null]))).toEqual(out);
  });
});

describe("binClaims on the fixture", () => {
  const r = parseGraphJson(smallGraph());
  if (!r.ok) throw r.error;
  const full = buildFullGraph(r.graph);
  const h = binClaims(full);
  const at = (rel: (typeof RELATIONS)[number], year: number) => h.byRelation[RELATIONS.indexOf(rel)][year - h.from];

  it("spans the data and the era presets", () => {
    expect([h.from, h.to]).toEqual([1890, 2025]);
  });

  it("counts claims in their years, by relation", () => {
    expect(at("ally", 1896)).toBe(1);
    expect(at("opposes", 1896)).toBe(1);
    expect(at("party-to", 1896)).toBe(2);
    expect(at("opposes", 2014)).toBe(2);
    expect(at("ally", 1897)).toBe(0);
  });

  it("spreads an undated claim over its edge's span, and counts fully undated claims apart", () => {
    expect(at("non-aligned", 1961)).toBe(1);
    expect(at("non-aligned", 1991)).toBe(1);
    expect(at("non-aligned", 1992)).toBe(0);
    expect(h.undated).toBe(1);
  });

  it("stacks only the relations asked for", () => {
    const { totals, max } = stackTotals(h, ["ally", "opposes"]);
    expect(totals[1896 - h.from]).toBe(2);
    expect(max).toBe(2);
  });
});
