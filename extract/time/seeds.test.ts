/**
 * The time model over the four seed documents: the dates the gold relies on are found, and nothing
 * found is malformed or out of range.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PartialDate } from "../schema/graph";
import { findTimes } from "./find";

const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));

const DOCS: [file: string, published: string, expected: [text: string, from: string | null, to: string | null][]][] = [
  [
    "000_709be9ed673aef3a.txt",
    "2026-01-21",
    [
      ["1896年", "1896", "1896"],
      ["甲午战争后", "1895", null],
      ["1935年11月24日", "1935-11-24", "1935-11-24"],
    ],
  ],
  [
    "001_208352db99854412.txt",
    "2025-03-21",
    [
      ["近年来", "2022", "2025"],
      ["2024年9月", "2024-09", "2024-09"],
      ["冷战时期", "1947", "1991"],
      ["苏联解体", "1991", "1991"],
      ["乌克兰战争爆发之后", "2022", null],
      ["自2014年乌克兰危机以来", "2014", null],
    ],
  ],
  [
    "002_c6f460691c974e18.txt",
    "2021-12-05",
    [
      ["2021年12月5日", "2021-12-05", "2021-12-05"],
      ["1950年代以来", "1950", null],
      ["今年10月", "2021-10", "2021-10"],
      ["今年6月", "2021-06", "2021-06"],
      ["2015年", "2015", "2015"],
      ["2017年", "2017", "2017"],
      ["两年前", "2019", "2019"],
      ["1960年代", "1960", "1969"],
      ["过去两年来", "2019", "2021"],
    ],
  ],
  [
    "003_a142fbc17c73d9df.txt",
    "2025-11-13",
    [
      ["11月初", "2025-11", "2025-11"],
      ["近几年", "2022", "2025"],
      ["11月13日", "2025-11-13", "2025-11-13"],
      ["此前", null, "2025-11-13"],
      ["2025年11月9日", "2025-11-09", "2025-11-09"],
    ],
  ],
];

describe.each(DOCS)("seed %s", (file, published, expected) => {
  const text = readFileSync(SEEDS + file, "utf8");
  const found = findTimes(text, { published });

  it.each(expected)("finds %s", (t, from, to) => {
    expect(found.map((e) => [e.text, e.from, e.to])).toContainEqual([t, from, to]);
  });

  it("yields only valid, in-range dates with offsets into the text", () => {
    for (const e of found) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      for (const d of [e.from, e.to]) {
        if (d === null) continue;
        expect(PartialDate.safeParse(d).success).toBe(true);
        const y = Number(d.slice(0, 4));
        expect(y).toBeGreaterThanOrEqual(1000);
        expect(y).toBeLessThanOrEqual(2100);
      }
    }
  });

  it("finds no date in URLs, counts or ids", () => {
    const texts = found.map((e) => e.text);
    for (const t of texts) expect(t).not.toMatch(/^(20年|24架|10次|123号|\d{5,})/);
  });
});

describe("seed 002 has no year 20", () => {
  it("签订了20年的 is a duration", () => {
    const text = readFileSync(SEEDS + "002_c6f460691c974e18.txt", "utf8");
    const found = findTimes(text, { published: "2021-12-05" });
    expect(found.some((e) => e.from === "0020" || e.text.startsWith("20年"))).toBe(false);
    expect(found.some((e) => e.text.includes("2021/9"))).toBe(false); // the picture URL
  });
});
