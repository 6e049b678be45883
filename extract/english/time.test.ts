import { describe, expect, it } from "vitest";
import { findEnglishTimes, timeAt } from "./time";

const span = (text: string, published: string | null = "1987-10-19"): [string | null, string | null, string][] =>
  findEnglishTimes(text, published).map((t) => [t.from, t.to, t.kind]);

describe("findEnglishTimes", () => {
  it.each([
    ["Russia signed the treaty in 1896.", [["1896", "1896", "point"]]],
    ["Sanctions have been in place since 2014.", [["2014", "1987-10-19", "since"]]],
    ["They were allies until 1977.", [[null, "1977", "until"]]],
    ["The alliance ended in the 1960s.", [["1960", "1969", "decade"]]],
    ["in the late 1970s", [["1977", "1979", "decade"]]],
    ["from 1939 to 1945", [["1939", "1945", "range"]]],
    ["the 19th century", [["1800", "1899", "century"]]],
    ["on 25 December 1978", [["1978-12-25", "1978-12-25", "point"]]],
    ["on 25 and 26 December 1979", [["1979-12-25", "1979-12-25", "point"]]],
    ["a July 1986 agreement", [["1986-07", "1986-07", "point"]]],
    ["on Nov. 13, 1987", [["1987-11-13", "1987-11-13", "point"]]],
    ["on Nov. 13", [["1987-11-13", "1987-11-13", "relative"]]],
    ["on 23 June", [["1987-06-23", "1987-06-23", "relative"]]],
    ["last June", [["1987-06", "1987-06", "relative"]]],
    ["next March", [["1988-03", "1988-03", "relative"]]],
    ["last month", [["1987-09", "1987-09", "relative"]]],
    ["last year", [["1986", "1986", "relative"]]],
    ["on Monday", [["1987-10-19", "1987-10-19", "relative"]]],
    ["yesterday", [["1987-10-19", "1987-10-19", "relative"]]],
    ["two years ago", [["1985", "1985", "relative"]]],
    ["for seven years now", [["1980", "1987-10-19", "since"]]],
    ["for the past two years", [["1985", "1987-10-19", "since"]]],
    ["the 40th anniversary of their alliance", [["1947", "1947", "anniversary"]]],
    ["during the Second World War", [["1939", "1945", "era"]]],
  ] as const)("%s", (text, expected) => {
    expect(span(text)).toEqual(expected);
  });

  it("leaves out numbers that are not years, and relative forms without a publication date", () => {
    expect(span("1,750 to 1,780 dlrs and 1100 GMT and 2000 tonnes")).toEqual([]);
    expect(span("last June", null)).toEqual([]);
  });

  it("marks a year that modifies a noun as attributive", () => {
    expect(
      findEnglishTimes("Turkey accused Greece of breaching the 1976 Berne Agreement.", "1987")[0].attributive,
    ).toBe(true);
  });
});

describe("timeAt", () => {
  const text = "Turkey accused Greece of breaching the 1976 Berne Agreement.";
  const times = findEnglishTimes(text, "1987-03-28");
  it("does not date a verb with a year that modifies a noun", () => {
    expect(timeAt(times, text.indexOf("accused"), 0, "1987-03-28")).toEqual({
      start: "1987-03-28",
      end: "1987-03-28",
      source: "document",
    });
    expect(timeAt(times, text.indexOf("Berne"), 0, "1987-03-28")).toEqual({
      start: "1976",
      end: "1976",
      source: "text",
    });
  });
  it("prefers the nearest time, before the trigger", () => {
    const t = "In 1917 Russia made peace with Germany, and in 1940 Russia broke off relations.";
    const ts = findEnglishTimes(t, "1960");
    expect(timeAt(ts, t.indexOf("peace"), 0, "1960").start).toBe("1917");
    expect(timeAt(ts, t.indexOf("broke"), 0, "1960").start).toBe("1940");
  });
  it("falls back to the publication date, then to none", () => {
    expect(timeAt([], 0, 0, "1990")).toEqual({ start: "1990", end: "1990", source: "document" });
    expect(timeAt([], 0, 0, null)).toEqual({ start: null, end: null, source: "none" });
  });
});
