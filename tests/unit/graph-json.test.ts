import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";

const run = (args: string[]): string =>
  execFileSync("npx", ["tsx", "extract/cli.ts", ...args], { encoding: "utf8", maxBuffer: 64 << 20 });

describe("committed graph.json", () => {
  it("validates against the contract", () => {
    const parsed = parseGraphJson(JSON.parse(readFileSync("graph.json", "utf8")));
    expect(parsed.ok ? "" : parsed.error.message).toBe("");
  });

  it("is byte-identical to a fresh extraction of seeds/ (run `npm run build:graph` after changing the engine)", () => {
    const fresh = run(["seeds", "-o", "-"]);
    expect(fresh === readFileSync("graph.json", "utf8")).toBe(true);
  });
});
