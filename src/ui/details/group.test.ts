import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../../extract/schema/graph";
import { smallGraph } from "../../../tests/browser/fixtures/small";
import { buildFullGraph } from "../../data/build";
import { groupRelations, periodOf } from "./group";

const r = parseGraphJson(smallGraph());
if (!r.ok) throw r.error;
const full = buildFullGraph(r.graph);

describe("groupRelations", () => {
  it("groups Russia's relations by type, then period, in time order", () => {
    const groups = groupRelations(full, full.nodes.index.get("country:RUS")!);
    const summary = groups.map((g) => [
      g.relation,
      g.periods.map((p) => [p.period, p.rows.map((row) => full.edges.keys[row.edge])]),
    ]);
    expect(summary).toEqual([
      ["ally", [["Late Qing & Sino-Japanese wars (1890–1911)", ["RUS-CHN-ally-1896"]]]],
      ["partner", [["Since 2014 (2014–2025)", ["RUS-CHN-partner-2014"]]]],
      [
        "opposes",
        [
          ["Late Qing & Sino-Japanese wars (1890–1911)", ["RUS-JPN-opposes-1896"]],
          ["Cold War (1947–1991)", ["CHN-RUS-opposes-1969"]],
          ["Since 2014 (2014–2025)", ["RUS-UKR-opposes-2014", "USA-RUS-opposes-2014"]],
        ],
      ],
      ["leader-of", [["Post-Cold War (1992–2013)", ["putin-RUS"]]]],
      [
        "party-to",
        [
          ["Late Qing & Sino-Japanese wars (1890–1911)", ["RUS-secret-treaty"]],
          ["Post-Cold War (1992–2013)", ["RUS-gn-treaty"]],
        ],
      ],
    ]);
  });

  it("records direction from the node's point of view", () => {
    const rus = full.nodes.index.get("country:RUS")!;
    const opposes = groupRelations(full, rus).find((g) => g.relation === "opposes")!;
    const rows = opposes.periods.flatMap((p) => p.rows);
    expect(rows.map((row) => [full.nodes.keys[row.other], row.outgoing])).toEqual([
      ["country:JPN", true],
      ["country:CHN", false],
      ["country:UKR", true],
      ["country:USA", false],
    ]);
  });

  it.each([
    [1896, "Late Qing & Sino-Japanese wars (1890–1911)"],
    [1912, "1910s"],
    [1946, "1940s"],
    [null, "Undated"],
  ])("periodOf(%s) = %s", (y, label) => expect(periodOf(y)).toBe(label));
});
