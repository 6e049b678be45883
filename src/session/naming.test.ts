import { describe, expect, it } from "vitest";
import { copyName, defaultName, importName } from "./naming";

describe("session names", () => {
  it.each([
    ["Cold War", [], "Cold War"],
    ["Cold War", ["Cold War"], "Cold War (imported)"],
    ["Cold War", ["cold war "], "Cold War (imported)"],
    ["Cold War", ["Cold War", "Cold War (imported)"], "Cold War (imported 2)"],
    ["Cold War (imported)", ["Cold War", "Cold War (imported)"], "Cold War (imported 2)"],
    ["  ", [], "Untitled session"],
    ["冷战 1969", ["冷战 1969"], "冷战 1969 (imported)"],
  ])("import %j among %j → %j", (name, taken, want) => {
    expect(importName(name, taken)).toBe(want);
  });

  it.each([
    ["Cold War", [], "Cold War (copy)"],
    ["Cold War", ["Cold War (copy)"], "Cold War (copy 2)"],
    ["Cold War (copy)", ["Cold War (copy)"], "Cold War (copy 2)"],
  ])("duplicate %j among %j → %j", (name, taken, want) => {
    expect(copyName(name, taken)).toBe(want);
  });

  it.each([
    [[], "Session 1"],
    [["Session 1", "session 2"], "Session 3"],
  ])("default among %j → %j", (taken, want) => {
    expect(defaultName(taken)).toBe(want);
  });
});
