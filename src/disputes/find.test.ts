import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import { periodsGraph } from "../../tests/browser/fixtures/periods";
import { buildFullGraph } from "../data/build";
import { filterClaims } from "../session/verdicts";
import { findDisputes, formatOverlap } from "./find";

function build(json: unknown) {
  const r = parseGraphJson(json);
  if (!r.ok) throw r.error;
  return buildFullGraph(r.graph);
}

describe("findDisputes", () => {
  const full = build(periodsGraph());
  const list = findDisputes(full);
  const keys = (es: number[]) => es.map((e) => full.edges.keys[e]);

  it("finds India–Pakistan (ally 2005 against opposes 2003–2010) and China–Russia in 1969", () => {
    expect(list.map((d) => [d.pair, d.relations.join("/"), formatOverlap(d.overlap)])).toEqual([
      ["country:CHN|country:RUS", "ally/opposes", "1969"],
      ["country:IND|country:PAK", "ally/opposes", "2005"],
    ]);
    expect(keys(list[1].edges[0])).toEqual(["IND-PAK-ally-2005"]);
    expect(keys(list[1].edges[1])).toEqual(["IND-PAK-opposes-2003"]);
  });

  it("partner and ally do not conflict, nor do relations in different years", () => {
    // RUS–CHN partner since 2014 and ally 2021–2025 overlap, but they agree.
    expect(list.some((d) => d.relations.includes("partner"))).toBe(false);
  });

  it("follows the claims: rejecting the 2005 ally claim settles the India–Pakistan dispute", () => {
    const r = parseGraphJson(periodsGraph());
    if (!r.ok) throw r.error;
    const { graph } = filterClaims(r.graph, (e) => e.key !== "IND-PAK-ally-2005");
    expect(findDisputes(buildFullGraph(graph)).map((d) => d.pair)).toEqual(["country:CHN|country:RUS"]);
  });
});
