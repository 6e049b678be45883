import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../schema/graph";
import type { CleanDocument, DocumentExtraction, ExtractedClaim } from "../types";
import { buildGraph, confidenceFor, edgeKey, serializeGraph } from "./build";
import { mergeSpans } from "./span";

function doc(id: string, text: string, published: string | null): CleanDocument {
  return {
    id,
    charset: "UTF-8",
    format: "txt",
    title: id,
    published,
    publishedSource: published ? "page" : "none",
    lang: "zh",
    text,
    norm: text,
    dropped: [],
  };
}

function claim(d: CleanDocument, quote: string, partial: Partial<ExtractedClaim>): ExtractedClaim {
  const start = d.text.indexOf(quote);
  return {
    relation: "ally",
    source: "country:RUS",
    target: "country:CHN",
    doc: d.id,
    sentence: { start, end: start + quote.length, text: quote },
    time: { start: "1896", end: "1896", source: "text" },
    status: "asserted",
    trigger: "结盟",
    lang: "zh",
    ...partial,
  };
}

const a = doc("a.txt", "1896年俄国与中国结盟。俄国对日本实施制裁。如果中国和俄罗斯结盟就好了。", "2020-01-01");
const b = doc("b.txt", "1896年中国与俄国结成同盟。", "2021-05-02");

const extractions: DocumentExtraction[] = [
  {
    doc: b,
    claims: [claim(b, "1896年中国与俄国结成同盟。", { source: "country:CHN", target: "country:RUS", trigger: "同盟" })],
    leaders: [],
    treaties: [],
    countries: ["country:CHN", "country:RUS"],
  },
  {
    doc: a,
    claims: [
      claim(a, "1896年俄国与中国结盟。", {}),
      claim(a, "俄国对日本实施制裁。", {
        relation: "opposes",
        source: "country:RUS",
        target: "country:JPN",
        trigger: "制裁",
        time: { start: "2020-01-01", end: "2020-01-01", source: "document" },
      }),
      claim(a, "如果中国和俄罗斯结盟就好了。", {
        status: "speculative",
        time: { start: null, end: null, source: "none" },
      }),
    ],
    leaders: [],
    treaties: [],
    countries: ["country:CHN", "country:JPN", "country:RUS"],
  },
];

describe("buildGraph", () => {
  const graph = buildGraph(extractions, { version: "test" });

  it("produces a valid graph.json with documents in id order", () => {
    const parsed = parseGraphJson(graph);
    expect(parsed.ok ? "" : parsed.error.message).toBe("");
    expect(graph.attributes.documents.map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
  });

  it("merges claims from two documents into one undirected edge per pair and relation", () => {
    const ally = graph.edges.filter((e) => e.attributes.relation === "ally");
    expect(ally).toHaveLength(1);
    expect(ally[0].key).toBe("ally:country:CHN--country:RUS");
    expect(ally[0].undirected).toBe(true);
    expect(ally[0].attributes.claims.map((c) => c.doc)).toEqual(["a.txt", "b.txt"]);
    expect(ally[0].attributes.confidence).toBe(0.75);
    expect(ally[0].attributes.start).toBe("1896");
    expect(ally[0].attributes.claims[0]).toMatchObject({
      quote: "1896年俄国与中国结盟。",
      offset: [0, 13],
      start: "1896",
      end: "1896",
    });
  });

  it("keeps opposes directed and out of the symmetric merge", () => {
    const opp = graph.edges.find((e) => e.attributes.relation === "opposes");
    expect(opp?.key).toBe("opposes:country:RUS->country:JPN");
    expect(opp?.undirected).toBeUndefined();
  });

  it("keeps non-asserted claims out of edges, listed under excludedClaims with the reason", () => {
    expect(graph.edges.flatMap((e) => e.attributes.claims).some((c) => c.quote.startsWith("如果"))).toBe(false);
    expect(graph.attributes.excludedClaims).toHaveLength(1);
    expect(graph.attributes.excludedClaims?.[0]).toMatchObject({
      reason: "speculative",
      relation: "ally",
      doc: "a.txt",
    });
  });

  it("is deterministic whatever the input order", () => {
    const again = buildGraph([...extractions].reverse(), { version: "test" });
    expect(serializeGraph(again)).toBe(serializeGraph(graph));
  });
});

describe("edge keys, spans and confidence", () => {
  it("orders symmetric pairs and keeps direction for opposes", () => {
    expect(edgeKey("partner", "country:USA", "country:AUS")).toBe("partner:country:AUS--country:USA");
    expect(edgeKey("opposes", "country:USA", "country:AUS")).toBe("opposes:country:USA->country:AUS");
  });

  it("opens an edge span where a claim is open, and ignores undated claims", () => {
    expect(
      mergeSpans([
        { start: "2014", end: null },
        { start: "2021-06", end: "2021-06" },
      ]),
    ).toEqual({ start: "2014", end: null });
    expect(
      mergeSpans([
        { start: null, end: "1969" },
        { start: "1950", end: "1950" },
      ]),
    ).toEqual({ start: null, end: "1969" });
    expect(
      mergeSpans([
        { start: "2024-09", end: "2024-09" },
        { start: "2024", end: "2024" },
        { start: null, end: null },
      ]),
    ).toEqual({ start: "2024", end: "2024" });
  });

  it("grows confidence with independent documents", () => {
    expect([1, 2, 3].map(confidenceFor)).toEqual([0.5, 0.75, 0.875]);
  });
});
