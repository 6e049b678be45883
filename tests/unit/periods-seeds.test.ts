/**
 * Edge periods on the seeds, and the 1 → 2 migration on the seeds' graph.json as committed under
 * schema version 1 (extract/schema/fixtures/graph-v1.json).
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { periodsOverlap } from "../../extract/graph/periods";
import { extractGraph } from "../../extract/pipeline";
import { parseGraphJson, SCHEMA_VERSION, type Period } from "../../extract/schema/graph";
import { migrateGraphJson } from "../../extract/schema/migrate";
import { isAfter } from "../../extract/time/future";

const files = readdirSync("seeds")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((id) => ({ id, bytes: new Uint8Array(readFileSync(`seeds/${id}`)) }));
const { graph } = extractGraph(files, { version: "test" });

const within = (p: Period, from: number, to: number): boolean =>
  p.start !== null && p.end !== null && Number(p.start.slice(0, 4)) >= from && Number(p.end.slice(0, 4)) <= to;

describe("seeds: China–Russia alliance", () => {
  const ally = graph.edges.find((e) => e.key === "ally:country:CHN--country:RUS");

  it("has separate periods for 1896, the 1960s and 2021–2025", () => {
    const periods = ally?.attributes.periods ?? [];
    expect(periods.some((p) => within(p, 1896, 1896))).toBe(true);
    expect(periods.some((p) => within(p, 1960, 1969))).toBe(true);
    expect(periods.some((p) => within(p, 2021, 2025))).toBe(true);
    expect(periods.every((p) => within(p, 1896, 1896) || within(p, 1960, 1969) || within(p, 2021, 2025))).toBe(true);
  });

  it("has no period covering 1975 or 1990", () => {
    const periods = ally?.attributes.periods ?? [];
    expect(periodsOverlap(periods, { start: 1975, end: 1975 })).toBe(false);
    expect(periodsOverlap(periods, { start: 1990, end: 1990 })).toBe(false);
  });

  it("dates no seed claim after its document without `future`", () => {
    const published = new Map(graph.attributes.documents.map((d) => [d.id, d.published]));
    const late = graph.edges.flatMap((e) =>
      e.attributes.claims.filter((c) => {
        const p = published.get(c.doc);
        return !c.future && p != null && (isAfter(c.start, p) || isAfter(c.end, p));
      }),
    );
    expect(late.map((c) => `${c.doc}: ${c.start}–${c.end} ${c.quote}`)).toEqual([]);
  });
});

describe("migration of a schema-1 graph.json", () => {
  const old: unknown = JSON.parse(readFileSync("extract/schema/fixtures/graph-v1.json", "utf8"));

  it("is an old file, and parses as the current version with periods on every edge", () => {
    expect((old as { attributes: { schemaVersion: number } }).attributes.schemaVersion).toBe(1);
    const r = parseGraphJson(old);
    if (!r.ok) throw r.error;
    expect(r.graph.attributes.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.graph.edges.length).toBeGreaterThan(10);
    for (const e of r.graph.edges) expect(Array.isArray(e.attributes.periods)).toBe(true);
  });

  it("gives the old China–Russia alliance (hull open–2021) its separate periods, claims untouched", () => {
    const r = parseGraphJson(old);
    if (!r.ok) throw r.error;
    const before = (old as { edges: { key: string; attributes: { start: unknown; claims: unknown[] } }[] }).edges.find(
      (e) => e.key === "ally:country:CHN--country:RUS",
    );
    const after = r.graph.edges.find((e) => e.key === "ally:country:CHN--country:RUS");
    expect(before?.attributes.start).toBeNull();
    expect(after?.attributes.claims).toEqual(before?.attributes.claims);
    const periods = after?.attributes.periods ?? [];
    expect(periods.length).toBe(3);
    expect(periodsOverlap(periods, { start: 1975, end: 1990 })).toBe(false);
    expect(after?.attributes.start).toBe("1896");
  });

  it("leaves the input object as it was and passes a current file through unchanged", () => {
    const text = JSON.stringify(old);
    migrateGraphJson(old);
    expect(JSON.stringify(old)).toBe(text);
    expect(migrateGraphJson(graph)).toBe(graph);
  });

  it("names the problem when an old file is broken", () => {
    const broken = structuredClone(old) as { edges: { attributes: { claims: unknown } }[] };
    broken.edges[0].attributes.claims = "none";
    const r = parseGraphJson(broken);
    expect(r.ok ? "" : r.error.message).toMatch(/edges\.0\.attributes\.(claims|periods)/);
  });
});
