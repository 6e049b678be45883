import { describe, expect, it } from "vitest";
import { extractEnglish } from "./index";
import { englishDoc } from "./test-doc";

function treaties(text: string, published = "2024-06-01"): string[] {
  return extractEnglish(englishDoc(text, published)).treaties.map(
    (t) => `${t.key} [${t.parties.map((p) => p.slice(8)).join(",")}] ${t.year ?? "-"}`,
  );
}

describe("English treaties", () => {
  it.each([
    [
      "China and Russia renewed the Treaty of Good-Neighborliness and Friendly Cooperation.",
      ["treaty:sino-russian-treaty-of-friendship-2001 [CHN,RUS] -"],
    ],
    ["AUKUS worries Beijing.", ["treaty:aukus [AUS,GBR,USA] -"]],
    ["NATO ambassadors discussed tension between members Greece and Turkey.", ["treaty:nato [GRC,TUR] -"]],
    [
      "Poland left the Warsaw Pact in 1991, and Poland and Hungary joined NATO in 1999.",
      ["treaty:warsaw-pact [POL,HUN] -", "treaty:nato [POL,HUN] -"],
    ],
  ])("known treaties: %s", (text, expected) => {
    expect(treaties(text)).toEqual(expected);
  });
  it("resolves a name several treaties share only when the sentence names the parties", () => {
    expect(
      treaties("Kazakhstan hailed the Treaty of Good-Neighborliness and Friendly Cooperation with Beijing."),
    ).toEqual(["treaty:treaty-of-good-neighborliness-and-friendly-cooperation-chn-kaz [KAZ,CHN] -"]);
  });
  it("finds treaties by the shape of their name, with parties and year", () => {
    expect(
      treaties(
        "The Afghan Soviet Treaty of Friendship, Good Neighbourliness and Cooperation of 5 December 1978 is valid.",
        "1980",
      ),
    ).toEqual(["treaty:treaty-of-friendship-good-neighbourliness-and-cooperation-afg-rus-1978 [AFG,RUS] 1978"]);
    expect(
      treaties(
        "Turkey accused Greece of breaching the 1976 Berne Agreement under which both sides agreed to keep the status quo.",
        "1987",
      ),
    ).toEqual(["treaty:berne-agreement-grc-tur-1976 [TUR,GRC] 1976"]);
  });
  const claims = (t: string): string[] =>
    extractEnglish(englishDoc(t)).claims.map((c) => `${c.relation} ${c.source.slice(8)}-${c.target.slice(8)}`);
  const parties = (t: string): string[] => extractEnglish(englishDoc(t)).treaties.flatMap((x) => x.parties);

  it("a treaty's name alone ties nobody: its parties are party-to it", () => {
    expect(claims("AUKUS was announced.")).toEqual([]);
    expect(parties("AUKUS was announced.")).toEqual(["country:AUS", "country:GBR", "country:USA"]);
    expect(claims("Greece and Turkey are members of NATO.")).toEqual([]);
  });

  it("signing ties only the parties the sentence names", () => {
    expect(claims("Australia, Britain and the United States signed AUKUS in 2021.")).toEqual([
      "ally AUS-GBR",
      "ally AUS-USA",
      "ally GBR-USA",
    ]);
    // one named party and a multilateral deal: no tie to the unnamed parties
    expect(claims("Britain signed AUKUS after long talks with France.")).toEqual([]);
  });

  it.each([
    "The United States withdrew from the INF Treaty with Russia.",
    "Russia has violated the INF Treaty signed with the United States.",
    "Japan abandoned the Anglo-Japanese Alliance it had concluded with Britain.",
    "Washington's withdrawal from the Treaty of Amity and Commerce between Ruritania and Norway was announced.",
  ])("turning away from a treaty ties nobody: %s", (t) => {
    expect(claims(t).filter((c) => !c.startsWith("opposes"))).toEqual([]);
    expect(parties(t).length).toBeGreaterThan(0);
  });
});
