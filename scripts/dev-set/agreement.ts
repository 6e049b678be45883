/**
 * Inter-annotator agreement between two gold files of the same documents: how often one
 * annotator's `expect` relations are found by the other. A relation matches when the unordered
 * pair is equal and the relation lists share a type. Two figures:
 * - strict: A's expects against B's expects (F1 of the two sets, either taken as reference);
 * - lenient: an expect of one counts as agreed when the other has it as expect or optional.
 *
 * Usage: npx tsx scripts/dev-set/agreement.ts <gold-a.json> <gold-b.json> [--list]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseGold, type GoldDocument, type GoldRelation } from "../../extract/eval/gold";

const same = (x: GoldRelation, y: GoldRelation): boolean =>
  ((x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a)) && x.rel.some((r) => y.rel.includes(r));

export interface Agreement {
  documents: number;
  aExpects: number;
  bExpects: number;
  strict: { aInB: number; bInA: number; f1: number };
  lenient: { aInB: number; bInA: number; f1: number };
  disagreements: string[];
}

export function agreement(a: GoldDocument[], b: GoldDocument[]): Agreement {
  const byFile = new Map(b.map((d) => [d.file, d]));
  let aE = 0;
  let bE = 0;
  let sA = 0;
  let sB = 0;
  let lA = 0;
  let lB = 0;
  const dis: string[] = [];
  const show = (g: GoldRelation): string => `${g.rel.join("/")} ${g.a}-${g.b}`;
  for (const da of a) {
    const db = byFile.get(da.file);
    if (!db) throw new Error(`${da.file}: not in the second file`);
    aE += da.expect.length;
    bE += db.expect.length;
    for (const g of da.expect) {
      if (db.expect.some((h) => same(g, h))) sA++;
      if ([...db.expect, ...db.optional].some((h) => same(g, h))) lA++;
      else dis.push(`${da.file}: A expects ${show(g)}; B has it nowhere`);
    }
    for (const g of db.expect) {
      if (da.expect.some((h) => same(g, h))) sB++;
      if ([...da.expect, ...da.optional].some((h) => same(g, h))) lB++;
      else dis.push(`${da.file}: B expects ${show(g)}; A has it nowhere`);
    }
  }
  const f1 = (x: number, nx: number, y: number, ny: number): number => {
    const p = ny === 0 ? 1 : y / ny;
    const r = nx === 0 ? 1 : x / nx;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  };
  return {
    documents: a.length,
    aExpects: aE,
    bExpects: bE,
    strict: { aInB: sA, bInA: sB, f1: f1(sA, aE, sB, bE) },
    lenient: { aInB: lA, bInA: lB, f1: f1(lA, aE, lB, bE) },
    disagreements: dis,
  };
}

function main(argv: string[]): number {
  const [fa, fb] = argv.filter((x) => !x.startsWith("--"));
  if (!fa || !fb) {
    process.stderr.write("usage: npx tsx scripts/dev-set/agreement.ts <gold-a.json> <gold-b.json> [--list]\n");
    return 64;
  }
  const a = parseGold(JSON.parse(readFileSync(fa, "utf8")), fa).documents;
  const b = parseGold(JSON.parse(readFileSync(fb, "utf8")), fb).documents;
  const r = agreement(a, b);
  process.stdout.write(
    `${r.documents} documents; expects A ${r.aExpects}, B ${r.bExpects}\n` +
      `strict (expect vs expect): A found by B ${r.strict.aInB}/${r.aExpects}, B found by A ${r.strict.bInA}/${r.bExpects}, F1 ${r.strict.f1.toFixed(3)}\n` +
      `lenient (expect vs expect or optional): A ${r.lenient.aInB}/${r.aExpects}, B ${r.lenient.bInA}/${r.bExpects}, F1 ${r.lenient.f1.toFixed(3)}\n`,
  );
  if (argv.includes("--list")) process.stdout.write(r.disagreements.join("\n") + "\n");
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
