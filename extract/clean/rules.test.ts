import { describe, expect, it } from "vitest";
import type { MarkupBlock } from "../ingest/markup";
import { normalizeForMatching } from "../ingest/normalize";
import { localReason } from "./rules";
import { isReferenceHeading, isReferenceItem, isRelatedHeading, isResumedBody } from "./sections";
import { stripSeoTag, stripTitleMarkers } from "./seo";

function reason(text: string, extra: Partial<MarkupBlock> = {}, recentAlts: string[] = []): string | null {
  const block: MarkupBlock = { text, kind: "paragraph", linkDensity: 0, alts: [], hints: [], ...extra };
  return localReason({ text, m: normalizeForMatching(text).toLowerCase(), block, recentAlts });
}

describe("localReason: boilerplate lines", () => {
  it.each([
    ["首页 > 新闻 > 国际 > 正文", "breadcrumb"],
    ["您的位置：首页 > 军事频道", "breadcrumb"],
    ["首页 | 国际 | 军事 | 财经 | 体育", "menu"],
    ["首页 问答 百科 今日 广州今日 深圳今日 厦门今日 福州今日", "navigation bar"],
    ["分享至", "share widget"],
    ["分享到：微信 微博 QQ空间", "share widget"],
    ["手机上长按并复制下列链接分享本文：", "share widget"],
    ["字号：大 中 小", "share widget"],
    ["浏览次数:35", "view counter"],
    ["阅读量 1.2万", "view counter"],
    ["128人看过", "view counter"],
    ["0", "counter"],
    ["特别声明：本文仅代表作者观点，不代表本站立场。", "footer (特别声明)"],
    ["免责声明：本站内容来自网络。", "footer (免责声明)"],
    ["Copyright © 2024 Example News. All rights reserved.", "footer (copyright)"],
    ["本站所有文章版权所有，未经许可不得转载。", "footer (版权所有)"],
    ["【诚征会员】每年只需支付一份订阅费用。", "footer (诚征)"],
    ["责任编辑：张三", "footer (责任编辑)"],
    ["来源：示例日报", "source line"],
    ["稿源: 示例通讯社", "source line"],
    ["https://example.com/a/b/c.html", "link line"],
    ["原文链接（需翻墙）：https://example.org/x.html", "footer (原文链接)"],
    ["问题描述", "page label"],
    ["精选答案", "page label"],
    ["评论 12", "page label"],
    ["德国统一的经过 [ 2025-05-30 12:00:01]", "dated headline"],
    ["法国总统访问德国 2025-05-30", "dated headline"],
    ["发布时间：2024-05-06 08:30", "dateline"],
    ["2025-12-26 09:33:27", "dateline"],
    ["１９９８年１月１日", "dateline"],
    ["13912345678", "advertisement (phone number)"],
    ["客服电话：010-88886666", "advertisement (phone number)"],
    ["bet365体育官网登录入口", "advertisement"],
    ["点击下载官方APP", "advertisement"],
    ["拼搏进取,共创辉煌!", "advertisement (slogan)"],
    ["两国领导人举行会谈。(摄影：李四)", "photo caption"],
    ["会场外景（新华社记者王五摄）", "photo caption"],
    ["·—·—·", "no words"],
    ["作者：李明", "byline"],
  ])("%s → %s", (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    ["中国和俄罗斯签署了睦邻友好合作条约，双方同意加强战略协作。"],
    ["一、俄朝结盟的背景"],
    ["地缘政治与势力扩张需求"],
    ["中国外交部官网发布声明"],
    ["习近平　李强　赵乐际　王沪宁　蔡奇　丁薛祥　李希"],
    ["1942"],
    ["2024年9月10日，两国签署了合作协议。"],
    ["美国副总统与日本首相通电话，讨论两国同盟关系。"],
    ["They agreed to deepen cooperation and appreciate the support of the app makers."],
    ["双方有可能建立类似“澳英美”(AUKUS)三边协定那样的军事技术分享协议。"],
    ["俄罗斯科学院远东研究所的高级研究员瓦西里·卡申(Vassily Kashin)说。"],
    ["GDP增速 > 5%"],
  ])("keeps body text: %s", (text) => {
    expect(reason(text)).toBeNull();
  });

  it("uses markup: element hints, link density, image alts", () => {
    expect(reason("国际新闻", { hints: ["nav"] })).toBe("in nav element");
    expect(reason("图为会谈现场", { hints: ["caption"] })).toBe("caption element");
    expect(reason("俄罗斯总统普京访问朝鲜", { kind: "item", linkDensity: 1 })).toBe("link list");
    expect(reason("查看原文", { linkDensity: 1 })).toBe("link list");
    expect(reason("免翻墙浏览海外新闻、观看YouTube视频", { kind: "heading", linkDensity: 1 })).toBe("advertisement");
    expect(reason("两国元首在北京会谈。（图片来源：某社）", {}, ["两国元首在北京会谈。"])).toBe(
      "image caption repeating alt text",
    );
    const long =
      "中国和俄罗斯签署了睦邻友好合作条约，双方同意加强战略协作，两国关系处于历史最好时期，这一点得到了国际社会的广泛关注和认可，双方还在能源、金融和交通等多个领域签署了一系列新的合作协议。";
    expect(reason(long, { hints: ["related"] })).toBeNull();
  });
});

