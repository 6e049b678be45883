import { describe, expect, it } from "vitest";
import { splitClauses, splitSentences } from "./sentences";

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    [
      "Chinese terminators",
      "中国和俄罗斯加强了关系。两国都表示不满！双方还能走多近？",
      ["中国和俄罗斯加强了关系。", "两国都表示不满！", "双方还能走多近？"],
    ],
    [
      "semicolon and ASCII marks",
      "一方面，中国谨慎；另一方面，中国也不希望孤立!真的吗?",
      ["一方面，中国谨慎；", "另一方面，中国也不希望孤立!", "真的吗?"],
    ],
    [
      "newline ends a sentence",
      "俄朝结盟引发全球震荡\n发表时间：2025-03-21",
      ["俄朝结盟引发全球震荡", "发表时间：2025-03-21"],
    ],
    [
      "a quotation ending in 。 stays whole",
      "卡申说：“更重要的是，我们不喜欢美国的全球秩序。所以这种伙伴关系是基于共同反对。”他说。",
      ["卡申说：“更重要的是，我们不喜欢美国的全球秩序。所以这种伙伴关系是基于共同反对。”", "他说。"],
    ],
    [
      "a quotation closed by a comma continues",
      "“我认为这是传统的权力平衡，”杨念祖说。“他们觉得，如果中国和俄罗斯能够联手。”",
      ["“我认为这是传统的权力平衡，”杨念祖说。", "“他们觉得，如果中国和俄罗斯能够联手。”"],
    ],
    ["corner brackets", "他说「两国不结盟。也不对抗。」随后离开。", ["他说「两国不结盟。也不对抗。」", "随后离开。"]],
    [
      "brackets keep terminators",
      "张家松（新加坡学者。专攻国际关系）说，两国合作有限。",
      ["张家松（新加坡学者。专攻国际关系）说，两国合作有限。"],
    ],
    ["ellipsis", "双方签了很多协议……但进展不大。", ["双方签了很多协议……", "但进展不大。"]],
    ["runs of marks", "中俄为何结伴而不结盟？！这是问题。", ["中俄为何结伴而不结盟？！", "这是问题。"]],
    ["whitespace trimmed", "  中国强调合作。   俄方表示赞同。  ", ["中国强调合作。", "俄方表示赞同。"]],
    [
      "an unclosed quotation does not swallow the next line",
      "他说：“两国将加强合作。\n美国对此表示谴责。",
      ["他说：“两国将加强合作。", "美国对此表示谴责。"],
    ],
    [
      "English sentences",
      "The U.S. imposed sanctions on Russia. Mr. Smith said China objected. It was Jan. 5 when they met.",
      ["The U.S. imposed sanctions on Russia.", "Mr. Smith said China objected.", "It was Jan. 5 when they met."],
    ],
    [
      "English decimals and initials",
      "Output rose 3.5 percent. J. Smith agreed. Talks end.",
      ["Output rose 3.5 percent.", "J. Smith agreed.", "Talks end."],
    ],
    [
      "English quotation",
      'He said "we will not ally." Then he left.',
      ['He said "we will not ally."', "Then he left."],
    ],
  ])("%s", (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("offsets point into the text", () => {
    const text = "  甲国制裁乙国。\n\n乙国抗议。 ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual([
      [2, 9],
      [11, 16],
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences(" \n \n")).toEqual([]);
  });
});

describe("splitClauses (clauses leave out the punctuation that ends them)", () => {
  const clauses = (text: string, offset = 0): string[] =>
    splitClauses({ start: offset, end: offset + text.length, text }).map((c) => c.text);

  it.each([
    [
      "commas",
      "中俄关系近几年越来越密切，尤其是在美国对两国同时施压的情况下，合作意愿自然越来越强。",
      ["中俄关系近几年越来越密切", "尤其是在美国对两国同时施压的情况下", "合作意愿自然越来越强"],
    ],
    [
      "、 keeps a list whole",
      "美国将加强针对中国、俄罗斯和朝鲜的军事部署，同时维持在中东的军力。",
      ["美国将加强针对中国、俄罗斯和朝鲜的军事部署", "同时维持在中东的军力"],
    ],
    ["colon and semicolon", "卡申说：我们有共同立场；那就是反对霸权", ["卡申说", "我们有共同立场", "那就是反对霸权"]],
    [
      "ASCII commas of a folded text",
      "中方重申了一条原则,中俄合作有底线,那就是不结盟、不对抗",
      ["中方重申了一条原则", "中俄合作有底线", "那就是不结盟、不对抗"],
    ],
    ["digits keep their comma", "两国贸易额达1,000亿美元，创历史新高", ["两国贸易额达1,000亿美元", "创历史新高"]],
    [
      "titles keep their comma",
      "双方签署了《和平，友好与合作条约》，并发表声明",
      ["双方签署了《和平，友好与合作条约》", "并发表声明"],
    ],
    ["headline space", "中俄加深非正式同盟关系 双方还能走多近？", ["中俄加深非正式同盟关系", "双方还能走多近"]],
  ])("%s", (_name, text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it("clause offsets are document offsets", () => {
    const doc = "前文。中国制裁美国，美国抗议。";
    const [, s] = splitSentences(doc);
    const cs = splitClauses(s);
    expect(cs.map((c) => doc.slice(c.start, c.end))).toEqual(["中国制裁美国", "美国抗议"]);
  });
});
