import { describe, expect, it } from "vitest";
import { findEnglishMentions, titleState } from "./mentions";

const codes = (t: string, self?: string): string[] => findEnglishMentions(t, self).map((m) => m.code);
const vias = (t: string): string[] => findEnglishMentions(t).map((m) => `${m.code}:${m.via}`);

describe("findEnglishMentions", () => {
  it.each([
    ["The U.S. and Britain vetoed it.", ["USA", "GBR"]],
    ["the United States, the United Kingdom and the DPRK", ["USA", "GBR", "PRK"]],
    ["North Korea and South Korea", ["PRK", "KOR"]],
    ["US officials met UK diplomats", ["USA", "GBR"]],
    ["Viet Nam invaded Kampuchea", ["VNM", "KHM"]],
    ["the Republic of Armenia against the Azerbaijan Republic", ["ARM", "AZE"]],
  ])("country names and short forms: %s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("maps historical names to the successor state", () => {
    expect(vias("the Soviet Union, the USSR, Tsarist Russia and West Germany")).toEqual([
      "RUS:historical",
      "RUS:historical",
      "RUS:historical",
      "DEU:historical",
    ]);
  });

  it("reads capitals and seats of government as the state", () => {
    expect(vias("Moscow, Beijing, Washington, the Kremlin, the White House, the Pentagon and Pyongyang")).toEqual([
      "RUS:capital",
      "CHN:capital",
      "USA:capital",
      "RUS:capital",
      "USA:capital",
      "USA:capital",
      "PRK:capital",
    ]);
  });

  it("reads demonyms used as actors", () => {
    expect(vias("Russian forces and Chinese officials; Iraqi aggression")).toEqual([
      "RUS:demonym",
      "CHN:demonym",
      "IRQ:demonym",
    ]);
  });

  it("marks a capital after a locative preposition, and a dateline, as a place", () => {
    const ms = findEnglishMentions("MOSCOW, Oct 19 - Talks began in Moscow; Moscow denounced Washington.");
    expect(ms.map((m) => [m.surface, m.locative])).toEqual([
      ["MOSCOW", true],
      ["Moscow", true],
      ["Moscow", false],
      ["Washington", false],
    ]);
  });

  it("needs capitals and exact case for acronyms; blockers hide place words", () => {
    expect(codes("let us eat turkey and china plates")).toEqual([]);
    expect(codes("Latin American debt and the Persian Gulf and the Washington Post")).toEqual([]);
  });

  it("marks possessives and anti- prefixes", () => {
    const [japan, soviet] = findEnglishMentions("Japan's failure; anti-Soviet feeling");
    expect([japan.possessive, soviet.anti]).toEqual([true, true]);
  });

  it("resolves first-person forms to the speaking state only when one is given", () => {
    expect(codes("my country is an ally of France", "TUR")).toEqual(["TUR", "FRA"]);
    expect(codes("my country is an ally of France")).toEqual(["FRA"]);
  });

  it("titleState names the single state of a title", () => {
    expect(titleState("Turkey: statement in the General Debate, 1960")).toBe("TUR");
    expect(titleState("CANADA THREATENS BAN ON DANISH PIGMEAT")).toBeNull();
  });
});
