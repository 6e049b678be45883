import { describe, expect, it } from "vitest";
import { detectLang } from "./lang";

describe("detectLang", () => {
  it.each([
    ["卡申(Vassily Kashin)认为，中俄两国不会结成军事同盟。", "zh"],
    ["俄罗斯总统普京(Vladimir Putin)与朝鲜领导人金正恩(Kim Jong Un)会晤。", "zh"],
    ["Russia and China signed the treaty in Beijing (北京) on Friday.", "en"],
    ["President Xi Jinping (习近平) met Vladimir Putin in Moscow.", "en"],
    ["The Soviet Union has not allied with Japan.", "en"],
    ["2024", "zh"],
  ] as const)("%s → %s", (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
