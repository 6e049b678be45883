/**
 * The era filter tests an edge's periods, not its hull: on the seeds' graph (graph.json, migrated
 * when it is of an older schema) the China–Russia alliance (1896, the 1960s, 2021) is not drawn in
 * 1970–1990, and is in 1890–1900.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, RELATIONS, parseGraphJson } from "../../extract/schema/graph";
import { buildFullGraph } from "../data/build";
import { applyFilters } from "./pipeline";
import type { FilterState } from "./types";

const r = parseGraphJson(JSON.parse(readFileSync("graph.json", "utf8")));
if (!r.ok) throw r.error;
const full = buildFullGraph(r.graph);
const ALLY = full.edges.index.get("ally:country:CHN--country:RUS")!;

function allyShown(from: number, to: number): boolean {
  const state: FilterState = {
    era: { from, to },
    relations: [...RELATIONS],
    kinds: [...NODE_KINDS],
    undated: false,
    excluded: false,
  };
  return applyFilters(full, state).edgeVisible[ALLY] === 1;
}

describe("era filter on the seeds' periods", () => {
  it("shows the China–Russia alliance in 1890–1900, the 1960s and 2021, not in 1970–1990", () => {
    expect(ALLY).toBeDefined();
    expect([allyShown(1890, 1900), allyShown(1960, 1969), allyShown(2021, 2021)]).toEqual([true, true, true]);
    expect([allyShown(1970, 1990), allyShown(1900, 1959), allyShown(2022, 2025)]).toEqual([false, false, false]);
  });
});
