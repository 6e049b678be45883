import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findMentions } from "./find-mentions";
import { makeDoc, seedDoc, splitSentences } from "./test-fixtures";
import { findTreaties, treatyInfo } from "./treaties";

const GOLD = "/work/shared/eval/seeds.gold.json";

function treatiesIn(text: string, id = "test.txt") {
  const doc = makeDoc(text, id);
  return findTreaties(doc, splitSentences(text), findMentions(doc.norm));
}

const codes = (keys: string[]): string[] => keys.map((k) => k.slice(8)).sort();

interface GoldDoc {
  file: string;
  treaties: { names: string[]; parties: string[]; year: number | null }[];
}

describe.skipIf(!existsSync(GOLD))("findTreaties on the seeds (gold)", () => {
  const gold = existsSync(GOLD) ? (JSON.parse(readFileSync(GOLD, "utf8")) as { documents: GoldDoc[] }).documents : [];
  it.each(gold.map((d) => [d.file, d] as const))("%s", (file, d) => {
    const { doc, sentences } = seedDoc(file);
    const found = findTreaties(doc, sentences, findMentions(doc.norm));
    expect(found.length).toBe(d.treaties.length);
    for (const g of d.treaties) {
      const hit = found.find((t) => g.names.some((n) => t.names.includes(n)));
      expect(hit, g.names.join("/")).toBeDefined();
      expect(codes(hit?.parties ?? [])).toEqual([...g.parties].sort());
      expect(hit?.year).toBe(g.year);
    }
  });
});

describe("findTreaties", () => {
  it("reads parties from the title and the signing year from the sentence", () => {
    const [t] = treatiesIn("1896年签订的《中俄密约》,俄国打着“共同防御日本”旗号。");
    expect(t).toMatchObject({
      key: "treaty:sino-russian-secret-treaty",
      label: "中俄密约",
      year: 1896,
      doc: "test.txt",
    });
    expect(codes(t.parties)).toEqual(["CHN", "RUS"]);
    expect(t.sentence.text).toBe("1896年签订的《中俄密约》,俄国打着“共同防御日本”旗号。");
  });

  it("takes no year from a duration (签订了20年的) and parties from the sentence before", () => {
    const text =
      "中俄两国本月在北京和莫斯科开始运行一个空间天气中心。中国官媒报道说，两国今年6月同意延续签订了20年的《睦邻友好合作条约》。";
    const [t] = treatiesIn(text);
    expect(t).toMatchObject({ key: "treaty:sino-russian-treaty-of-friendship-2001", year: null });
    expect(t.names).toContain("睦邻友好合作条约");
    expect(codes(t.parties)).toEqual(["CHN", "RUS"]);
  });

  it("resolves a generic title by the parties in context", () => {
    const [t] = treatiesIn("此前普京访问平壤,双方签署了一份《全面战略伙伴关系条约》。");
    expect(t.key).toBe("treaty:russia-dprk-comprehensive-strategic-partnership-treaty");
    const [u] = treatiesIn("2025年1月，俄罗斯与伊朗签署《全面战略伙伴关系条约》。");
    expect(u).toMatchObject({ key: "treaty:russia-iran-comprehensive-strategic-partnership-treaty", year: 2025 });
  });

  it.each([
    ["双方有可能建立类似“澳英美”(AUKUS)三边协定那样的协议。", "treaty:aukus", ["AUS", "GBR", "USA"]],
    ["《美日安保条约》于1960年签署。", "treaty:us-japan-security-treaty", ["JPN", "USA"]],
    ["美国宣布退出伊核协议。", "treaty:jcpoa", ["CHN", "DEU", "FRA", "GBR", "IRN", "RUS", "USA"]],
    ["1950年，中苏两国签订《中苏友好同盟互助条约》。", "treaty:sino-soviet-treaty-1950", ["CHN", "RUS"]],
  ])("%s", (text, key, parties) => {
    const [t] = treatiesIn(text);
    expect(t.key).toBe(key);
    expect(codes(t.parties)).toEqual(parties);
  });

  it("finds a treaty named by a joint form without brackets (中韩自贸协定)", () => {
    const [t] = treatiesIn("双方同意尽早就中韩自贸协定第二阶段谈判达成一致。");
    expect(t.names).toContain("中韩自贸协定");
    expect(codes(t.parties)).toEqual(["CHN", "KOR"]);
  });

  it("takes the pair behind 两国 from up to three sentences back", () => {
    const text = "美国和印度外长昨日举行会谈。会谈持续三小时。双方讨论了地区局势。两国还签署了《通信安全协议》。";
    const [t] = treatiesIn(text);
    expect(t.names).toEqual(["通信安全协议"]);
    expect(codes(t.parties)).toEqual(["IND", "USA"]);
  });

  it("gives NATO its member states", () => {
    const [t] = treatiesIn("北约东扩令俄罗斯不安。");
    expect(t.key).toBe("treaty:nato");
    expect(t.parties).toHaveLength(32);
    expect(t.parties).toContain("country:USA");
  });

  it("keys an unknown treaty by its name, the same in every document", () => {
    const [a] = treatiesIn("1960年签订的《中缅边界条约》解决了边界问题。", "a.txt");
    const [b] = treatiesIn("两国依据《中缅边界条约》划定边界。", "b.txt");
    expect(a.key).toMatch(/^treaty:[0-9a-f]{8}$/);
    expect(b.key).toBe(a.key);
    expect(a).toMatchObject({ label: "中缅边界条约", year: 1960, names: ["中缅边界条约"] });
    expect(codes(a.parties)).toEqual(["CHN", "MMR"]);
  });

  it("tells apart stateless titles by their parties", () => {
    const [t] = treatiesIn("2002年，中国与吉尔吉斯斯坦签署《睦邻友好合作条约》。");
    expect(t.key).toMatch(/^treaty:[0-9a-f]{8}$/);
    expect(t).toMatchObject({ year: 2002 });
    expect(codes(t.parties)).toEqual(["CHN", "KGZ"]);
  });

  it.each([["中国国营的《中国日报》报道说。"], ["他读过《共产党宣言》和《资本论》。"], ["《团体限制法案》通过。"]])(
    "%s names no treaty",
    (text) => {
      expect(treatiesIn(text)).toEqual([]);
    },
  );

  it("returns each treaty once per document", () => {
    const found = treatiesIn("《中俄密约》签订于1896年。后来，中俄密约被公开。");
    expect(found).toHaveLength(1);
    expect(found[0].year).toBe(1896);
  });

  it("describes known treaties", () => {
    expect(treatyInfo("treaty:aukus")).toMatchObject({
      label: "AUKUS",
      year: 2021,
      parties: ["country:AUS", "country:GBR", "country:USA"],
    });
    expect(treatyInfo("treaty:nothing")).toBeUndefined();
  });
});
