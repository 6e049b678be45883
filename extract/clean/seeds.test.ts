/**
 * The four seed pages: every article paragraph kept, in order, headline first; page chrome, ads,
 * footers and related-article lists dropped; publication date from the right place.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CleanDocument } from "../types";
import { extractDocumentText } from "./index";

const SEEDS = join(__dirname, "..", "..", "seeds");

function load(name: string): { raw: string; doc: CleanDocument } {
  const bytes = new Uint8Array(readFileSync(join(SEEDS, name)));
  return { raw: new TextDecoder().decode(bytes), doc: extractDocumentText({ id: name, bytes }) };
}

/** Non-empty, trimmed lines of `raw` strictly between the line `from` and the line `to`. */
function linesBetween(raw: string, from: string, to: string): string[] {
  const lines = raw.split("\n").map((l) => l.trim());
  const a = lines.indexOf(from);
  const b = lines.indexOf(to, a + 1);
  if (a < 0 || b < 0) throw new Error(`markers not found: ${from} / ${to}`);
  return lines.slice(a + 1, b).filter(Boolean);
}

/** Strings no cleaned seed may contain. */
const NEVER = [
  "北京今日",
  "首页",
  "相关文章",
  "相关推荐",
  "热点推荐",
  "往期回顾",
  "无障碍浏览",
  "进入关怀版",
  "leyucom乐鱼官网官方网站",
  "15396546057",
  "激发激情,引领未来!",
  "浏览次数",
  "发表时间",
  "问题更新日期",
  "特别声明",
  "Notice:",
  "版权所有",
  "荣誉会员",
  "翻墙",
  "分享至",
  "分享本文",
  "来源:",
  "图片来源",
  "参考资料",
  "http",
  "(普京 中俄军事结盟)",
];

