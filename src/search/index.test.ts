import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchNodes } from ".";
import { parseGraphJson } from "../../extract/schema/graph";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";

const r = parseGraphJson(smallGraph());
if (!r.ok) throw r.error;
const index = buildSearchIndex(buildFullGraph(r.graph));

describe("searchNodes", () => {
  it.each([
    ["普京", "leader:vladimir-putin", "普京"],
    ["Putin", "leader:vladimir-putin", "Putin"],
    ["putin", "leader:vladimir-putin", "Putin"],
    ["vladimir", "leader:vladimir-putin", "Vladimir Putin"],
    ["苏联", "country:RUS", "苏联"],
    ["ＪＡＰＡＮ", "country:JPN", "Japan"],
    ["nobody", null, null],
    ["united", "country:USA", "United States"],
    ["Li–Lobanov", "treaty:sino-russian-secret-treaty", "Li–Lobanov Treaty"],
  ])("%s → %s", (q, key, matched) => {
    const hits = searchNodes(index, q);
    if (key === null) expect(hits).toEqual([]);
    else expect([hits[0].key, hits[0].matched]).toEqual([key, matched]);
  });

  it("ranks exact names before substrings and countries before others", () => {
    const keys = searchNodes(index, "中").map((h) => h.key);
    expect(keys[0]).toBe("country:CHN");
    expect(keys).toContain("treaty:sino-russian-secret-treaty");
  });

  it("returns nothing for a blank query", () => {
    expect(searchNodes(index, "   ")).toEqual([]);
  });
});
