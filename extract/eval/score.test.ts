import { describe, expect, it } from "vitest";
import type { GraphJson } from "../schema/graph";
import { sourceOf } from "./breakdown";
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

describe("per relation and per source", () => {
  const r = scoreGraph(graph, gold);
  it("splits true and false hits and misses by relation type", () => {
    // strict: ally RUS–PRK found; opposes RUS–USA has the wrong time (a miss and a false hit);
    // non-aligned CHN–RUS missed; the forbidden ally CHN–RUS is a false ally.
    expect(r.relations.strict.ally).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(r.relations.strict.opposes).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.relations.strict["non-aligned"]).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(r.relations.strict.partner).toMatchObject({ tp: 0, fp: 0, fn: 0 }); // optional: neither
    expect(r.relations.loose.opposes).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    const sum = Object.values(r.relations.strict).reduce((n, c) => n + c.tp + c.fp + c.fn, 0);
    expect(sum).toBe(r.strict.tp + r.strict.fp + r.strict.fn);
  });
  it("credits a gold entry with several types to the type that was found", () => {
    const g = parseGold(
      { documents: [{ file: "d.txt", expect: [{ rel: ["non-aligned", "partner"], a: "PRK", b: "CHN" }] }] },
      "inline",
    );
    const s = scoreGraph(graph, g);
    expect(s.relations.loose.partner).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.relations.loose["non-aligned"]).toMatchObject({ tp: 0, fn: 0 });
  });
  it("groups documents by their corpus folder", () => {
    const two = {
      ...graph,
      attributes: {
        ...graph.attributes,
        documents: [
          { id: "cctv-xwlb/1.md", title: "a", published: "2024", lang: "zh" },
          { id: "banned-news-2018/nsc1/2.md", title: "b", published: "2018", lang: "zh" },
        ],
      },
      edges: [
        edge("ally", "RUS", "PRK", "cctv-xwlb/1.md", "2024", "2024"),
        edge("ally", "CHN", "RUS", "banned-news-2018/nsc1/2.md", "2018", "2018"),
      ],
    } as unknown as GraphJson;
    const g = parseGold(
      {
        documents: [
          { file: "cctv-xwlb/1.md", expect: [{ rel: ["ally"], a: "PRK", b: "RUS" }] },
          { file: "banned-news-2018/nsc1/2.md", expect: [{ rel: ["opposes"], a: "USA", b: "RUS" }] },
        ],
      },
      "inline",
    );
    const s = scoreGraph(two, g);
    expect(s.sources.map((x) => [x.source, x.documents, x.strict.tp, x.strict.fp, x.strict.fn])).toEqual([
      ["banned-news-2018", 1, 0, 1, 1],
      ["cctv-xwlb", 1, 1, 0, 0],
    ]);
    expect(scoreGraph(two, g, 2).sources.map((x) => x.source)).toEqual(["banned-news-2018/nsc1", "cctv-xwlb"]);
  });
  it.each([
    ["cctv-xwlb/20240418.md", 1, "cctv-xwlb"],
    ["banned-news-2018/nsc418/n1.md", 2, "banned-news-2018/nsc418"],
    ["a/b.md", 3, "a"],
    ["reuters:12001", 1, "reuters"],
    ["000_709be9ed673aef3a.txt", 1, "."],
  ] as const)("sourceOf(%s, %d) = %s", (file, depth, expected) => {
    expect(sourceOf(file, depth)).toBe(expected);
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
