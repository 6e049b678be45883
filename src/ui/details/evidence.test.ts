import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../../extract/schema/graph";
import { periodsGraph } from "../../../tests/browser/fixtures/periods";
import { edgePeriods } from "../../time/periods";
import { countBySource, groupEvidence } from "./evidence";

function edge(key: string, manyClaims = 0) {
  const r = parseGraphJson(periodsGraph({ manyClaims }));
  if (!r.ok) throw r.error;
  const published = new Map(r.graph.attributes.documents.map((d) => [d.id, d.published]));
  return { a: r.graph.edges.find((e) => e.key === key)!.attributes, published: (d: string) => published.get(d) };
}

describe("groupEvidence", () => {
  it("in 1890–1900 the China–Russia alliance opens on its 1896 evidence, 2021–2025 folded after", () => {
    const { a, published } = edge("RUS-CHN-ally-1896");
    const s = groupEvidence(a.claims, edgePeriods(a), { from: 1890, to: 1900 }, "date", published);
    expect(s.map((x) => [x.label, x.inEra, x.claims])).toEqual([
      ["open – 1969", true, 3],
      ["2021 – 2025", false, 2],
    ]);
    expect(s[0].docs[0].claims[0].claim.start).toBe("1896");
    expect(s[0].docs.map((d) => d.claims.map((c) => c.claim.end))).toEqual([["1896"], ["1896", "1969"]]);
  });

  it("by support, the document with most claims comes first; every claim is placed once", () => {
    const { a, published } = edge("USA-RUS-opposes-2014", 500);
    const s = groupEvidence(a.claims, edgePeriods(a), null, "support", published);
    expect(s.reduce((n, x) => n + x.claims, 0)).toBe(501);
    expect(s[0].docs[0].claims.length).toBe(5);
    expect(countBySource(a.claims)[0].claims).toBe(5);
  });
});
