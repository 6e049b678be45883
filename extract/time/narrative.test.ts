/**
 * Narrative time: on a page that tells history, an undated sentence takes the story's time; on news
 * it keeps the publication date. Real seed text and pages written like the ones analysts read.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractDocumentText } from "../clean/index";
import { extractFromClean } from "../pipeline";
import { findTimes } from "./find";
import { historicalAnchors, leadEnd, narrativeTimer } from "./narrative";

const SEED_000 = fileURLToPath(new URL("../../seeds/000_709be9ed673aef3a.txt", import.meta.url));

const HISTORY = [
  "朝鲜战争与中苏同盟",
  "1950年2月，中苏两国在莫斯科签订《中苏友好同盟互助条约》。",
  "条约签订后，苏联向中国提供了大量援助。",
  "中国与苏联结成同盟，共同对抗美国。",
].join("\n");

const NEWS_WITH_HISTORY = [
  "前总统出席参议员悼念仪式",
  "悼念仪式在华盛顿国家大教堂举行，多位前总统致悼词。",
  "仪式上，美国与英国代表表示两国是坚定盟友。",
  "参议员曾经在2000年的总统候选人竞争中落败，2008年再次参选。",
].join("\n");

describe("narrativeTimer", () => {
  it.each([
    // [text, published, offset of an undated sentence, expected start/end or null (not history)]
    [HISTORY, "2024-05-01", HISTORY.indexOf("中国与苏联结成同盟"), ["1950-02", "1950-02"]],
    [HISTORY, "1955-01-01", HISTORY.indexOf("中国与苏联结成同盟"), null], // written 5 years on: not history
    [NEWS_WITH_HISTORY, "2018-09-02", NEWS_WITH_HISTORY.indexOf("仪式上"), null], // lead states no time
    ["纪念抗战胜利80周年\n1945年，日本投降。\n中国与美国并肩作战。", "2025-09-03", 20, null], // anniversary: now
    ["1960年代的中苏关系\n今年是两国建交七十五周年。\n中苏同盟破裂。", "2024-10-02", 20, null], // 今年: now
  ] as const)("%#", (text, published, offset, expected) => {
    const at = narrativeTimer(text, { published });
    if (expected === null) expect(at).toBeNull();
    else expect(at?.(offset)).toEqual({ start: expected[0], end: expected[1], source: "text" });
  });

  it("takes the nearest time stated before the sentence, and the first one before any", () => {
    const text =
      "甲午战争与三国干涉还辽\n1895年4月，清廷与日本签约。\n俄国联合德法干涉。\n1898年，俄国强租旅顺。\n俄国与日本矛盾加深。";
    const at = narrativeTimer(text, { published: "2023-06-01" })!;
    expect(at(text.indexOf("俄国联合")).start).toBe("1895-04");
    expect(at(text.indexOf("俄国与日本")).start).toBe("1898");
    expect(at(0).start).toBe("1895-04");
  });

  it("only a lead that states the time frames the page", () => {
    const late = "中俄关系史话\n两国交往源远流长。\n边境贸易历来活跃。\n1689年，两国签订《尼布楚条约》。";
    expect(leadEnd(late)).toBe(late.indexOf("\n1689"));
    expect(
      historicalAnchors(findTimes(late, { published: "2020-01-01" }), { published: "2020-01-01" }, leadEnd(late)),
    ).toBeNull();
  });
});

describe("narrative time in the pipeline", () => {
  it("dates seed 000's undated sentences (俄国与中国站在一起) to 1896, not the 2026 publication", () => {
    const doc = extractDocumentText({ id: "000.txt", bytes: new Uint8Array(readFileSync(SEED_000)) });
    const claims = extractFromClean(doc).claims;
    const standing = claims.filter((c) => c.sentence.text.includes("俄国与中国站在一起"));
    expect(standing.length).toBeGreaterThan(0);
    for (const c of standing) expect([c.time.start, c.time.end]).toEqual(["1896", "1896"]);
    expect(claims.filter((c) => c.time.start?.startsWith("2026"))).toEqual([]);
  });

  it("leaves news dated by its publication", () => {
    const doc = extractDocumentText({
      id: "news.txt",
      bytes: new TextEncoder().encode(NEWS_WITH_HISTORY),
      published: "2018-09-02",
    });
    const claims = extractFromClean(doc).claims.filter((c) => c.relation === "ally");
    expect(claims.map((c) => [c.source, c.target, c.time.start, c.time.source])).toEqual([
      ["country:GBR", "country:USA", "2018-09-02", "document"],
    ]);
  });
});
