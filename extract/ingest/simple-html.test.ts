import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { markdownToHtml } from "./markup";
import { parseSimpleHtml, type SimpleHtmlHandler } from "./simple-html";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Events of a walk, consecutive text joined (the walkers may cut text differently). */
function record(feed: (h: SimpleHtmlHandler) => boolean | void): Event[] | null {
  const events: Event[] = [];
  const h: SimpleHtmlHandler = {
    onopentag: (name, attribs) => events.push(["open", name, { ...attribs }]),
    onclosetag: (name) => events.push(["close", name]),
    ontext: (text) => {
      const last = events[events.length - 1];
      if (last && last[0] === "text") last[1] += text;
      else events.push(["text", text]);
    },
  };
  return feed(h) === false ? null : events;
}

const fast = (html: string): Event[] | null => record((h) => parseSimpleHtml(html, h));
const library = (html: string): Event[] | null =>
  record((h) => {
    const p = new Parser(h, {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    });
    p.write(html);
    p.end();
  });

describe("parseSimpleHtml", () => {
  it.each<[string, Event[]]>([
    [
      "<p>中国<strong>和</strong>\n俄罗斯</p>",
      [
        ["open", "p", {}],
        ["text", "中国"],
        ["open", "strong", {}],
        ["text", "和"],
        ["close", "strong"],
        ["text", "\n俄罗斯"],
        ["close", "p"],
      ],
    ],
    [
      '<li><a href="https://example.org/?a=1&amp;b=2">相关阅读</a><li>第二条',
      [
        ["open", "li", {}],
        ["open", "a", { href: "https://example.org/?a=1&b=2" }],
        ["text", "相关阅读"],
        ["close", "a"],
        ["close", "li"],
        ["open", "li", {}],
        ["text", "第二条"],
        ["close", "li"],
      ],
    ],
    [
      "<!--repaste.body.begin-->央视网消息<br/>正文&nbsp;&#20013;",
      [
        ["text", "央视网消息"],
        ["open", "br", {}],
        ["close", "br"],
        ["text", "正文\u00a0中"],
      ],
    ],
    [
      "<DIV Class=nav>首页</p>x<IMAGE alt='图'>",
      [
        ["open", "div", { class: "nav" }],
        ["text", "首页"],
        ["open", "p", {}],
        ["close", "p"],
        ["text", "x"],
        ["open", "img", { alt: "图" }],
        ["close", "img"],
        ["close", "div"],
      ],
    ],
  ])("%s", (html, want) => {
    expect(fast(html)).toEqual(want);
    expect(library(html)).toEqual(want);
  });

  it.each([
    "<script>var a = '<p>';</script>",
    "<style>p{}</style>",
    "<title>标题</title>",
    "<svg><path/></svg>",
    "<form><input></form>",
    "<!DOCTYPE html><p>x</p>",
    "<p>&copy; 2024</p>",
    "<p>&amp</p>",
    "<![CDATA[x]]>",
    "<?xml version='1.0'?>",
    "<p class='open",
    "<!-- never closed",
    "a <",
  ])("leaves %s to htmlparser2", (html) => {
    expect(fast(html)).toBeNull();
  });

  it("walks the markdown of a broadcast transcript like htmlparser2", () => {
    const md = [
      "# 《新闻联播》（20220101）",
      "",
      "本期节目主要内容：",
      "",
      "1.《求是》杂志发表重要讲话；",
      "",
      "[查看原文](https://tv.cctv.com/2022/01/01/VIDE.shtml?a=1&b=2)",
      "",
      "<!--repaste.body.begin-->",
      "",
      "**央视网消息**（新闻联播）：中国与俄罗斯举行会谈。",
      "- 条目一",
      "- 条目 *二*",
    ].join("\n");
    const html = markdownToHtml(md);
    const got = fast(html);
    expect(got).not.toBeNull();
    expect(got).toEqual(library(html));
  });
});
