import { describe, expect, it } from "vitest";
import { extractFile } from "../pipeline";

/** Asserted claims of a text through the whole pipeline, as "relation SRC>TGT". */
function claimsOf(text: string): string[] {
  const x = extractFile({ id: "t.txt", bytes: new TextEncoder().encode(text), published: "2024-05-01" });
  return x.claims
    .filter((c) => c.status === "asserted")
    .map((c) => `${c.relation} ${c.source.slice(8)}>${c.target.slice(8)}`);
}

describe("organisation names are no alliance", () => {
  it.each([
    "越南和老挝同为东南亚国家联盟成员。",
    "日本和印度出席各国议会联盟大会。",
    "泰国与柬埔寨民主同盟代表举行会谈。",
    "缅甸民族民主同盟军与缅甸军队交火，中国呼吁停火。",
    "法国和意大利的议员出席了欧洲人民联盟大会。",
  ])("%s", (text) => {
    expect(claimsOf(text).filter((c) => c.startsWith("ally"))).toEqual([]);
  });

  it.each([
    ["俄罗斯和法国结成同盟。", "ally FRA>RUS"],
    ["美日同盟不断强化。", "ally JPN>USA"],
    ["美国和日本的军事同盟日益巩固。", "ally JPN>USA"],
  ])("an alliance is still one: %s", (text, expected) => {
    expect(claimsOf(text)).toContain(expected);
  });
});

describe("non-state groups act for themselves", () => {
  it.each([
    "黎巴嫩真主党与以色列军队交火。",
    "以色列空袭黎巴嫩真主党目标。",
    "也门胡塞武装袭击美国军舰。",
    "阿富汗塔利班与巴基斯坦发生冲突。",
    "叙利亚反对派与土耳其合作。",
  ])("%s gives no state relation", (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("the state itself still acts: 以色列空袭黎巴嫩", () => {
    expect(claimsOf("以色列空袭黎巴嫩南部。")).toContain("opposes ISR>LBN");
  });
});
