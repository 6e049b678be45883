import { describe, expect, it } from "vitest";
import { markdownToHtml, toBlocks } from "./markup";

const texts = (raw: string, format: "txt" | "html" | "md"): string[] => toBlocks(raw, format).map((b) => b.text);

describe("toBlocks: HTML", () => {
  it("joins Chinese split across tags and lines without inserting spaces", () => {
    const html =
      "<p>\n  虽然如此，但是\n  <strong>\n   中国\n  </strong>\n  和\n  <strong><span>俄罗斯</span></strong>\n  今年加强了关系。\n</p>";
    expect(texts(html, "html")).toEqual(["虽然如此，但是中国和俄罗斯今年加强了关系。"]);
  });

  it("keeps one space between Latin words and deliberate spaces", () => {
    const html = "<p>Russia\n  <b>and</b>\n  China 中俄关系 双方还能走多近</p>";
    expect(texts(html, "html")).toEqual(["Russia and China 中俄关系 双方还能走多近"]);
  });

  it("drops scripts, styles, ads, form controls and hidden elements", () => {
    const html = [
      "<html><head><title>页面标题</title><style>p{}</style><script>var a='隐藏';</script></head><body>",
      "<noscript>请启用脚本</noscript><iframe>框架</iframe><ins class='adsbygoogle'>广告位</ins>",
      "<p>正文第一段。<input value='输入框'><button>提交</button><select><option>选项</option></select></p>",
      "<p style='display:none'>隐藏段落</p><p hidden>也隐藏</p><p>正文第二段。</p></body></html>",
    ].join("");
    expect(toBlocks(html, "html").map((b) => [b.text, b.kind, b.hints])).toEqual([
      ["页面标题", "heading", ["title-element"]],
      ["正文第一段。", "paragraph", []],
      ["正文第二段。", "paragraph", []],
    ]);
  });

  it("breaks blocks at block elements and <br>, marks headings and items", () => {
    const html =
      "<h2>小标题</h2><div>甲段<br>乙段<div>丙段</div>丁段</div><ul><li>条目一</li><li><a href='/x'>条目二</a></li></ul>";
    const blocks = toBlocks(html, "html");
    expect(blocks.map((b) => [b.text, b.kind, b.level ?? 0, b.linkDensity])).toEqual([
      ["小标题", "heading", 2, 0],
      ["甲段", "paragraph", 0, 0],
      ["乙段", "paragraph", 0, 0],
      ["丙段", "paragraph", 0, 0],
      ["丁段", "paragraph", 0, 0],
      ["条目一", "item", 0, 0],
      ["条目二", "item", 0, 1],
    ]);
  });

  it("never makes image alt text body, but records it for the caption rule", () => {
    const html =
      '<p><img alt="两国元首在北京会谈。" src="a.jpg"><br>两国元首在北京会谈。（图片来源：新华社）</p><p>正文。</p>';
    const blocks = toBlocks(html, "html");
    expect(blocks.map((b) => b.text)).toEqual(["两国元首在北京会谈。（图片来源：新华社）", "正文。"]);
    expect(blocks[0].alts).toEqual(["两国元首在北京会谈。"]);
  });

  it("decodes entities and records hints from tags, classes and ids", () => {
    const html =
      '<nav>首页&nbsp;|&nbsp;国际</nav><div class="article-share">分享到</div><div id="related_news"><p>旧闻</p></div><figure><figcaption>图注&amp;说明</figcaption></figure><footer>版权</footer>';
    expect(toBlocks(html, "html").map((b) => [b.text, b.hints])).toEqual([
      ["首页 | 国际", ["nav"]],
      ["分享到", ["share"]],
      ["旧闻", ["related"]],
      ["图注&说明", ["caption"]],
      ["版权", ["footer"]],
    ]);
  });

  it("counts spans with href as links", () => {
    const [b] = toBlocks('<p>来源: <span href="/tag/x">美国之音</span></p>', "html");
    expect(b.text).toBe("来源: 美国之音");
    expect(b.linkDensity).toBeCloseTo(4 / 7);
  });
});

describe("toBlocks: markdown with inline HTML", () => {
  it("turns links into their text, # lines into headings and drops rules", () => {
    const md = [
      "### 中俄关系新动向 双方还能走多近？(图)",
      "------------------------",
      "",
      "#### [首页](https://example.com/a.md) &nbsp;&nbsp;|&nbsp;&nbsp; [翻墙教程](https://example.com/b)",
      "",
      "---",
      "**央视网消息**（新闻联播）：两国元首举行会谈。",
      "",
      "[查看原文](https://tv.example.com/2022/01/01/x.shtml)",
      "",
      "https://example.com/pages/p9/1.md <br/>",
    ].join("\n");
    const blocks = toBlocks(md, "md");
    expect(blocks.map((b) => [b.text, b.kind, b.linkDensity])).toEqual([
      ["中俄关系新动向 双方还能走多近？(图)", "heading", 0],
      ["首页 | 翻墙教程", "heading", 6 / 7],
      ["央视网消息（新闻联播）：两国元首举行会谈。", "paragraph", 0],
      ["查看原文", "paragraph", 1],
      ["https://example.com/pages/p9/1.md", "paragraph", 0],
    ]);
  });

  it("joins soft-wrapped Chinese lines and keeps list items", () => {
    const md = "第一行中文\n接着第二行。\n\n- 条目甲\n- 条目乙\n1. 编号条目\n> 引用文字";
    expect(toBlocks(md, "md").map((b) => [b.text, b.kind])).toEqual([
      ["第一行中文接着第二行。", "paragraph"],
      ["条目甲", "item"],
      ["条目乙", "item"],
      ["编号条目", "item"],
      ["引用文字", "paragraph"],
    ]);
  });

  it("leaves HTML attributes alone while converting markdown", () => {
    expect(markdownToHtml('<a href="http://x/a__b__c">**链接**</a> 和 `代码`')).toBe(
      '<a href="http://x/a__b__c">链接</a> 和 代码\n',
    );
    expect(markdownToHtml("![图片说明](p.png)")).toBe('<img alt="图片说明">\n');
  });
});

describe("toBlocks: plain text", () => {
  it("gives one block per non-empty line, trimmed", () => {
    expect(texts("　　第一段。\n\n    第二段  有  空格\n\t\n第三段", "txt")).toEqual([
      "第一段。",
      "第二段 有 空格",
      "第三段",
    ]);
  });
});
