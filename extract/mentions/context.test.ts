import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";
import { countrySurfaces } from "./gazetteer";
import { parseNonStates } from "./nonstates";
import { parsePlaces, placeNames } from "./places";

/** The mentions of a text as "surface=CODE+CODE". */
function mentionsOf(text: string): string[] {
  return findMentions(text).map((m) => `${m.surface}=${m.states.map((s) => s.slice(8)).join("+")}`);
}

describe("joint forms resolved from the document's context", () => {
  it.each([
    ["乌中关系发展顺利。乌拉圭总统表示愿同中国深化合作。", "乌中=URY+CHN"],
    ["乌兹别克斯坦总统会见中国外长，乌中两国签署协议。", "乌中=UZB+CHN"],
    ["乌中关系发展顺利。", "乌中=UKR+CHN"], // no candidate named: the usual reading
    ["加蓬总统访华期间，加中两国发表联合声明。", "加中=GAB+CHN"],
    ["加拿大总理说，加中关系面临挑战。", "加中=CAN+CHN"],
    ["武契奇表示，中塞友谊牢不可破。", "中塞=CHN+SRB"], // a leader decides
    ["塞内加尔外长说，中塞关系是南南合作的典范。", "中塞=CHN+SEN"],
    ["塞浦路斯总统会见中国代表团，中塞两国同意加强合作。", "中塞=CHN+CYP"],
    ["突尼斯外长表示，中突友好关系源远流长。", "中突=CHN+TUN"],
  ])("%s → %s", (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  it.each([
    ["中塞两国是好朋友。", "中塞"],
    ["中突友好关系源远流长。", "中突"],
  ])("leaves %s unresolved when no candidate is named", (text, surface) => {
    expect(mentionsOf(text).filter((m) => m.startsWith(surface))).toEqual([]);
  });

  it.each(["要塞失守后局势紧张。", "各方应妥善处理突发事件。", "在冲突中突然遇袭。", "他前往巴塞罗那参加会议。"])(
    "reads no state in %s",
    (text) => {
      expect(mentionsOf(text)).toEqual([]);
    },
  );
});

describe("place names are words, not states", () => {
  it.each([
    ["普京总统对伊尔库茨克进行访问。", ["普京=RUS"]],
    ["代表团前往日内瓦出席会议。", []],
    ["美军在俄亥俄州举行演习。", ["美军=USA"]],
    ["中方代表团访乌鲁木齐。", ["中方=CHN"]],
    ["巴尔干半岛局势紧张。", []],
  ])("%s → %j", (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it("still reads a short form before a state's own name (对俄乌克兰)", () => {
    expect(mentionsOf("各国对俄乌克兰问题表态。")).toEqual(["俄=RUS", "乌克兰=UKR"]);
  });

  it("keeps no place that holds or lies inside a state's name", () => {
    const names = countrySurfaces().flatMap((s) => [...s.name, ...s.capital, ...s.historical]);
    const han = names.filter((n) => /^\p{Script=Han}{2,}$/u.test(n));
    const bad = placeNames().filter((p) => han.some((n) => p.includes(n) || n.includes(p)));
    expect(bad).toEqual([]);
  });

  it("names the file and the problem of a bad place list", () => {
    expect(() => parsePlaces({ about: "x", source: "y", licence: "z", places: ["Paris"] }, "places.zh.json")).toThrow(
      /places\.zh\.json: invalid at places\.0: a place is 2–12 Han characters/,
    );
  });
});

describe("non-state groups do not stand for their host state", () => {
  it.each([
    ["黎巴嫩真主党向以色列北部发射火箭弹。", ["以色列=ISR"]],
    ["以色列对哈马斯目标发动空袭。", ["以色列=ISR"]],
    ["美国宣布援巴解组织。", ["美国=USA"]],
    ["也门胡塞武装袭击美国军舰。", ["美国军舰=USA"]],
  ])("%s", (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it("names the file and the problem of a bad non-state list", () => {
    expect(() =>
      parseNonStates(
        {
          about: "x",
          groups: [{ kind: "army", names: ["x"] }],
          hostSuffixes: [],
          orgNameWords: [],
          orgNameHeads: [],
          orgNameTails: [],
          namesakeTails: [],
          namesakeNot: [],
        },
        "nonstates.json",
      ),
    ).toThrow(/nonstates\.json: invalid at groups\.0\.kind/);
  });
});

describe("a vessel named after a leader is not the leader", () => {
  it.each([
    ["罗斯福号航母驶入南海。", []],
    ["“里根”号航母与日本举行演习。", ["日本=JPN"]],
    ["普京号召各方保持克制。", ["普京=RUS"]],
    ["普京表示支持。", ["普京=RUS"]],
  ])("%s → %j", (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});
