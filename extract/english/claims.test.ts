import { describe, expect, it } from "vitest";
import { extractEnglish } from "./index";
import { parseSentence } from "./parse";
import { englishDoc } from "./test-doc";

/** "status relation SRC>TGT" for every claim of a one-sentence text (symmetric relations sorted). */
function claims(text: string, published: string | null = "2024-06-01", title = ""): string[] {
  return extractEnglish(englishDoc(text, published, "en.txt", title))
    .claims.map((c) => `${c.status} ${c.relation} ${c.source.slice(8)}>${c.target.slice(8)}`)
    .sort();
}

describe("lemmas", () => {
  it("compromise reduces inflected triggers to one lemma", () => {
    const lemmas = parseSentence(
      "Washington sanctions, sanctioned and is sanctioning Tehran; the sanction stands.",
    ).map((t) => t.lemma);
    expect(lemmas.filter((l) => l === "sanction")).toHaveLength(4);
  });
  it.each([
    ["The United States sanctioned Iran.", ["asserted opposes USA>IRN"]],
    ["Washington is sanctioning Tehran.", ["asserted opposes USA>IRN"]],
    ["New Zealand has imposed sanctions against Fiji.", ["asserted opposes NZL>FJI"]],
    ["NEW ZEALAND IMPOSES SANCTIONS AGAINST FIJI", ["asserted opposes NZL>FJI"]],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("triggers and roles", () => {
  it.each([
    ["Iraqi forces invaded Kuwait in August 1990.", ["asserted opposes IRQ>KWT"]],
    ["Kampuchea was invaded by Viet Nam.", ["asserted opposes VNM>KHM"]],
    ["Russian forces attacked Ukrainian positions near the border.", ["asserted opposes RUS>UKR"]],
    ["Iran and Iraq have been at war since 1980.", ["asserted opposes IRN>IRQ"]],
    ["The war between Iran and Iraq went on.", ["asserted opposes IRN>IRQ"]],
    ["A Greek-Turkish row over oil rights eased.", ["asserted opposes GRC>TUR"]],
    [
      "The Soviet news agency Tass denounced the U.S. attack on Iran.",
      ["asserted opposes RUS>USA", "asserted opposes USA>IRN"],
    ],
    ["Turkey is an ally of France.", ["asserted ally FRA>TUR"]],
    ["Poland is linked through alliance with the Soviet Union.", ["asserted ally POL>RUS"]],
    ["Iran built the missile with technological help from China.", ["asserted partner CHN>IRN"]],
    ["China is working with Pakistan on a new fighter.", ["asserted partner CHN>PAK"]],
    [
      "Moscow is officially neutral in the war between Iran and Iraq.",
      ["asserted non-aligned IRN>RUS", "asserted non-aligned IRQ>RUS", "asserted opposes IRN>IRQ"],
    ],
    ["Cuban President Miguel Díaz-Canel condemned the United States.", ["asserted opposes CUB>USA"]],
    [
      "Singapore has spoken out against the Soviet Union and Viet Nam.",
      ["asserted opposes SGP>RUS", "asserted opposes SGP>VNM"],
    ],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
  it("resolves first-person forms to the state a speech's title names", () => {
    expect(claims("Turkey: statement in the General Debate\nMy country is also an ally of France.", "1960")).toEqual([
      "asserted ally FRA>TUR",
    ]);
  });
  it("resolves a leading It to the state the previous sentence opened with", () => {
    expect(claims("Moscow is neutral. It is a major arms supplier to Iraq.")).toEqual(["asserted partner IRQ>RUS"]);
  });
});

describe("negation", () => {
  it.each([
    ["China has not allied with Russia.", ["asserted non-aligned CHN>RUS"]],
    ["China and Russia have never formally allied.", ["asserted non-aligned CHN>RUS"]],
    ["Kazakhstan refused to join an alliance with Russia.", ["asserted non-aligned KAZ>RUS"]],
    ["Kazakhstan did not support Russia.", ["asserted non-aligned KAZ>RUS"]],
    ["The United States did not impose sanctions on Japan.", ["negated opposes USA>JPN"]],
    ["Britain vetoed a resolution to impose sanctions against South Africa.", ["negated opposes GBR>ZAF"]],
    ["China and Israel have no diplomatic relations.", ["negated partner CHN>ISR"]],
    ["We are not anti-Soviet or anti-Viet Nam.", ["negated opposes SGP>RUS", "negated opposes SGP>VNM"]],
  ])("%s", (text, expected) => {
    expect(claims(text, "1980", text.startsWith("We") ? "Singapore: statement" : "")).toEqual(expected);
  });
  it("keeps 'not only' asserted", () => {
    expect(claims("Russia not only attacked Ukraine but also threatened Moldova.")).toContain(
      "asserted opposes RUS>UKR",
    );
  });
});

describe("modality and hypotheticals", () => {
  it.each([
    ["China and Russia could form an alliance.", ["speculative ally CHN>RUS"]],
    ["If Beijing were to ally with Moscow, the balance would shift.", ["speculative ally CHN>RUS"]],
    ["Japan would consider retaliatory measures against the United States.", ["speculative opposes JPN>USA"]],
    ["Egypt and the Soviet Union are expected to sign an agreement.", ["speculative partner EGY>RUS"]],
    ["Washington may impose sanctions on Havana.", ["speculative opposes USA>CUB"]],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
  it("reads 'would' after a reporting verb as the future in the past", () => {
    expect(claims("Sweden said its boycott of South Africa would take effect in July.")).toEqual([
      "asserted opposes SWE>ZAF",
    ]);
  });
  it("reads 'if it were not for X' as asserting X", () => {
    expect(
      claims(
        "Kabul would prevail if it were not for the support of the rebels by United States imperialism.",
        "1980",
        "Afghanistan: statement",
      ),
    ).toContain("asserted opposes AFG>USA");
  });
});

describe("reported speech, scare quotes and questions", () => {
  it.each([
    ["Iran said the United States attacked its oil platform.", ["asserted opposes USA>IRN"]],
    ['Newspapers wrote of a "military alliance" between Russia and North Korea.', ["reported ally PRK>RUS"]],
    ["The so-called alliance between Russia and North Korea worries Seoul.", ["reported ally PRK>RUS"]],
    ["Russia reportedly supplied missiles to Iran.", ["reported partner IRN>RUS"]],
    ["Will China ally with Russia?", ["question ally CHN>RUS"]],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("claim time", () => {
  it.each([
    ["Since 2014 the United States has imposed sanctions on Russia.", "2014", "2024-06-01"],
    ["Russia and China ended their alliance in the 1960s.", null, "1969"],
    ["Last June, Japan protested against China.", "2023-06", "2023-06"],
    ["The Soviet Union and Germany signed a treaty of friendship in 1939.", "1939", "1939"],
    ["Iran attacked Iraq.", "2024-06-01", "2024-06-01"],
  ])("%s", (text, start, end) => {
    const c = extractEnglish(englishDoc(text)).claims[0];
    expect([c.time.start, c.time.end]).toEqual([start, end]);
  });
});

describe("passages in another language", () => {
  it("leaves a Chinese passage of an English page to the Chinese path", () => {
    expect(claims("Xinhua wrote: 美国宣布对伊朗实施新的制裁，美国与伊朗的对抗加剧。\nIran attacked Iraq.")).toEqual([
      "asserted opposes IRN>IRQ",
    ]);
  });
});
