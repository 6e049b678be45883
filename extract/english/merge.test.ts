import { describe, expect, it } from "vitest";
import { extractDocumentText } from "../clean/index";
import { buildGraph } from "../graph/build";
import { extractFromClean } from "../pipeline";
import type { DocumentExtraction, SourceFile } from "../types";
import { extractEnglish } from "./index";

const enc = new TextEncoder();

/** The pipeline's per-document step, with English documents sent down the English path. */
function extract(file: SourceFile): DocumentExtraction {
  const doc = extractDocumentText(file);
  return doc.lang === "en" ? { doc, ...extractEnglish(doc) } : extractFromClean(doc);
}

describe("one graph from Chinese and English", () => {
  const zh = extract({
    id: "xinhua.txt",
    bytes: enc.encode("美国总统里根宣布，美国海军袭击了伊朗的石油平台。"),
    published: "1987-10-19",
  });
  const en = extract({
    id: "reuters.txt",
    bytes: enc.encode("President Reagan said U.S. naval forces attacked Iranian oil platforms in the Gulf."),
    published: "1987-10-19",
  });
  const graph = buildGraph([zh, en], { version: "test" });

  it("detects each document's language", () => {
    expect([zh.doc.lang, en.doc.lang]).toEqual(["zh", "en"]);
  });

  it("puts the relation reported in both languages on one edge with a claim from each", () => {
    const edges = graph.edges.filter(
      (e) => e.attributes.relation === "opposes" && e.source === "country:USA" && e.target === "country:IRN",
    );
    expect(edges).toHaveLength(1);
    expect(edges[0].attributes.claims.map((c) => [c.doc, c.lang]).sort()).toEqual([
      ["reuters.txt", "en"],
      ["xinhua.txt", "zh"],
    ]);
    expect(edges[0].attributes.confidence).toBe(0.75);
  });

  it("keeps one node per state and per leader whatever the language", () => {
    const keys = graph.nodes.map((n) => n.key);
    expect(keys.filter((k) => k === "country:USA" || k === "country:IRN")).toHaveLength(2);
    expect(keys.filter((k) => k === "leader:ronald-reagan")).toHaveLength(1);
    const leaderOf = graph.edges.find(
      (e) => e.attributes.relation === "leader-of" && e.source === "leader:ronald-reagan",
    );
    expect(leaderOf?.attributes.claims.map((c) => c.lang).sort()).toEqual(["en", "zh"]);
  });
});
