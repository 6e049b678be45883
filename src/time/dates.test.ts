import { describe, expect, it } from "vitest";
import { dateEnd, dateStart, formatSpan, numericSpan, overlapsYears } from "./dates";

describe("partial dates as fractional years", () => {
  it.each([
    ["1896", 1896, 1897],
    ["1896-07", 1896.5, 1896 + 7 / 12],
    ["1969-03-02", 1969 + 2 / 12 + 1 / 366, 1969 + 2 / 12 + 2 / 366],
  ])("%s → [%f, %f)", (d, start, end) => {
    expect(dateStart(d)).toBeCloseTo(start, 9);
    expect(dateEnd(d)).toBeCloseTo(end, 9);
  });

  it("null start and end are open", () => {
    expect(numericSpan(null, null)).toEqual([-Infinity, Infinity]);
    expect(numericSpan(null, "1945")).toEqual([-Infinity, 1946]);
  });

  it("an end before its start collapses to the start period", () => {
    expect(numericSpan("1950", "1940")).toEqual([1950, 1951]);
  });
});

describe("era overlap (inclusive years)", () => {
  it.each([
    { span: ["1896", "1896"], era: [1890, 1900], hit: true },
    { span: ["1896", "1896"], era: [1897, 1900], hit: false },
    { span: ["1896", "1896"], era: [1896, 1896], hit: true },
    { span: ["2014", null], era: [1890, 1900], hit: false },
    { span: ["2014", null], era: [2020, 2025], hit: true },
    { span: [null, "1945"], era: [1939, 1939], hit: true },
    { span: ["1902", "1923"], era: [1890, 1901], hit: false },
  ] as const)("$span vs $era → $hit", ({ span, era, hit }) => {
    const [s, e] = numericSpan(span[0], span[1]);
    expect(overlapsYears(s, e, era[0], era[1])).toBe(hit);
  });
});

describe("formatSpan", () => {
  it.each([
    ["1896", "1896", "1896"],
    ["2014", null, "2014 – open"],
    [null, "1945", "open – 1945"],
    [null, null, "undated"],
    ["1961", "1991", "1961 – 1991"],
  ] as const)("%s, %s → %s", (s, e, out) => expect(formatSpan(s, e)).toBe(out));
});
