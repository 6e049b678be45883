import { describe, expect, it } from "vitest";
import { detectLang } from "./lang";

describe("detectLang", () => {
  it.each([
    ["俄罗斯科学院远东研究所的高级研究员瓦西里·卡申(Vassily Kashin)说", "zh"],
    ["美國與日本簽署新的防衛合作協議", "zh"],
    ["The two countries agreed on Monday to deepen military cooperation.", "en"],
    ["Xi Jinping (习近平) met the Russian president in Moscow on Tuesday.", "en"],
    ["", "en"],
  ])("%s → %s", (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
