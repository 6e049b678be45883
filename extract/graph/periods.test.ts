import { describe, expect, it } from "vitest";
import { extractGraph } from "../pipeline";
import type { GraphJson, SerializedEdge } from "../schema/graph";
import { claimInterval, edgePeriods, periodsHull, periodsOverlap } from "./periods";

/** Builds the graph of one Chinese document, one sentence a line. */
function graphOf(published: string, lines: string[]): GraphJson {
  const bytes = new TextEncoder().encode(lines.join("\n"));
  return extractGraph([{ id: "t.txt", bytes, published }], { version: "test" }).graph;
}

function edge(g: GraphJson, key: string): SerializedEdge {
  const e = g.edges.find((x) => x.key === key);
  if (!e) throw new Error(`no edge ${key}; edges: ${g.edges.map((x) => x.key).join(", ")}`);
  return e;
}

describe("edge periods from sentences", () => {
  const g = graphOf("2025-06-01", [
    "1896年，中俄两国结成同盟，共同防御日本。",
    "20世纪60年代，中苏同盟关系随之破裂。",
    "自2014年以来，俄罗斯与乌克兰一直处于敌对状态。",
    "中俄两国将在2030年前建立全面战略伙伴关系。",
    "俄中关系是21世纪国际关系的典范，两国是战略伙伴。",
  ]);

  it("keeps 1896 and 'ended in the 1960s' as two periods, with nothing in between", () => {
    const e = edge(g, "ally:country:CHN--country:RUS");
    expect(e.attributes.periods).toEqual([
      { start: "1896", end: "1896", claims: 1 },
      { start: "1969", end: "1969", claims: 1 },
    ]);
    expect(periodsOverlap(e.attributes.periods, { start: 1900, end: 1968 })).toBe(false);
    expect(periodsOverlap(e.attributes.periods, { start: 1890, end: 1900 })).toBe(true);
    // the hull stays for compatibility
    expect([e.attributes.start, e.attributes.end]).toEqual(["1896", "1969"]);
  });

  it("bounds an open end ('since 2014') by the publication date", () => {
    const e = edge(g, "opposes:country:RUS->country:UKR");
    expect(e.attributes.claims[0].end).toBeNull();
    expect(e.attributes.periods).toEqual([{ start: "2014", end: "2025-06-01", claims: 1 }]);
  });

  it("keeps a deadline after publication as a future claim, from publication to the deadline", () => {
    const e = edge(g, "partner:country:CHN--country:RUS");
    const plan = e.attributes.claims.find((c) => c.quote.includes("2030年前"));
    expect(plan?.future).toBe(true);
    expect(plan?.end).toBe("2030");
    expect(e.attributes.periods).toEqual([{ start: "2025-06-01", end: "2030", claims: 2 }]);
  });

  it("dates a claim in the present century (21世纪) by its document, not 2000–2099", () => {
    const e = edge(g, "partner:country:CHN--country:RUS");
    const c = e.attributes.claims.find((x) => x.quote.includes("21世纪"));
    expect([c?.start, c?.end, c?.future]).toEqual(["2025-06-01", "2025-06-01", undefined]);
  });
});

describe("times after publication", () => {
  const g = graphOf("2022-03-01", [
    "新冠肺炎疫情期间，中国同柬埔寨携手抗疫，两国是全面战略合作伙伴。",
    "中方支持南非明年担任金砖国家轮值主席国，愿同南非一道深化伙伴关系。",
    "2025年，中国与巴西结成战略伙伴。",
  ]);

  it("bounds an event still going on at its end (COVID to 2023 in a 2022 article) by publication", () => {
    const c = edge(g, "partner:country:CHN--country:KHM").attributes.claims[0];
    expect([c.start, c.end, c.future]).toEqual(["2020", "2022-03-01", undefined]);
  });

  it("keeps 'next year' (明年) after publication as future", () => {
    const c = edge(g, "partner:country:CHN--country:ZAF").attributes.claims[0];
    expect([c.start, c.end, c.future]).toEqual(["2023", "2023", true]);
  });

  it("dates a claim by its document when its year is after publication and nothing says future", () => {
    const c = edge(g, "partner:country:BRA--country:CHN").attributes.claims[0];
    expect([c.start, c.end, c.timeSource, c.future]).toEqual(["2022-03-01", "2022-03-01", "document", undefined]);
  });

  it("dates no claim after its document without `future`", () => {
    for (const e of g.edges)
      for (const c of e.attributes.claims)
        if (!c.future) expect((c.end ?? c.start ?? "").slice(0, 4) <= "2022").toBe(true);
  });
});

describe("merging intervals", () => {
  const pub = (): string => "2025-01-01";

  it("merges overlapping and adjacent years, keeps a one-year gap apart", () => {
    const periods = edgePeriods(
      [
        { doc: "a", start: "2015", end: "2015" },
        { doc: "a", start: "2017", end: "2017" },
        { doc: "a", start: "2018-03", end: "2018-04" },
        { doc: "a", start: "2021-12-05", end: "2021-12-05" },
        { doc: "a", start: "2022", end: "2023" },
        { doc: "a", start: null, end: null },
      ],
      pub,
    );
    expect(periods).toEqual([
      { start: "2015", end: "2015", claims: 1 },
      { start: "2017", end: "2018-04", claims: 2 },
      { start: "2021-12-05", end: "2023", claims: 2 },
    ]);
    expect(periodsHull(periods)).toEqual({ start: "2015", end: "2023" });
  });

  it("leaves an edge whose claims have no time without periods", () => {
    expect(edgePeriods([{ doc: "a", start: null, end: null }], pub)).toEqual([]);
    expect(periodsHull([])).toEqual({ start: null, end: null });
  });

  it("keeps an open end open only for a future claim, and open without a publication date", () => {
    expect(claimInterval({ doc: "a", start: "2020", end: null, future: true }, "2022")).toEqual({
      start: "2020",
      end: null,
    });
    expect(claimInterval({ doc: "a", start: "2020", end: null }, "2022")).toEqual({ start: "2020", end: "2022" });
    expect(claimInterval({ doc: "a", start: "2020", end: null }, null)).toEqual({ start: "2020", end: null });
  });
});
