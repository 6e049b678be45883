import { describe, expect, it } from "vitest";
import { keyEra, shiftWindow, ticks, xToYear, yearToX, type BrushPart } from "./scale";

const S = { from: 1890, to: 2025, left: 10, width: 1360 };

describe("timeline scale", () => {
  it.each([
    [1890, 10],
    [1900, 110],
    [2026, 1370],
  ])("yearToX(%i) = %f", (y, x) => expect(yearToX(S, y)).toBeCloseTo(x, 6));

  it.each([
    [10, 1890],
    [109.9, 1899],
    [110, 1900],
    [-50, 1890],
    [5000, 2025],
  ])("xToYear(%f) = %i", (x, y) => expect(xToYear(S, x)).toBe(y));

  it.each<[number, number, number, [number, number]]>([
    [1900, 1910, 5, [1905, 1915]],
    [1890, 1900, -5, [1890, 1900]],
    [2020, 2025, 3, [2020, 2025]],
    [2010, 2020, 10, [2015, 2025]],
  ])("shiftWindow(%i, %i, %i) keeps width inside the domain", (a, b, d, out) =>
    expect(shiftWindow(a, b, d, 1890, 2025)).toEqual(out),
  );

  it("ticks every decade", () => expect(ticks(1893, 1925, 10)).toEqual([1900, 1910, 1920]));
});

describe("keyEra", () => {
  const era = { from: 1914, to: 1918 };
  const D: [number, number] = [1890, 2025];
  it.each<[BrushPart, string, boolean, { from: number; to: number } | null]>([
    ["left", "ArrowLeft", false, { from: 1913, to: 1918 }],
    ["left", "ArrowRight", true, { from: 1918, to: 1918 }],
    ["right", "ArrowRight", true, { from: 1914, to: 1928 }],
    ["move", "ArrowRight", false, { from: 1915, to: 1919 }],
    ["move", "Home", false, { from: 1890, to: 1894 }],
    ["move", "End", false, { from: 2021, to: 2025 }],
    ["left", "Home", false, { from: 1890, to: 1918 }],
    ["right", "End", false, { from: 1914, to: 2025 }],
    ["move", "a", false, null],
  ])("%s + %s (shift %s)", (part, key, shift, out) => expect(keyEra(part, key, shift, era, D)).toEqual(out));
});
