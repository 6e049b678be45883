import { describe, expect, it } from "vitest";
import { extractEnglish } from "./index";
import { englishDoc } from "./test-doc";

function run(text: string, published = "1962-06-01"): { claims: string[]; leaders: string[]; countries: string[] } {
  const r = extractEnglish(englishDoc(text, published));
  return {
    claims: r.claims.map((c) => `${c.relation} ${c.source.slice(8)}>${c.target.slice(8)}`).sort(),
    leaders: r.leaders.map((l) => l.key).sort(),
    countries: r.countries,
  };
}

describe("lookalike leader names", () => {
  it.each([
    ["Charles Kennedy criticized Norway.", []],
    ["Robert F. Kennedy criticized Norway.", []],
    ["Senator Edward Kennedy criticized Norway.", []],
  ])("a namesake with another given name is not the leader: %s", (text, leaders) => {
    expect(run(text).leaders).toEqual(leaders);
    expect(run(text).claims).toEqual([]);
  });

  it.each([
    "President Kennedy criticized Norway.",
    "John F. Kennedy criticized Norway.",
    "Then Kennedy criticized Norway.",
  ])("the leader by title, full name or surname still is: %s", (text) => {
    expect(run(text).leaders).toEqual(["leader:john-f-kennedy"]);
    expect(run(text).claims).toEqual(["opposes USA>NOR"]);
  });

  it("a place named after a leader is not the leader", () => {
    const r = run("Flights from Kennedy Airport to Norway were suspended after Peru protested.");
    expect(r.leaders).toEqual([]);
    expect(r.countries).not.toContain("country:USA");
  });
});

describe("continents are not states", () => {
  it.each(["South America", "Latin America", "Central America", "North America"])("%s is not the USA", (name) => {
    const r = run(`Peru denounced Chile at a meeting on ${name}.`);
    expect(r.countries).not.toContain("country:USA");
    expect(r.claims).toEqual(["opposes PER>CHL"]);
  });
});

describe("relative clauses", () => {
  it("a relative clause about a people takes no state from before it", () => {
    const r = run(
      "The conflict between Norway and its Sami minority, which has strong cultural links with Finland's Sami, grew.",
    );
    expect(r.claims.filter((c) => c.startsWith("partner"))).toEqual([]);
  });
  it("a relative clause about a state keeps it", () => {
    expect(run("Poland, which is linked through alliance with the Soviet Union, protested.").claims).toEqual([
      "ally POL>RUS",
    ]);
  });
});
