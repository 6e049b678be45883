/**
 * The English gold (tests/data/english.gold.json): documents are generated from the shared corpora
 * (Reuters-21578 and the UN General Debate corpus, never copied into the project), cleaned by the
 * real cleaner, extracted by the English path and scored in-process like `npm run eval`.
 * Skips with a message when ../shared/corpora is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEnglishEvalDocs } from "../../scripts/english-eval-docs";
import { extractDocumentText } from "../clean/index";
import { parseGold } from "../eval/gold";
import { formatReport } from "../eval/report";
import { scoreGraph } from "../eval/score";
import { buildGraph } from "../graph/build";
import type { DocumentExtraction } from "../types";
import { extractEnglish } from "./index";

const ROOT = resolve(import.meta.dirname, "..", "..");
const CORPORA = process.env.ENTENTE_CORPORA ?? join(ROOT, "..", "shared", "corpora");
const GOLD = join(ROOT, "tests", "data", "english.gold.json");
const present = existsSync(join(CORPORA, "reuters21578")) && existsSync(join(CORPORA, "ungdc"));

if (!present) console.warn(`english gold: skipped, corpora not found at ${CORPORA} (set ENTENTE_CORPORA)`);

describe.skipIf(!present)("English gold (Reuters-21578 and UN General Debate)", () => {
  const gold = parseGold(JSON.parse(readFileSync(GOLD, "utf8")), GOLD);
  const docs = present ? buildEnglishEvalDocs(CORPORA) : [];
  const extractions: DocumentExtraction[] = docs.map((d) => {
    const doc = extractDocumentText({ id: d.id, bytes: new TextEncoder().encode(d.text), published: d.published });
    return { doc, ...extractEnglish(doc) };
  });
  const report = scoreGraph(buildGraph(extractions, { version: "test" }), gold);

  it("covers every gold document, all detected as English", () => {
    expect(docs.map((d) => d.id).sort()).toEqual(gold.documents.map((d) => d.file).sort());
    expect(extractions.filter((x) => x.doc.lang !== "en").map((x) => x.doc.id)).toEqual([]);
  });

  it("reaches strict F1 ≥ 0.80 with no forbidden edge", () => {
    if (report.strict.f1 < 0.8 || report.forbidden > 0) console.log(formatReport(report));
    expect(report.forbidden).toBe(0);
    expect(report.strict.f1).toBeGreaterThanOrEqual(0.8);
  });

  it("finds most gold leaders and treaties", () => {
    expect(report.leaders.accuracy).toBeGreaterThanOrEqual(0.75);
    expect(report.treaties.accuracy).toBeGreaterThanOrEqual(0.75);
  });
});
