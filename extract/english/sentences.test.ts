import { describe, expect, it } from "vitest";
import { splitEnglishSentences } from "./sentences";

const texts = (t: string, heading = -1): string[] => splitEnglishSentences(t, heading).map((s) => s.text);

describe("splitEnglishSentences", () => {
  it("keeps titles, initials and abbreviations inside a sentence", () => {
    expect(texts("Mr. Reagan met Gen. Smith on Nov. 13 in Washington. They spoke.")).toEqual([
      "Mr. Reagan met Gen. Smith on Nov. 13 in Washington.",
      "They spoke.",
    ]);
  });
  it("does not split after U.S. before a capitalised noun (wire style), but does before a sentence opener", () => {
    expect(texts("The U.S. Attack was condemned by the U.S.S.R. Iran said so.")).toEqual([
      "The U.S. Attack was condemned by the U.S.S.R. Iran said so.",
    ]);
    expect(texts("Tokyo exports chips to the U.S. The dispute grew.")).toEqual([
      "Tokyo exports chips to the U.S.",
      "The dispute grew.",
    ]);
  });
  it("joins wrapped lines and splits paragraphs", () => {
    expect(
      texts("Japan warned the United States it may\ntake retaliatory measures.\n    Fukukawa said talks would go on."),
    ).toEqual([
      "Japan warned the United States it may\ntake retaliatory measures.",
      "Fukukawa said talks would go on.",
    ]);
  });
  it("keeps a quotation that closes a sentence with it", () => {
    expect(texts('"We will retaliate," Khamenei said. "It was a mistake."')).toEqual([
      '"We will retaliate," Khamenei said.',
      '"It was a mistake."',
    ]);
  });
  it("ends a sentence after an all-capital headline and after the heading line", () => {
    expect(
      texts("NEW ZEALAND IMPOSES SANCTIONS AGAINST FIJI\nWELLINGTON, Oct 19 - New Zealand has imposed sanctions."),
    ).toEqual([
      "NEW ZEALAND IMPOSES SANCTIONS AGAINST FIJI",
      "WELLINGTON, Oct 19 - New Zealand has imposed sanctions.",
    ]);
    const t = "Turkey: statement in the General Debate, 1960\nMy country is an ally of France.";
    expect(texts(t, t.indexOf("\n"))).toEqual([
      "Turkey: statement in the General Debate, 1960",
      "My country is an ally of France.",
    ]);
  });
  it("gives offsets into the text", () => {
    const t = "  Iran said so.  Iraq denied it. ";
    for (const s of splitEnglishSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});
