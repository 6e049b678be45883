import { describe, expect, it } from "vitest";
import { cleanDocument } from "./index";
import { tableOfContents, type TocLine } from "./toc";

const p = (text: string): TocLine => ({ text, kind: "paragraph" });
const h = (text: string): TocLine => ({ text, kind: "heading" });

describe("tableOfContents", () => {
  it.each<[string, TocLine[], number[]]>([
    [
      "numbered entries announcing later headings, with their label and a split entry",
      [
        h("新闻摘要"),
        p("本期主要内容："),
        p("1.法国总统会见德国总理；"),
        p("2.评论员文章："),
        p("坚定不移推进改革；"),
        p("3.国内快讯："),
        p("（1）某市举办灯会；"),
        p("（2）某省发布交通新规。（《晚间新闻》 20250101 19:00）"),
        h("法国总统会见德国总理"),
        p("法国总统当天在巴黎会见了德国总理，双方讨论了能源合作。"),
        h("评论员文章：坚定不移推进改革"),
        p("文章指出，改革要坚定不移。"),
        h("国内快讯"),
        p("某市举办灯会"),
        p("灯会吸引了大量游客。"),
        p("某省发布交通新规"),
        p("新规将于下月实施。"),
      ],
      [1, 2, 3, 4, 5, 6, 7],
    ],
    [
      "an entry that merges a heading and its subheading still announces the heading",
      [
        p("1.日本与澳大利亚举行会谈 双方签署防务协定 专家解读；"),
        p("2.印度发射新型卫星；"),
        p("3.巴西举行大选；"),
        h("日本与澳大利亚举行会谈 双方签署防务协定"),
        h("印度发射新型卫星"),
        h("巴西举行大选"),
      ],
      [0, 1, 2],
    ],
    [
      "numbered steps that come back nowhere are text",
      [p("1.先把水烧开；"), p("2.再放入面条；"), p("3.煮五分钟后捞出。"), h("小贴士"), p("面条不宜久煮。")],
      [],
    ],
    [
      "fewer than three announced entries are no table of contents",
      [p("1.法国总统会见德国总理；"), p("2.天气转冷；"), h("法国总统会见德国总理"), p("正文。")],
      [],
    ],
  ])("%s", (_name, lines, expected) => {
    expect(tableOfContents(lines)).toEqual(expected);
  });
});

describe("cleanDocument drops a broadcast's table of contents", () => {
  it("keeps the stories and drops the list that announces them", () => {
    const md = [
      "# 《晚间新闻》（20250101）",
      "## 新闻摘要",
      "本期主要内容：",
      "",
      "1.法国总统会见德国总理；",
      "",
      "2.印度与日本举行联合演习；",
      "",
      "3.巴西举行大选。（《晚间新闻》 20250101 19:00）",
      "",
      "## 详细新闻",
      "### 法国总统会见德国总理",
      "法国总统当天在巴黎会见了德国总理，双方讨论了能源合作。",
      "### 印度与日本举行联合演习",
      "印度与日本海军当天在孟加拉湾举行了联合演习。",
      "### 巴西举行大选",
      "巴西当天举行了总统选举，投票率较高。",
    ].join("\n");
    const doc = cleanDocument({ id: "t.md", format: "md", charset: "UTF-8", raw: md });
    expect(doc.dropped.filter((d) => d.reason === "table of contents").map((d) => d.text)).toEqual([
      "本期主要内容：",
      "1.法国总统会见德国总理；",
      "2.印度与日本举行联合演习；",
      "3.巴西举行大选。（《晚间新闻》 20250101 19:00）",
    ]);
    expect(doc.text).toContain("印度与日本海军当天在孟加拉湾举行了联合演习。");
    expect(doc.text).not.toContain("1.法国总统");
  });
});
