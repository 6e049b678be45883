import { AhoCorasick } from "@monyone/aho-corasick/greedy";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";
import { allCountries, countryInfo, leaderInfo } from "./gazetteer";
import { matcher, SkippingAhoCorasick } from "./matcher";
import { readCsv } from "./test-fixtures";

const GOLD = "/work/shared/eval/seeds.gold.json";
const CODES = "/work/shared/corpora/country-codes";

/** The single mention covering the whole text, as its state code, or null. */
function wholeCode(text: string): string | null {
  const ms = findMentions(text);
  return ms.length === 1 && ms[0].start === 0 && ms[0].end === text.length ? ms[0].key.slice(8) : null;
}

describe("country gazetteer", () => {
  it("holds every ISO 3166-1 entry with a Chinese and an English label", () => {
    const all = allCountries();
    expect(all.length).toBe(250);
    for (const c of all) {
      expect(c.key).toMatch(/^country:[A-Z]{3}$/);
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.labelEn.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["country:RUS", "俄罗斯", "Russia"],
    ["country:USA", "美国", "United States"],
    ["country:TWN", "台湾", "Taiwan"],
    ["country:PRK", "朝鲜", "North Korea"],
    ["country:KOR", "韩国", "South Korea"],
    ["country:GBR", "英国", "United Kingdom"],
  ])("labels %s as %s / %s", (key, label, labelEn) => {
    expect(countryInfo(key)).toMatchObject({ key, label, labelEn });
  });

  it("lists former names among a state's names", () => {
    expect(countryInfo("country:RUS")?.names).toEqual(
      expect.arrayContaining(["俄罗斯", "Russia", "苏联", "俄国", "Soviet Union"]),
    );
  });

  it("has capital coordinates for the G20, the seeds' states and every UN member it knows", () => {
    const g20AndSeeds =
      "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA PRK UKR KAZ IRN ISR TWN VNM SGP".split(
        " ",
      );
    for (const code of g20AndSeeds) {
      const c = countryInfo(`country:${code}`);
      expect(c?.lat, code).toBeTypeOf("number");
      expect(c?.lng, code).toBeTypeOf("number");
    }
    expect(countryInfo("country:RUS")).toMatchObject({ capital: "莫斯科", lat: 55.76, lng: 37.62 });
    expect(allCountries().filter((c) => c.lat !== undefined).length).toBeGreaterThanOrEqual(195);
  });

  it.skipIf(!existsSync(GOLD))("resolves every surface form the seed gold lists to its state", () => {
    const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { countries: Record<string, string[]> };
    for (const [code, surfaces] of Object.entries(gold.countries)) {
      for (const s of surfaces) {
        // Single characters stand for a state only in context: 俄方, 美方 …
        const text = s.length === 1 ? `${s}方` : s;
        expect(
          findMentions(text).map((m) => m.key),
          s,
        ).toEqual([`country:${code}`]);
      }
    }
  });

  it.skipIf(!existsSync(`${CODES}/countrycode-data_cldr.csv`))(
    "agrees with the CLDR Chinese names (countrycode)",
    () => {
      const codes = readCsv(`${CODES}/countrycode-codelist_without_cldr.csv`);
      const iso3 = new Map(codes.filter((r) => r.iso3c !== "").map((r) => [r["country.name.en"], r.iso3c]));
      const cldr = readCsv(`${CODES}/countrycode-data_cldr.csv`);
      // Sub-national regions and uninhabited territories are not matched (see countries.aliases.json noMatch).
      const notMatched = new Set(["ATA", "HKG", "MAC", "BVT", "HMD", "ATF", "SGS", "IOT", "UMI"]);
      const disagree: string[] = [];
      let checked = 0;
      for (const row of cldr) {
        const code = iso3.get(row.country);
        const zh = row["cldr.name.zh"];
        if (!code || !zh || notMatched.has(code) || !countryInfo(`country:${code}`)) continue;
        checked++;
        if (wholeCode(zh.replace(/（/g, "(").replace(/）/g, ")")) !== code) disagree.push(`${code} ${zh}`);
      }
      expect(checked).toBeGreaterThan(200);
      expect(disagree).toEqual([]);
    },
  );
});

describe("surface table", () => {
  it("defines no surface form twice with different meanings", () => {
    expect(matcher().conflicts).toEqual([]);
  });

  it("scans exactly like the library's greedy matcher", () => {
    const keywords = [...matcher().entries.keys()];
    const lib = new AhoCorasick(keywords);
    const fast = new SkippingAhoCorasick(keywords);
    const dir = new URL("../../seeds/", import.meta.url);
    for (const f of readdirSync(dir)) {
      const text = readFileSync(new URL(f, dir), "utf8");
      const want = lib.matchInText(text);
      expect(fast.matchInText(text)).toEqual(want);
      const flat = fast.matchStates(text);
      const viaStates = [];
      for (let k = 0; k < flat.length; k += 3)
        viaStates.push({ begin: flat[k], end: flat[k + 1], keyword: fast.keywordAt(flat[k + 2]) });
      expect(viaStates).toEqual(want);
    }
  });

  it.each<[string[], string]>([
    [["中", "中国", "国", "中国人"], "中国人民和中国"],
    [["ab", "b", "bc", "abcd"], "abcabcd xbc"],
    [["he", "she", "his", "hers"], "ushers and his shed"],
    [["美", "美国", "美国总统", "国总"], "美国总统与美军"],
  ])("overlapping keywords %j in %s resolve as the library does", (keywords, text) => {
    expect(new SkippingAhoCorasick(keywords).matchInText(text)).toEqual(new AhoCorasick(keywords).matchInText(text));
  });
});

describe("leader gazetteer", () => {
  it("knows leaders by slug with their state", () => {
    expect(leaderInfo("leader:vladimir-putin")).toMatchObject({
      label: "普京",
      labelEn: "Vladimir Putin",
      country: "country:RUS",
    });
    expect(leaderInfo("leader:alexander-iii")).toMatchObject({
      label: "亚历山大三世",
      country: "country:RUS",
      role: "Tsar",
    });
    expect(leaderInfo("leader:nobody")).toBeUndefined();
  });
});
