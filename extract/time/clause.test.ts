import { describe, expect, it } from "vitest";
import { clauseAround, clauseTime, clauseTimer, findEndingMarker, sentenceTime } from "./clause";
import { findTimes } from "./find";

describe("clauseTime on seed sentences", () => {
  it.each<[string, string, { start: string | null; end: string | null; source: string }]>([
    [
      "1896年签订的《中俄密约》,俄国打着“共同防御日本”旗号",
      "2026-01-21",
      { start: "1896", end: "1896", source: "text" },
    ],
    [
      "在2024年9月,俄罗斯总统普京与朝鲜领导人金正恩在俄罗斯远东举行的高层会晤",
      "2025-03-21",
      { start: "2024-09", end: "2024-09", source: "text" },
    ],
    [
      "自2014年乌克兰危机以来,俄罗斯便遭遇了西方国家一系列的经济制裁",
      "2025-03-21",
      { start: "2014", end: null, source: "text" },
    ],
    [
      "1960年代，两国共产党因为意识形态和随后的边境冲突而分裂，北京和莫斯科的同盟关系随之消逝。",
      "2021-12-05",
      { start: null, end: "1969", source: "text" },
    ],
    [
      "两国今年6月同意延续签订了20年的《睦邻友好合作条约》。",
      "2021-12-05",
      { start: "2021-06", end: "2021-06", source: "text" },
    ],
    [
      "到了11月13日,拉夫罗夫在访华后又一次强调了这一点",
      "2025-11-13",
      { start: "2025-11-13", end: "2025-11-13", source: "text" },
    ],
    [
      "今年10月，中国和俄罗斯举行了第10次“海上联合”演习",
      "2021-12-05",
      { start: "2021-10", end: "2021-10", source: "text" },
    ],
    [
      "在经济方面，中国在2017年成为俄罗斯第一大贸易伙伴。",
      "2021-12-05",
      { start: "2017", end: "2017", source: "text" },
    ],
    [
      "中国与俄罗斯保持着密切的战略合作关系",
      "2025-03-21",
      { start: "2025-03-21", end: "2025-03-21", source: "document" },
    ],
    [
      "11月初,俄罗斯外长拉夫罗夫刚结束访华,双方签了涵盖多面的合作协议",
      "2025-11-13",
      { start: "2025-11", end: "2025-11", source: "text" },
    ],
  ])("%s", (text, published, want) => {
    expect(clauseTime(text, { published })).toEqual(want);
  });
});

describe("clauseTime", () => {
  const pub = { published: "2025-11-13" };

  it("without any date gives source none", () => {
    expect(clauseTime("中国与俄罗斯保持着密切的战略合作关系", { published: null })).toEqual({
      start: null,
      end: null,
      source: "none",
    });
  });

  it("keeps the publication date as given", () => {
    expect(clauseTime("中俄关系密切", { published: "2025-03" })).toEqual({
      start: "2025-03",
      end: "2025-03",
      source: "document",
    });
  });

  it("picks the expression nearest the relation trigger", () => {
    const text = "俄罗斯在2015年同意向中国出售战机，中国在2017年成为俄罗斯第一大贸易伙伴";
    const t = text.indexOf("贸易伙伴");
    expect(clauseTime(text, pub, { relationStart: t, relationEnd: t + 4 })).toEqual({
      start: "2017",
      end: "2017",
      source: "text",
    });
    const s = text.indexOf("出售");
    expect(clauseTime(text, pub, { relationStart: s, relationEnd: s + 2 })).toEqual({
      start: "2015",
      end: "2015",
      source: "text",
    });
    expect(clauseTime(text, pub)).toEqual({ start: "2015", end: "2015", source: "text" });
  });

  it("prefers an expression before the trigger at equal distance", () => {
    const text = "2019年结盟2020年";
    const t = text.indexOf("结盟");
    expect(clauseTime(text, pub, { relationStart: t, relationEnd: t + 2 }).start).toBe("2019");
  });

  it("joins a since and a later until", () => {
    expect(clauseTime("从2014年起直到2022年，两国一直保持合作", pub)).toEqual({
      start: "2014",
      end: "2022",
      source: "text",
    });
  });

  it("uses a bare event name only when nothing better is there", () => {
    expect(clauseTime("俄乌冲突仍在持续", pub)).toEqual({ start: "2022", end: null, source: "text" });
    const text = "俄乌冲突期间，2023年两国签署了协议";
    expect(clauseTime(text, pub)).toEqual({ start: "2022", end: null, source: "text" });
    const t = text.indexOf("签署");
    expect(clauseTime(text, pub, { relationStart: t, relationEnd: t + 2 })).toEqual({
      start: "2023",
      end: "2023",
      source: "text",
    });
    expect(clauseTime("2023年，俄乌冲突仍在持续", pub)).toEqual({ start: "2023", end: "2023", source: "text" });
  });

  it.each<[string, { start: string | null; end: string | null; source: string }]>([
    ["1991年苏联解体后，两国的同盟关系不复存在", { start: null, end: "1991", source: "text" }],
    ["冷战时期，两国的同盟关系走向破裂", { start: null, end: "1991", source: "text" }],
    ["自2014年以来，两国关系破裂", { start: null, end: "2014", source: "text" }],
    ["两国的同盟关系已经瓦解", { start: null, end: "2025-11-13", source: "document" }],
    ["The Sino-Soviet alliance collapsed in the 1960s.", { start: null, end: "1969", source: "text" }],
    // not endings
    ["两国的同盟关系并未瓦解", { start: "2025-11-13", end: "2025-11-13", source: "document" }],
    ["The alliance has not ended.", { start: "2025-11-13", end: "2025-11-13", source: "document" }],
    ["冷战结束后，两国关系正常化", { start: "1991", end: null, source: "text" }],
    ["会谈结束后，两国宣布结盟", { start: "2025-11-13", end: "2025-11-13", source: "document" }],
    ["拉夫罗夫刚结束访华，双方签了合作协议", { start: "2025-11-13", end: "2025-11-13", source: "document" }],
  ])("ending markers: %s", (text, want) => {
    expect(clauseTime(text, pub)).toEqual(want);
  });
});

