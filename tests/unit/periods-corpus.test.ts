/**
 * Time over a real corpus: the graph of every CCTV Xinwen Lianbo day in ../shared/corpora/cctv-xwlb
 * (911 documents, 2022-01..2024-06), built once for all assertions (about 10 s unloaded). Skips with
 * a message when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { periodsOverlap } from "../../extract/graph/periods";
import { extractGraph } from "../../extract/pipeline";
import type { GraphJson } from "../../extract/schema/graph";
import { isAfter } from "../../extract/time/future";

const DIR = fileURLToPath(new URL("../../../shared/corpora/cctv-xwlb/", import.meta.url));
const present = existsSync(DIR);
if (!present) console.warn(`skipping the cctv-xwlb corpus test: ${DIR} is absent`);

describe.skipIf(!present)("time on the cctv-xwlb graph", () => {
  let graph: GraphJson;
  beforeAll(() => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((id) => ({ id, bytes: new Uint8Array(readFileSync(DIR + id)) }));
    graph = extractGraph(files, { version: "test", includeText: false }).graph;
  }, 120_000);

  it("dates no claim after its document's publication unless it is marked future", () => {
    const published = new Map(graph.attributes.documents.map((d) => [d.id, d.published]));
    const late: string[] = [];
    for (const e of graph.edges)
      for (const c of e.attributes.claims) {
        const p = published.get(c.doc);
        if (!c.future && p && (isAfter(c.start, p) || isAfter(c.end, p))) late.push(`${c.doc} ${c.start}–${c.end}`);
      }
    expect(late).toEqual([]);
    expect(graph.edges.some((e) => e.attributes.claims.some((c) => c.future))).toBe(true);
  });

  it("gives the Russia→Ukraine opposes edge periods in 2022–2024, not an undated hull", () => {
    const e = graph.edges.find((x) => x.key === "opposes:country:RUS->country:UKR");
    const periods = e?.attributes.periods ?? [];
    for (const year of [2022, 2023, 2024]) expect(periodsOverlap(periods, { start: year, end: year })).toBe(true);
    expect(e?.attributes.start).not.toBeNull();
    expect(e?.attributes.end).not.toBeNull();
  });

  it("leaves no period past the last document except for future claims, and no edge with a dated claim undated", () => {
    const lastDoc = graph.attributes.documents.reduce((m, d) => (d.published && d.published > m ? d.published : m), "");
    for (const e of graph.edges) {
      const dated = e.attributes.claims.some((c) => c.start !== null || c.end !== null);
      expect(e.attributes.periods.length > 0).toBe(dated);
      const future = e.attributes.claims.some((c) => c.future);
      if (!future) for (const p of e.attributes.periods) expect(isAfter(p.end ?? p.start, lastDoc)).toBe(false);
    }
  });
});
