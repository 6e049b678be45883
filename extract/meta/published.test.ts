import { describe, expect, it } from "vitest";
import type { Block } from "../types";
import { dateFromUrl, findPublished } from "./published";

const blocks = (...texts: string[]): Block[] => texts.map((text) => ({ text, kind: "paragraph" }));

describe("findPublished", () => {
  it.each([
    ["labelled date", ["标题", "发表时间:2025-03-21", "正文。"], "2025-03-21"],
    ["question update date", ["标题", "作者", "问题更新日期:2026-01-21 03:17:01"], "2026-01-21"],
    ["dateline", ["标题", "【看中国2021年12月5日讯】两国加强了关系。"], "2021-12-05"],
    ["programme header", ["《新闻联播》（20250509）", "本期节目主要内容："], "2025-05-09"],
    ["byline date and time", ["标题", "某某号", "2025年11月13日 10:00", "正文。"], "2025-11-13"],
    ["full-width", ["标题", "更新时间：２０２４年１月２日"], "2024-01-02"],
    ["Chinese numerals", ["迈向新世纪", "（一九九七年十二月三十一日）", "正文"], "1997-12-31"],
  ])("page: %s", (_label, texts, date) => {
    expect(findPublished({ blocks: blocks(...texts) })).toEqual({ published: date, source: "page" });
  });

  it("prefers the header's most specific date over body dates", () => {
    const input = {
      blocks: blocks("标题", "2024年5月", "发布时间：2024-05-06", "正文提到2020年1月1日的事。", "更新时间：2026-01-01"),
      headerEnd: 3,
    };
    expect(findPublished(input)).toEqual({ published: "2024-05-06", source: "page" });
  });

  it("does not take a bare date from the body as the page date", () => {
    const input = { blocks: blocks("标题", "正文第一段很长很长很长。", "2025-12-26 09:33:27"), headerEnd: 2 };
    expect(findPublished(input)).toEqual({ published: null, source: "none" });
  });

  it("reads HTML meta tags and <time>", () => {
    const raw =
      '<meta property="article:published_time" content="2024-05-06T08:30:00+08:00"><p>发布时间：2023-01-01</p>';
    expect(findPublished({ raw, blocks: blocks("发布时间：2023-01-01") })).toEqual({
      published: "2024-05-06",
      source: "page",
    });
    const time = '<time datetime="2018-09-01T07:15:06+08:00">2018年9月1日</time>';
    expect(findPublished({ raw: time, blocks: [] })).toEqual({ published: "2018-09-01", source: "page" });
  });

  it("falls back to the URL, the reference list, the user's date, then none", () => {
    const body = blocks("标题", "正文。");
    const url = "https://www.secretchina.com/news/gb/2021/12/05/991461.html";
    expect(findPublished({ blocks: body, urls: [url] }, { published: "2020-01-01" })).toEqual({
      published: "2021-12-05",
      source: "url",
    });
    const references = ["某文章 某网 2025-11-13", "另一文章 2025年11月9日 某社"];
    expect(findPublished({ blocks: body, references }, { published: "2020-01-01" })).toEqual({
      published: "2025-11-13",
      source: "references",
    });
    expect(findPublished({ blocks: body }, { published: "2020-01-01" })).toEqual({
      published: "2020-01-01",
      source: "user",
    });
    expect(findPublished({ blocks: body }, { published: "not a date" })).toEqual({ published: null, source: "none" });
  });

  it("completes a year-less dateline with the URL's year", () => {
    const input = {
      blocks: blocks("标题", "【大纪元9月10日讯】在地球的东方。"),
      urls: ["http://www.epochtimes.com/gb/6/9/10/n1449356.htm"],
    };
    expect(findPublished(input)).toEqual({ published: "2006-09-10", source: "page" });
  });
});

describe("dateFromUrl", () => {
  it.each([
    ["https://www.secretchina.com/news/gb/2021/12/05/991461.html", "2021-12-05"],
    ["http://www.epochtimes.com/gb/18/8/29/n10674568.htm", "2018-08-29"],
    ["http://www.xinhuanet.com/world/2025-05/09/c_1130.htm", "2025-05-09"],
    ["https://news.sina.com.cn/c/2025-05-09/doc-abc.shtml", "2025-05-09"],
    ["http://www.gov.cn/xinwen/2025/0509/c1002-1.html", "2025-05-09"],
    ["https://www.mfa.gov.cn/web/wjdt/t20250509_11.shtml", "2025-05-09"],
    ["/cctv/20220101.md", "2022-01-01"],
    ["https://www.voachinese.com/a/4553273.html", null],
    ["https://img3.secretchina.com/pic/2021/9-7/p3001.jpg", null],
  ])("%s → %s", (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});