describe("sentenceTime", () => {
  const seed = "1960年代，两国共产党因为意识形态和随后的边境冲突而分裂，北京和莫斯科的同盟关系随之消逝。";

  it("falls back from the clause to the sentence, keeping the clause's ending marker", () => {
    const t = seed.indexOf("同盟");
    expect(sentenceTime(seed, { published: "2021-12-05" }, { relationStart: t, relationEnd: t + 2 })).toEqual({
      start: null,
      end: "1969",
      source: "text",
    });
  });

  it("an ending marker in another clause does not end this relation", () => {
    const t = seed.indexOf("两国共产党");
    expect(sentenceTime(seed, { published: "2021-12-05" }, { relationStart: t, relationEnd: t + 5 })).toEqual({
      start: "1960",
      end: "1969",
      source: "text",
    });
  });

  it("prefers the clause's own date", () => {
    const s = "俄罗斯在2015年同意向中国出售战机，中国在2017年成为俄罗斯第一大贸易伙伴";
    const t = s.indexOf("贸易");
    expect(sentenceTime(s, { published: "2021-12-05" }, { relationStart: t, relationEnd: t + 4 }).start).toBe("2017");
  });

  it("prefers a date elsewhere in the sentence over a bare event in the clause", () => {
    const s = "11月13日,拉夫罗夫说俄乌冲突没有改变中俄不结盟的立场";
    const t = s.indexOf("不结盟");
    expect(sentenceTime(s, { published: "2025-11-13" }, { relationStart: t, relationEnd: t + 3 })).toEqual({
      start: "2025-11-13",
      end: "2025-11-13",
      source: "text",
    });
  });

  it("uses a bare event from the sentence before the document date", () => {
    const s = "但随着苏联解体,俄罗斯与朝鲜的联系逐渐疏远";
    const t = s.indexOf("联系");
    expect(sentenceTime(s, { published: "2025-03-21" }, { relationStart: t, relationEnd: t + 2 })).toEqual({
      start: "1991",
      end: "1991",
      source: "text",
    });
  });

  it("takes explicit clause bounds and falls back to the document", () => {
    const s = "中俄关系密切，双方合作不断加深";
    expect(sentenceTime(s, { published: "2025-11-13" }, { clauseStart: 7, clauseEnd: s.length })).toEqual({
      start: "2025-11-13",
      end: "2025-11-13",
      source: "document",
    });
    expect(sentenceTime(s, { published: null })).toEqual({ start: null, end: null, source: "none" });
  });
});

describe("clauseAround / findEndingMarker", () => {
  it.each<[string, number, number, [number, number]]>([
    ["甲，乙丙丁；戊", 3, 4, [2, 5]],
    ["甲，乙丙丁；戊", 0, 1, [0, 1]],
    ["甲乙丙", 1, 2, [0, 3]],
    ["a, b c. d", 3, 4, [2, 9]],
  ])("clauseAround(%j, %i, %i)", (text, rs, re, want) => {
    const c = clauseAround(text, rs, re);
    expect([c.start, c.end]).toEqual(want);
  });

  it.each<[string, string | null]>([
    ["同盟关系随之消逝", "消逝"],
    ["两国关系破裂", "破裂"],
    ["苏联解体后两国关系不复存在", "不复存在"],
    ["条约于2021年到期", "到期"],
    ["the alliance broke down", "broke down"],
    ["两国关系尚未破裂", null],
    ["冷战结束后", null],
    ["会谈结束时", null],
    ["the alliance never collapsed", null],
    ["the alliance didn't end", null],
  ])("%s → %s", (text, want) => {
    const m = findEndingMarker(text, findTimes(text, { published: null }));
    expect(m ? m.text : null).toBe(want);
  });
});

describe("clauseTimer", () => {
  it.each<[string, string | null, [number, number][]]>([
    [
      "在2024年9月,俄罗斯与朝鲜签署条约,2025年两国又举行了军演",
      "2025-03-21",
      [
        [12, 14],
        [27, 29],
      ],
    ],
    [
      "1960年代,两国共产党分裂,北京和莫斯科的同盟关系随之消逝",
      "2021-12-05",
      [
        [26, 28],
        [0, 2],
      ],
    ],
    ["中国与俄罗斯保持着密切的战略合作关系", null, [[11, 13]]],
    [
      "今年两国关系持续升温,去年双方签署了协议",
      "2024-06-01",
      [
        [4, 6],
        [15, 17],
      ],
    ],
  ])("%s gives what clauseTime gives for each trigger", (text, published, triggers) => {
    const timeAt = clauseTimer(text, { published });
    for (const [relationStart, relationEnd] of triggers) {
      expect(timeAt({ relationStart, relationEnd })).toEqual(
        clauseTime(text, { published }, { relationStart, relationEnd }),
      );
    }
  });
});
