import { describe, expect, it } from "vitest";
import { confidenceFor as extractionRule } from "../../extract/graph/build";
import { confidenceFor } from "./confidence";

describe("confidenceFor", () => {
  it.each([0, 1, 2, 3, 4, 7, 12])("%i documents: same as the extraction's rule", (n) => {
    expect(confidenceFor(n)).toBe(extractionRule(n));
  });
});