describe("sections", () => {
  it.each([
    ["相关文章更多", true],
    ["往期回顾 全部", true],
    ["猜你喜欢", true],
    ["相关推荐", true],
    ["延伸阅读：", true],
    ["Related Articles", true],
    ["相关文章显示，两国关系良好。", false],
    ["热点推荐的新闻很多很多很多很多很多很多", false],
  ])("related heading %s → %s", (text, expected) => {
    expect(isRelatedHeading(normalizeForMatching(text).toLowerCase())).toBe(expected);
  });

  it.each([
    ["参考资料", true],
    ["参考文献：", true],
    ["References", true],
    ["sources.", false],
  ])("reference heading %s → %s", (text, expected) => {
    expect(isReferenceHeading(text.toLowerCase())).toBe(expected);
  });

  it.each([
    ["俄外长谈对华关系 某某网 2025-11-13", true],
    ["[1] 《伟大的时代》，某网", true],
    ["特别声明:以上内容为用户上传", false],
    ["两国关系进一步发展。", false],
  ])("reference item %s → %s", (text, expected) => {
    expect(isReferenceItem(normalizeForMatching(text).toLowerCase())).toBe(expected);
  });

  it("recognises article text resuming after a related list", () => {
    expect(
      isResumedBody(
        "分析人士指出，这份协定是两国关系的重要一步，日本希望借此应对地区安全形势的变化，澳大利亚也持相同看法。",
        0,
      ),
    ).toBe(true);
    expect(
      isResumedBody(
        "大家好,今天小编关注到一个比较有意思的话题,就是关于日本传统节日烟火的问题,于是小编就整理了5个相关介绍的解答,1、和服是看烟花的时候穿",
        0,
      ),
    ).toBe(false);
    expect(isResumedBody("分析人士指出，这份协定是两国关系的重要一步，日本希望借此应对地区安全形势的变化。", 0.9)).toBe(
      false,
    );
  });
});

describe("seo and headline markers", () => {
  it.each([
    ["俄朝结盟引发全球震荡(普京 中俄军事结盟)", "俄朝结盟引发全球震荡", "(普京 中俄军事结盟)"],
    ["中美关系新进展（拜登 习近平 会晤）", "中美关系新进展", "（拜登 习近平 会晤）"],
    ["研究员卡申(Vassily Kashin)", "研究员卡申(Vassily Kashin)", null],
    ["日本传统节日烟火(日本传统节日烟火图片)", "日本传统节日烟火(日本传统节日烟火图片)", null],
    ["两国关系（新华社记者 李明 摄）", "两国关系（新华社记者 李明 摄）", null],
    ["(普京 中俄军事结盟)", "(普京 中俄军事结盟)", null],
  ])("stripSeoTag %s", (input, text, removed) => {
    expect(stripSeoTag(input)).toEqual({ text, removed });
  });

  it.each([
    ["中俄关系走多近？(图)", "中俄关系走多近？", "(图)"],
    ["【视频】航母编队训练", "航母编队训练", "【视频】"],
    ["越南与美国提升关系（组图）", "越南与美国提升关系", "（组图）"],
    ["没有标记的标题", "没有标记的标题", null],
  ])("stripTitleMarkers %s", (input, text, removed) => {
    expect(stripTitleMarkers(input)).toEqual({ text, removed });
  });
});
