import { describe, expect, it } from "vitest";
import type { GraphJson } from "../schema/graph";
import { parseGold } from "./gold";
import { overlapsYears, scoreGraph } from "./score";

function edge(relation: string, source: string, target: string, doc: string, start: string | null, end: string | null) {
  return {
    key: `${relation}:${source}:${target}`,
    source: `country:${source}`,
    target: `country:${target}`,
    attributes: { relation, start, end, claims: [{ doc, quote: "q", start, end }] },
  };
}

const graph = {
  options: { type: "mixed", multi: true, allowSelfLoops: false },
  attributes: { schemaVersion: 1, documents: [{ id: "d.txt", title: "t", published: "2025", lang: "zh" }] },
  nodes: ["CHN", "RUS", "PRK", "USA"].map((c) => ({
    key: `country:${c}`,
    attributes: { kind: "country", label: c, names: [] },
  })),
  edges: [
    edge("ally", "RUS", "PRK", "d.txt", "2024", "2024"), // expected, right time
    edge("opposes", "RUS", "USA", "d.txt", "1990", "1990"), // expected with years 2014–, wrong time; opposes scored undirected
    edge("ally", "CHN", "RUS", "d.txt", "2025", "2025"), // forbidden
    edge("partner", "CHN", "PRK", "d.txt", "2025", "2025"), // optional
  ],
} as unknown as GraphJson;

const gold = parseGold(
  {
    documents: [
      {
        file: "d.txt",
        expect: [
          { rel: ["ally"], a: "PRK", b: "RUS", years: [2024, null] },
          { rel: ["opposes"], a: "USA", b: "RUS", years: [2014, null] },
          { rel: ["non-aligned"], a: "CHN", b: "RUS", years: [2025, 2025] },
        ],
        optional: [{ rel: ["partner"], a: "CHN", b: "PRK" }],
        forbid: [{ rel: ["ally"], a: "CHN", b: "RUS" }],
      },
    ],
  },
  "inline",
);

describe("scoreGraph", () => {
  const r = scoreGraph(graph, gold);
  it("counts loose hits without time and strict hits with overlapping time", () => {
    expect(r.loose).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.strict).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(r.loose.f1).toBeCloseTo(2 / 3, 5);
  });
  it("reports forbidden edges, misses and false hits per document", () => {
    expect(r.forbidden).toBe(1);
    const d = r.documents[0];
    expect(d.misses).toEqual(["non-aligned CHN–RUS [2025–2025]"]);
    expect(d.falseHits).toEqual(["ally CHN–RUS"]);
    expect(d.forbidden).toEqual(["ally CHN–RUS"]);
  });
});

describe("overlapsYears", () => {
  it.each([
    [{ start: "1896", end: "1896" }, [1896, 1896], true],
    [{ start: null, end: "1969" }, [1945, 1969], true],
    [{ start: "2014", end: null }, [null, 2013], false],
    [{ start: "2021-06", end: "2021-06" }, [2015, 2021], true],
    [{ start: "1990", end: "1991" }, [2014, null], false],
  ] as const)("%j overlaps %j: %s", (span, years, expected) => {
    expect(overlapsYears(span, [...years] as [number | null, number | null])).toBe(expected);
  });
});
