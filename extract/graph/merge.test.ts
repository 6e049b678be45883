import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "../pipeline";
import { parseClaimLine } from "../schema/claims";
import { buildGraph, serializeGraph } from "./build";
import { GraphMerger, MemoryStore } from "./merge";
import { recordLine, toRecord } from "./record";
import { graphJsonChunks } from "./write";

const files = readdirSync("seeds")
  .sort()
  .map((name) => ({ id: name, bytes: new Uint8Array(readFileSync(join("seeds", name))) }));
const extractions = files.map((f) => extractFile(f));
const direct = serializeGraph(buildGraph(extractions, { version: "test" }));

function mergedText(order: number[]): string {
  const m = new GraphMerger(new MemoryStore(), "smallest");
  for (const i of order) {
    const parsed = parseClaimLine(recordLine(toRecord(extractions[i], true)));
    if (!parsed.ok) throw new Error(parsed.reason);
    m.add(parsed.record);
  }
  const { graph, documents } = m.finish({ version: "test", includeText: true });
  return [...graphJsonChunks(graph, documents())].join("");
}

describe("GraphMerger and the streamed graph.json", () => {
  it("gives serializeGraph's bytes from records read back, whatever their order", () => {
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2, 1, 3],
    ])
      expect(mergedText(order) === direct).toBe(true);
  });

  it("keeps one of two different records with one id whatever the order, and says so", () => {
    const a = toRecord(extractions[0], true);
    const b = { ...toRecord(extractions[1], true), doc: { ...toRecord(extractions[1], true).doc, id: a.doc.id } };
    const keep = (first: typeof a, second: typeof a): string => {
      const m = new GraphMerger(new MemoryStore(), "smallest");
      expect(m.add(first)).toBeNull();
      expect(m.add(second)).toMatch(/duplicate document id .*kept the smaller record/);
      return [...m.finish({ version: "t", includeText: true }).lines()].join("\n");
    };
    expect(keep(a, b)).toBe(keep(b, a));
  });

  it("streams an empty graph and empty arrays as JSON.stringify does", () => {
    const empty = buildGraph([], { version: "t" });
    expect([...graphJsonChunks(empty, [])].join("")).toBe(serializeGraph(empty));
  });
});
