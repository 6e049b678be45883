/**
 * The four seed documents through the real stages (clean → sentences → mentions → claims), checked
 * against the gold annotation: every `expect` relation is asserted (with a claim whose time overlaps
 * the gold years), and no `forbid` relation is asserted.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocumentText } from "../clean/index";
import { findMentions } from "../mentions/index";
import { splitSentences } from "../text/sentences";
import type { ExtractedClaim } from "../types";
import { extractClaims } from "./index";

const GOLD = fileURLToPath(new URL("../../../shared/eval/seeds.gold.json", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../seeds/", import.meta.url));

interface GoldRelation {
  rel: string[];
  a: string;
  b: string;
  years?: [number | null, number | null];
}
interface GoldDocument {
  file: string;
  expect: GoldRelation[];
  optional: GoldRelation[];
  forbid: GoldRelation[];
}

const haveGold = existsSync(GOLD);
if (!haveGold) console.warn(`seeds.test: ${GOLD} not found — skipping the gold checks`);
const gold: GoldDocument[] = haveGold
  ? (JSON.parse(readFileSync(GOLD, "utf8")) as { documents: GoldDocument[] }).documents
  : [];

function claimsFor(file: string): ExtractedClaim[] {
  const doc = extractDocumentText({ id: file, bytes: new Uint8Array(readFileSync(SEEDS + file)) });
  return extractClaims(doc, splitSentences(doc.text), findMentions(doc.norm));
}

const code = (key: string): string => key.replace(/^country:/, "");
const matches = (c: ExtractedClaim, g: GoldRelation): boolean => {
  const [a, b] = [code(c.source), code(c.target)];
  return g.rel.includes(c.relation) && ((a === g.a && b === g.b) || (a === g.b && b === g.a));
};
const year = (d: string | null): number | null => (d === null ? null : Number(d.slice(0, 4)));
const overlaps = (c: ExtractedClaim, years?: [number | null, number | null]): boolean => {
  if (!years) return true;
  const [from, to] = years;
  const s = year(c.time.start);
  const e = year(c.time.end);
  return !(to !== null && s !== null && s > to) && !(from !== null && e !== null && e < from);
};
const describeRel = (g: GoldRelation): string => `${g.rel.join("|")} ${g.a}–${g.b}`;

describe.skipIf(!haveGold)("seed documents against the gold", () => {
  it.each(gold.map((d) => [d.file, d] as const))("%s", (_file, d) => {
    const asserted = claimsFor(d.file).filter((c) => c.status === "asserted");
    for (const g of d.expect) {
      const found = asserted.filter((c) => matches(c, g));
      expect(found.length, `expected ${describeRel(g)}`).toBeGreaterThan(0);
      expect(
        found.some((c) => overlaps(c, g.years)),
        `${describeRel(g)} dated ${JSON.stringify(g.years)}; got ${found.map((c) => `${c.time.start}..${c.time.end}`).join(", ")}`,
      ).toBe(true);
    }
    for (const g of d.forbid) {
      const bad = asserted.filter((c) => matches(c, g));
      expect(
        bad.map((c) => `${c.trigger} @ ${c.sentence.text}`),
        `forbidden ${describeRel(g)}`,
      ).toEqual([]);
    }
    // Precision: every asserted pair is expected or optional.
    const extra = asserted.filter(
      (c) => !d.expect.some((g) => matches(c, g)) && !d.optional.some((g) => matches(c, g)),
    );
    expect(
      extra.map((c) => `${c.relation} ${code(c.source)}–${code(c.target)} «${c.trigger}» @ ${c.sentence.text}`),
    ).toEqual([]);
  });

  it("keeps the denied alliances of 003 as excluded claims", () => {
    const claims = claimsFor("003_a142fbc17c73d9df.txt");
    const rusPrk = claims.filter(
      (c) => c.relation === "ally" && [code(c.source), code(c.target)].sort().join() === "PRK,RUS",
    );
    expect(rusPrk.map((c) => c.status).sort()).toEqual(expect.arrayContaining(["negated", "reported"]));
    expect(rusPrk.some((c) => c.status === "asserted")).toBe(false);
    const chnRus = claims.filter(
      (c) => c.relation === "ally" && [code(c.source), code(c.target)].sort().join() === "CHN,RUS",
    );
    expect(chnRus.map((c) => c.status)).toContain("negated");
    expect(chnRus.some((c) => c.status === "asserted")).toBe(false);
  });
});
