import { describe, expect, it } from "vitest";
import { parseChineseNumber, readNumber } from "./numerals";

describe("parseChineseNumber", () => {
  it.each([
    ["一九九七", 1997],
    ["二〇二四", 2024],
    ["二零二四", 2024],
    ["一九六○", 1960],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["三十一", 31],
    ["七十五", 75],
    ["一百二十", 120],
    ["一百零五", 105],
    ["两", 2],
    ["两千", 2000],
    ["廿", 20],
    ["廿一", 21],
    ["卅", 30],
    ["二十一", 21],
    ["一万", 10000],
    ["2024", 2024],
    ["２０２４", 2024],
    ["一", 1],
  ])("%s → %i", (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each(["", "十十", "三二十", "百千", "零十", "年", "2a"])("rejects %j", (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe("readNumber", () => {
  it.each([
    ["2024年", 0, { value: 2024, end: 4, form: "ascii", length: 4 }],
    ["在２０２４年", 1, { value: 2024, end: 5, form: "ascii", length: 4 }],
    ["一九九七年", 0, { value: 1997, end: 4, form: "digits", length: 4 }],
    ["十二月", 0, { value: 12, end: 2, form: "positional", length: 2 }],
    ["三十一日", 0, { value: 31, end: 3, form: "positional", length: 3 }],
  ] as const)("%s at %i", (text, i, want) => {
    expect(readNumber(text, i)).toEqual(want);
  });

  it("returns null where no numeral starts", () => {
    expect(readNumber("年代", 0)).toBeNull();
    expect(readNumber("2024", 4)).toBeNull();
  });
});
