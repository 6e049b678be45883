// The hostile inputs of issue 13 (bench/adversarial/inputs.ts) through the whole extraction: each
// stays linear (8× the input in well under 64× the time a quadratic stage would take), the graph is
// valid with quotes at their offsets, and what was bounded is named in the document's notes.
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_INPUTS } from "../../bench/adversarial/inputs";
import { extractFile, extractGraph } from "../../extract/pipeline";
import { checkCase } from "../../scripts/fuzz/check";
import { mutate, MUTATIONS, rng } from "../../scripts/fuzz/mutate";

function minSeconds(fn: () => void, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

describe("hostile inputs", () => {
  for (const inp of ADVERSARIAL_INPUTS) {
    it(`${inp.name}: 32 KB → 256 KB takes less than 20× the time, and passes the fuzz checks`, () => {
      const small = inp.build(32_000);
      const large = inp.build(256_000);
      extractFile(inp.build(4000));
      const t1 = minSeconds(() => extractFile(small));
      const t8 = minSeconds(() => extractFile(large));
      expect(t8, `${inp.name}: ${t1.toFixed(3)} s → ${t8.toFixed(3)} s`).toBeLessThan(Math.max(20 * t1, 0.25));
      expect(checkCase(large)).toEqual([]);
    }, 60_000);
  }

  it("names the cut sentence and the capped mentions in documents[].notes", () => {
    const clause = ADVERSARIAL_INPUTS.find((i) => i.name === "clause-repeated")!.build(64_000);
    const { graph } = extractGraph([clause], { version: "test" });
    const notes = graph.attributes.documents[0].notes ?? [];
    expect(notes[0]).toMatch(
      /^sentence at 0–21333 \(21333 characters\) cut into 15 pieces of at most 1500 characters$/,
    );
    expect(notes.some((n) => /mentions, 48 paired/.test(n))).toBe(true);
    expect(notes.some((n) => /relation triggers, the first 24 read/.test(n))).toBe(true);
    // The relation is still found, from the pieces.
    expect(graph.edges.map((e) => e.attributes?.relation)).toContain("ally");
  });
});

describe("fuzz mutations", () => {
  it("are deterministic for a seed and change the bytes", () => {
    const bytes = new TextEncoder().encode("中国和俄罗斯结盟。美国反对。");
    const a = mutate(bytes, rng(7));
    const b = mutate(bytes, rng(7));
    expect(a).toEqual(b);
    for (const m of MUTATIONS.filter((x) => x.name !== "truncate")) {
      expect(Buffer.from(m.apply(bytes, rng(3))).equals(Buffer.from(bytes)), m.name).toBe(false);
    }
  });

  it("a re-encoded page still yields its claim (GBK via iconv-lite)", () => {
    const gbk = MUTATIONS.find((m) => m.name === "re-encode")!;
    const r = rng(1); // first pick: gbk
    const bytes = gbk.apply(new TextEncoder().encode("1950年，中国和苏联结盟。\n"), r);
    const { graph } = extractGraph([{ id: "a.txt", bytes }], { version: "test" });
    expect(graph.attributes.documents[0].charset).not.toBe("UTF-8");
    expect(graph.edges.some((e) => e.attributes?.relation === "ally")).toBe(true);
  });
});
