import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALIASES } from "./data";
import { findMentions } from "./find-mentions";
import { allCountries } from "./gazetteer";

const NER = "/work/shared/corpora/ner-zh/peoples-daily-ner/example.test";

interface Sample {
  text: string;
  entities: { start: number; end: number; name: string }[];
}

/** Sentences of the People's Daily NER set (one "char TAG" per line, blank line between sentences). */
function readNer(path: string, limit: number): Sample[] {
  const out: Sample[] = [];
  for (const block of readFileSync(path, "utf8").split(/\n\s*\n/)) {
    const rows = block
      .split("\n")
      .map((l) => l.split(" "))
      .filter((r) => r.length === 2);
    const text = rows.map((r) => r[0]).join("");
    const entities: Sample["entities"] = [];
    rows.forEach(([, tag], i) => {
      if (tag === "B-LOC") entities.push({ start: i, end: i + 1, name: "" });
      else if (tag === "I-LOC" && entities.length > 0 && entities[entities.length - 1].end === i)
        entities[entities.length - 1].end = i + 1;
    });
    for (const e of entities) e.name = text.slice(e.start, e.end);
    out.push({ text, entities });
    if (out.length >= limit) break;
  }
  return out;
}

describe.skipIf(!existsSync(NER))("place-mention recall on People's Daily NER (country names)", () => {
  it("finds at least 97% of LOC entities that are country names", () => {
    // Hong Kong and Macao are parts of China, deliberately not matched as states (noMatch).
    const notMatched = new Set(ALIASES.noMatch.map((c) => `country:${c}`));
    const byName = new Map<string, string>();
    for (const c of allCountries().filter((x) => !notMatched.has(x.key)))
      for (const n of c.names) if (n.length > 1 && !/[A-Za-z]/.test(n)) byName.set(n, c.key);
    let total = 0;
    const missed: string[] = [];
    for (const s of readNer(NER, 4000)) {
      const gold = s.entities.filter((e) => byName.has(e.name));
      if (gold.length === 0) continue;
      const ms = findMentions(s.text);
      for (const e of gold) {
        total++;
        const key = byName.get(e.name) as string;
        if (!ms.some((m) => m.start <= e.start && m.end >= e.end && m.states.includes(key)))
          missed.push(`${e.name}: ${s.text.slice(Math.max(0, e.start - 6), e.end + 6)}`);
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(missed.length / total, missed.slice(0, 20).join("\n")).toBeLessThanOrEqual(0.03);
  });
});
