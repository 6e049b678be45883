import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayNumber, formatDate, fromDayNumber, parsePartialDate, weekday } from "./date";
import { compareDates, dateBound, dateToYearFraction, maxDate, minDate, overlaps, unionSpan } from "./span";

describe("date arithmetic", () => {
  it.each([
    ["2024", { y: 2024 }],
    ["2024-09", { y: 2024, m: 9 }],
    ["2024-02-29", { y: 2024, m: 2, d: 29 }],
  ])("parses %s", (s, p) => {
    expect(parsePartialDate(s)).toEqual(p);
    expect(formatDate(p)).toBe(s);
  });

  it.each(["2023-02-29", "2024-13", "24", "2024-9", "2024-09-31"])("rejects %s", (s) => {
    expect(parsePartialDate(s)).toBeNull();
  });

  it("counts days across leap years and centuries", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1);
    expect(fromDayNumber(dayNumber(1896, 6, 3))).toEqual({ y: 1896, m: 6, d: 3 });
    expect(addDays(2025, 12, 30, 3)).toEqual({ y: 2026, m: 1, d: 2 });
    expect(addMonths(2025, 1, -1)).toEqual({ y: 2024, m: 12 });
    expect(addMonths(2025, 11, 14)).toEqual({ y: 2027, m: 1 });
    expect(weekday(2021, 12, 5)).toBe(6); // a Sunday
    expect(weekday(2025, 11, 13)).toBe(3); // a Thursday
  });
});

describe("compareDates / minDate / maxDate", () => {
  it.each([
    ["2024", "2024-03", "start", "start", -1],
    ["2024", "2024-01", "start", "start", 0],
    ["2024", "2024-12-31", "end", "end", 0],
    ["2024", "2025", "end", "start", -1],
    [null, "1000", "start", "start", -1],
    [null, "2100", "end", "end", 1],
    [1896, "1896-06", "start", "start", -1],
  ] as const)("compare(%s, %s, %s, %s) = %i", (a, b, ea, eb, want) => {
    expect(compareDates(a, b, ea, eb)).toBe(want);
  });

  it.each([
    ["2024", "2023-06", "start", "2023-06"],
    ["2024", null, "start", null],
    ["2024", null, "end", "2024"],
    ["2024-01", "2024", "start", "2024"],
    ["2024", "2024-01", "start", "2024"],
  ] as const)("minDate(%s, %s, %s) = %s", (a, b, edge, want) => {
    expect(minDate(a, b, edge)).toBe(want);
  });

  it.each([
    ["2024", "2023-06", "end", "2024"],
    ["2024", null, "end", null],
    ["2024", null, "start", "2024"],
    ["2024-12", "2024", "end", "2024"],
  ] as const)("maxDate(%s, %s, %s) = %s", (a, b, edge, want) => {
    expect(maxDate(a, b, edge)).toBe(want);
  });

  it("throws on a malformed date", () => {
    expect(() => dateBound("2024-13", "start")).toThrow(RangeError);
  });
});

describe("overlaps", () => {
  it.each([
    [{ start: "1896", end: "1896" }, { start: 1896, end: 1896 }, true],
    [{ start: "2024-09", end: "2024-09" }, { start: 2024, end: null }, true],
    [{ start: "2014", end: null }, { start: 2014, end: null }, true],
    [{ start: null, end: "1969" }, { start: 1945, end: 1969 }, true],
    [{ start: null, end: "1969" }, { start: 1970, end: 1980 }, false],
    [{ start: "2021-06", end: "2021-06" }, { start: 2015, end: 2021 }, true],
    [{ start: "2025-11-13", end: "2025-11-13" }, { start: 2025, end: 2025 }, true],
    [{ start: "2019", end: "2019" }, { start: 2024, end: 2025 }, false],
    [{ start: "2024-12-31", end: null }, { start: null, end: "2024" }, true],
    [{ start: "2025-01-01", end: null }, { start: null, end: "2024" }, false],
    [{ start: null, end: null }, { start: 1, end: 2 }, true],
  ] as const)("%j ∩ %j → %s", (a, b, want) => {
    expect(overlaps(a, b)).toBe(want);
    expect(overlaps(b, a)).toBe(want);
  });

  it("unionSpan keeps open ends open", () => {
    expect(unionSpan({ start: "2014", end: null }, { start: "2021-06", end: "2021-06" })).toEqual({
      start: "2014",
      end: null,
    });
    expect(unionSpan({ start: "2015", end: "2017" }, { start: "2021-06", end: "2021-06" })).toEqual({
      start: "2015",
      end: "2021-06",
    });
    expect(unionSpan({ start: null, end: "1969" }, { start: "1950", end: "1959" })).toEqual({
      start: null,
      end: "1969",
    });
  });
});

describe("dateToYearFraction", () => {
  it.each([
    ["2024", "start", 2024],
    ["2024", "end", 2025],
    ["2024-12", "end", 2025],
    ["2023-07", "start", 2023 + 181 / 365],
    ["2024-07-01", "start", 2024 + 182 / 366],
    ["2024-07-01", "end", 2024 + 183 / 366],
    ["1896", "start", 1896],
  ] as const)("%s %s → %f", (d, edge, want) => {
    expect(dateToYearFraction(d, edge)).toBeCloseTo(want, 10);
  });
});
