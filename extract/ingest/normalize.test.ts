import { describe, expect, it } from "vitest";
import { normalizeForMatching } from "./normalize";

describe("normalizeForMatching", () => {
  it.each([
    ["１９９８年１月１日", "1998年1月1日"],
    ["ＡＢＣ－１２３，（附图）", "ABC-123,(附图)"],
    ["北京　重庆", "北京 重庆"],
    ["中華人民共和國與俄羅斯聯邦簽署條約", "中华人民共和国与俄罗斯联邦签署条约"],
    ["美國與日本簽署新的防衛合作協議", "美国与日本签署新的防卫合作协议"],
    ["乾隆皇帝的頭髮", "乾隆皇帝的头发"],
    ["什么是显著的成就", "什么是显著的成就"],
    ["著名學者說，台灣與香港", "著名学者说,台湾与香港"],
    ["衞生部門", "卫生部门"],
    ["English text stays as it is.", "English text stays as it is."],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    const out = normalizeForMatching(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it("keeps length with characters outside the BMP", () => {
    const input = "𠮷野家在東京";
    const out = normalizeForMatching(input);
    expect(out).toBe("𠮷野家在东京");
    expect(out.length).toBe(input.length);
  });

  it("returns the same string object when nothing changes", () => {
    const s = "中国和俄罗斯今年加强了关系。";
    expect(normalizeForMatching(s)).toBe(s);
  });

  it("folds offsets one to one on a long mixed text", () => {
    const unit = "俄羅斯總統普京２０２４年訪問平壤，雙方簽署《全面戰略夥伴關係條約》。";
    const text = unit.repeat(2000);
    const t0 = performance.now();
    const out = normalizeForMatching(text);
    const ms = performance.now() - t0;
    expect(out.length).toBe(text.length);
    expect(out.slice(0, unit.length)).toBe("俄罗斯总统普京2024年访问平壤,双方签署《全面战略伙伴关系条约》。");
    expect(ms).toBeLessThan(2000);
  });
});