describe.skipIf(!existsSync(SEEDS))("seed pages", () => {
  it("000 (Q&A page): answer kept, nav bar, city list, breadcrumb, labels and related list dropped", () => {
    const { raw, doc } = load("000_709be9ed673aef3a.txt");
    const title = "俄国为何选择以“共同防御日本”为借口推动《中俄密约》的签订?";
    expect(doc.title).toBe(title);
    expect(doc.text.split("\n")).toEqual([title, ...linesBetween(raw, "最佳答案", "相关文章更多")]);
    expect([doc.published, doc.publishedSource]).toEqual(["2026-01-21", "page"]);
    expect(doc.lang).toBe("zh");
    const reasonOf = (start: string): string | undefined => doc.dropped.find((d) => d.text.startsWith(start))?.reason;
    expect(reasonOf("历史上的今天 首页 传统节日")).toBe("navigation bar");
    expect(reasonOf("首页 > 问答 > 俄国为何")).toBe("breadcrumb");
    expect(reasonOf("蜜桃mama带娃笔记")).toBe("byline");
    expect(reasonOf("问题更新日期:2026-01-21")).toBe("dateline");
    expect(reasonOf("问题描述")).toBe("page label");
    expect(reasonOf("1896年签订的《中俄密约》,俄国打着“共同防御日本”旗号")).toBe("excerpt of a later paragraph");
    expect(reasonOf("相关文章更多")).toBe("related-articles heading");
    expect(doc.dropped.filter((d) => d.reason === "related list")).toHaveLength(40);
  });

  it("001 (SEO page): SEO tag cut from the title, ads and repeated titles dropped", () => {
    const { raw, doc } = load("001_208352db99854412.txt");
    const title = "俄朝结盟引发全球震荡,普京突回应对压力解释背后原因";
    expect(doc.title).toBe(title);
    const body = linesBetween(raw, "浏览次数:12", `${title}(普京 中俄军事结盟)`).filter(
      (l) => l !== "leyucom乐鱼官网官方网站",
    );
    expect(body).toHaveLength(30);
    expect(doc.text.split("\n")).toEqual([title, ...body]);
    expect([doc.published, doc.publishedSource]).toEqual(["2025-03-21", "page"]);
    const reasonOf = (t: string): string | undefined => doc.dropped.find((d) => d.text === t)?.reason;
    expect(reasonOf("15396546057")).toBe("advertisement (phone number)");
    expect(reasonOf("激发激情,引领未来!")).toBe("advertisement (slogan)");
    expect(reasonOf("leyucom乐鱼官网官方网站")).toBe("advertisement");
    expect(reasonOf("浏览次数:12")).toBe("view counter");
    expect(reasonOf("(普京 中俄军事结盟)")).toBe("seo keyword tag or headline marker");
    expect(doc.dropped.filter((d) => d.reason === "repeated title")).toHaveLength(2);
  });

  it("002 (mirrored page, markdown with inline HTML): paragraphs joined across tags, chrome dropped", () => {
    const { doc } = load("002_c6f460691c974e18.txt");
    expect(doc.format).toBe("md");
    expect(doc.title).toBe("中俄加深非正式同盟关系 双方还能走多近？");
    const lines = doc.text.split("\n");
    const starts = [
      "中俄加深非正式同盟关系 双方还能走多近？",
      "【看中国2021年12月5日讯】虽然曾有过不那么愉快的过去，但是中国和俄罗斯今年加强了政治、经济和军事方面的关系。两国都对西方越来越大的压力表示了不满。",
      "今年到目前为止",
      "俄罗斯科学院远东研究所",
      "他说，双边关系是1950年代以来最牢固的。",
      "卡申说",
      "在人们对中国的政策感到关注之际",
      "中国的“战狼外交”",
      "新加坡南洋理工大学",
      "张家松说，中国的软实力",
      "西方政府今年尤其批评了中国",
      "中俄关系加强的证据",
      "俄罗斯的军事实力",
      "俄罗斯卫星通讯社报道说",
      "俄罗斯卫星通讯社说",
      "今年8月",
      "中国国营的《中国日报》",
      "台湾智库",
      "杨念祖说",
      "“我认为这是传统的",
      "中俄合作的局限性",
      "分析人士说",
      "不过，越南富布赖特大学",
      "阮清仲说",
      "张家松说，西方盟友",
      "他说：“如果你看到",
      "本星期，五角大楼宣布",
    ];
    expect(lines).toHaveLength(starts.length);
    lines.forEach((line, i) => expect(line.startsWith(starts[i]), `line ${i}: ${line}`).toBe(true));
    expect(lines[lines.length - 1].endsWith("以威慑恐怖组织和伊朗。")).toBe(true);
    expect([doc.published, doc.publishedSource]).toEqual(["2021-12-05", "page"]);
    const reasonOf = (start: string): string | undefined => doc.dropped.find((d) => d.text.startsWith(start))?.reason;
    expect(reasonOf("首页 | 法轮功真相")).toBe("menu");
    expect(reasonOf("中国国家主席习近平与俄罗斯总统普京在北京一起检阅")).toBe("image caption repeating alt text");
    expect(reasonOf("🎬")).toBe("advertisement");
    expect(reasonOf("来源: 美国之音")).toBe("source line");
    expect(reasonOf("【诚征荣誉会员】")).toMatch(/^footer/);
    expect(reasonOf("手机上长按并复制")).toBe("share widget");
  });

  it("003 (网易号 page): body kept, reference list dates the page, sidebar dropped", () => {
    const { raw, doc } = load("003_a142fbc17c73d9df.txt");
    const title = "中俄不用缔结同盟,俄外长通告全球,俄只有3个盟友,朝鲜没上榜";
    expect(doc.title).toBe(title);
    expect(doc.text.split("\n")).toEqual([title, ...linesBetween(raw, "分享至", "参考资料")]);
    expect([doc.published, doc.publishedSource]).toEqual(["2025-11-13", "references"]);
    expect(doc.dropped.filter((d) => d.reason === "reference list").map((d) => d.text)).toEqual([
      "俄外长最新涉华表态:俄中关系坚持不结盟、不针对第三国 环球网 2025-11-13",
      "俄外长:俄盟友是陆海空三军 2025年11月9日 俄罗斯卫星通讯社",
    ]);
    expect(doc.dropped.at(-1)).toEqual({ text: "无障碍浏览 进入关怀版", reason: "related list" });
  });

  it("no seed keeps page chrome", () => {
    for (const name of [
      "000_709be9ed673aef3a.txt",
      "001_208352db99854412.txt",
      "002_c6f460691c974e18.txt",
      "003_a142fbc17c73d9df.txt",
    ]) {
      const { doc } = load(name);
      for (const s of NEVER) expect(doc.text.includes(s), `${name} keeps "${s}"`).toBe(false);
      expect(doc.norm.length).toBe(doc.text.length);
      expect(doc.text.split("\n")[0]).toBe(doc.title);
    }
  });
});
