import { describe, expect, it } from "vitest";
import { extractEnglish } from "./index";
import { slugify } from "./leaders";
import { englishDoc } from "./test-doc";

const leaders = (text: string, published = "1987-10-19"): string[] =>
  extractEnglish(englishDoc(text, published))
    .leaders.map((l) => `${l.key} ${l.country}`)
    .sort();

describe("English leaders", () => {
  it("finds known leaders by name, on the Chinese path's slugs", () => {
    expect(leaders("President Reagan met Mikhail Gorbachev in Reykjavik.")).toEqual([
      "leader:mikhail-gorbachev country:RUS",
      "leader:ronald-reagan country:USA",
    ]);
  });
  it("drops a bare surname years before the leader's first term", () => {
    expect(leaders("President Bush visited Tokyo.", "2003-06-01")).toEqual(["leader:george-w-bush country:USA"]);
    expect(leaders("Vice President Bush visited Tokyo.", "1987-06-01")).toEqual([]);
  });
  it("finds unknown leaders by the title pattern, with the state before the title", () => {
    expect(leaders("Cuban President Miguel Díaz-Canel condemned the embargo.")).toEqual([
      "leader:miguel-diaz-canel country:CUB",
    ]);
    expect(leaders("Danish Foreign Minister Uffe Ellemann-Jensen said Denmark would not accept a ban.")).toEqual([
      "leader:uffe-ellemann-jensen country:DNK",
    ]);
  });
  it("carries the state over a coordinated title", () => {
    expect(
      leaders("Soviet leader Mikhail Gorbachev and Foreign Minister Eduard Shevardnadze left the session."),
    ).toEqual(["leader:eduard-shevardnadze country:RUS", "leader:mikhail-gorbachev country:RUS"]);
  });
  it("ignores titles of non-state leaders and titles with no state", () => {
    expect(leaders("Greek opposition leader Constantine Mitsotakis spoke. Prime Minister John Smith left.")).toEqual(
      [],
    );
  });
  it("takes the dateline's state for a bare title when the story names it", () => {
    expect(
      leaders("ATHENS, March 29 - Prime Minister Andreas Papandreou said Greece and Greek forces were ready."),
    ).toEqual(["leader:andreas-papandreou country:GRC"]);
  });
  it("slugs names to ASCII", () => {
    expect(slugify("Miguel Díaz-Canel")).toBe("miguel-diaz-canel");
  });
});
