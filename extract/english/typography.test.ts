import { describe, expect, it } from "vitest";
import { foldTypography } from "../ingest/typography";
import { findMentions } from "../mentions/find-mentions";
import { placeForms } from "./data";
import { extractEnglish } from "./index";
import { englishDoc } from "./test-doc";

/** The typographic form of a name: curly apostrophes, no-break spaces, en dashes for hyphens. */
function typographic(name: string): string {
  return name.replace(/'/g, "\u2019").replace(/ /g, "\u00a0").replace(/-/g, "\u2013");
}

const MULTI_WORD = placeForms().filter(
  (f) =>
    (f.via === "name" || f.via === "short" || f.via === "historical") &&
    /[ '’-]/.test(f.surface) &&
    // a form written lower-case ("the States") needs its own context, not this frame
    /^\p{Lu}/u.test(f.surface),
);

describe("typographic folding", () => {
  it("keeps the length and folds quotes, dashes and spaces", () => {
    const s = "\u201cA\u00a0B\u2014C\u2019s\u201d";
    expect(foldTypography(s)).toBe('"A B-C\'s"');
    expect(foldTypography(s)).toHaveLength(s.length);
    const plain = "nothing to fold";
    expect(foldTypography(plain)).toBe(plain);
  });

  it("covers a real share of the gazetteer", () => {
    expect(MULTI_WORD.length).toBeGreaterThan(100);
  });

  it("every multi-word English state name resolves the same in plain and typographic form", () => {
    const wrong: string[] = [];
    for (const f of MULTI_WORD) {
      const plain = f.surface.replace(/’/g, "'");
      for (const form of [plain, typographic(plain)]) {
        const text = `Officials of ${form} met on Monday.`;
        const countries = extractEnglish(englishDoc(text)).countries;
        if (countries.join() !== `country:${f.code}`) wrong.push(`${form} → ${countries.join(",")}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the curly apostrophe no longer turns North Korea into South Korea", () => {
    const text = "The Democratic People\u2019s Republic of Korea condemned Japan.";
    const claims = extractEnglish(englishDoc(text)).claims.map((c) => `${c.source}>${c.target}`);
    expect(claims).toEqual(["country:PRK>country:JPN"]);
    const { claims: found, countries } = extractEnglish(englishDoc(text));
    expect(countries).toEqual(["country:JPN", "country:PRK"]);
    // offsets point into the original text, curly apostrophe and all
    expect(text.slice(found[0].sentence.start, found[0].sentence.end)).toBe(text);
  });

  it("the Chinese matcher folds too (no-break space inside a Latin name, full-width text unchanged)", () => {
    const zh = "\u4e2d\u56fd\u548c\u4fc4\u7f57\u65af"; // 中国和俄罗斯
    expect(findMentions(zh).map((m) => m.key)).toEqual(["country:CHN", "country:RUS"]);
    expect(findMentions(`${zh}\u2014`).map((m) => [m.start, m.end])).toEqual(
      findMentions(zh).map((m) => [m.start, m.end]),
    );
  });
});
