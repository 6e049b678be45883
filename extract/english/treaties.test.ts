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
  it("a closed treaty implies a tie between its parties; an open alliance's members do not", () => {
    const claims = (t: string): string[] =>
      extractEnglish(englishDoc(t)).claims.map((c) => `${c.relation} ${c.source.slice(8)}-${c.target.slice(8)}`);
    expect(claims("AUKUS was announced.")).toEqual(["ally AUS-GBR", "ally AUS-USA", "ally GBR-USA"]);
    expect(claims("Greece and Turkey are members of NATO.")).toEqual([]);
  });
});
