import { describe, expect, it } from "vitest";
import { splitAt } from "./DocumentReader";

describe("splitAt", () => {
  it.each<{ range: [number, number] | null; out: [string, string, string] }>([
    { range: [4, 9], out: ["The ", "quick", " fox"] },
    { range: null, out: ["The quick fox", "", ""] },
    { range: [10, 99], out: ["The quick ", "fox", ""] },
    { range: [9, 4], out: ["The quick", "", " fox"] },
  ])("$range", ({ range, out }) => expect(splitAt("The quick fox", range)).toEqual(out));
});
