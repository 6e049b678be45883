import { describe, expect, it } from "vitest";
import { extractFile } from "../pipeline";

// Sentences written for these tests: each pins one pattern family of issue 10 through the whole
// pipeline (mentions, triggers, frames, status).

/** Asserted claims of a text, as "relation SRC>TGT" (symmetric relations have sorted keys). */
function claimsOf(text: string): string[] {
  const x = extractFile({ id: "t.txt", bytes: new TextEncoder().encode(text), published: "2024-05-01" });
  return x.claims
    .filter((c) => c.status === "asserted")
    .map((c) => `${c.relation} ${c.source.slice(8)}>${c.target.slice(8)}`);
}

interface Case {
  text: string;
  has: string[];
  not?: string[];
}

function run(cases: Record<string, Case>): void {
  it.each(Object.entries(cases))("%s", (_name, c) => {
    const got = claimsOf(c.text);
    for (const h of c.has) expect(got, `expected ${h} in ${JSON.stringify(got)}`).toContain(h);
    for (const n of c.not ?? []) expect(got, `did not expect ${n} in ${JSON.stringify(got)}`).not.toContain(n);
  });
}

describe("a list after 同/与/跟 distributes from the subject", () => {
  run({
    "A同B、C和D签署": {
      text: "巴西同阿根廷、智利和秘鲁签署了合作协议。",
      has: ["partner ARG>BRA", "partner BRA>CHL", "partner BRA>PER"],
      not: ["partner ARG>CHL", "partner ARG>PER", "partner CHL>PER"],
    },
    "A与B、C的合作": {
      text: "越南与老挝、柬埔寨的合作不断深化。",
      has: ["partner LAO>VNM", "partner KHM>VNM"],
      not: ["partner KHM>LAO"],
    },
    "a plain list stays all pairs": {
      text: "埃及、约旦和沙特阿拉伯签署了合作协议。",
      has: ["partner EGY>JOR", "partner EGY>SAU", "partner JOR>SAU"],
    },
  });
});

describe("taking territory", () => {
  run({
    "forces + 控制了": { text: "俄军控制了乌克兰东部多个城镇。", has: ["opposes RUS>UKR"] },
    "forces + 攻占": { text: "以军攻占了黎巴嫩南部的一座村庄。", has: ["opposes ISR>LBN"] },
    "state + 夺取": { text: "伊拉克军队夺取了科威特的油田。", has: ["opposes IRQ>KWT"] },
    "控制了 with no state object": { text: "中国控制了疫情的蔓延，越南表示赞赏。", has: [], not: ["opposes CHN>VNM"] },
  });
});

describe("protests about a state's act or document (就B的…)", () => {
  run({
    就B的法案提出抗议: { text: "中国就美国的涉台法案提出严正抗议。", has: ["opposes CHN>USA"] },
    就B的言论提出交涉: { text: "韩国就日本的错误言论提出严正交涉。", has: ["opposes KOR>JPN"] },
    就B的制裁表示强烈不满: { text: "伊朗就英国的制裁表示强烈不满。", has: ["opposes IRN>GBR"] },
    "就 a topic with no owner names no target": {
      text: "马来西亚就南海问题与菲律宾举行磋商。",
      has: [],
      not: ["opposes MYS>PHL"],
    },
  });
});

describe("support and guarantees", () => {
  run({
    向B提供安全保障: { text: "英国向乌克兰提供安全保障。", has: ["partner GBR>UKR"] },
  });
});

describe("partnership labels in copular sentences", () => {
  run({
    A和B是全面战略伙伴: { text: "巴西和印度是全面战略伙伴。", has: ["partner BRA>IND"] },
  });
});

describe("passives with a list of agents", () => {
  run({
    "B遭到A1、A2、A3等的谴责": {
      text: "叙利亚遭到美国、英国、法国等国的谴责。",
      has: ["opposes USA>SYR", "opposes GBR>SYR", "opposes FRA>SYR"],
    },
  });
});

describe("holding another state's own principle", () => {
  run({
    A恪守一个中国原则: { text: "蒙古国外交部表示，蒙古国坚定恪守一个中国原则。", has: ["partner CHN>MNG"] },
    "A不遵守… is no partnership": { text: "美国不遵守一个中国原则。", has: [], not: ["partner CHN>USA"] },
  });
});
