import { describe, expect, it } from "vitest";
import { findTitle, stripSiteName, type TitleBlock } from "./title";

const p = (text: string): TitleBlock => ({ text, kind: "paragraph" });
const h = (text: string, level: number): TitleBlock => ({ text, kind: "heading", level });

describe("findTitle", () => {
  it("html: the first <h1>", () => {
    expect(findTitle([h("栏目", 3), p("导语。"), h("两国签署协定", 1)], "html", "两国签署协定 - 某网")).toEqual({
      index: 2,
      text: "两国签署协定",
    });
  });

  it("html: the <title> without the site name when no <h1>", () => {
    expect(findTitle([p("德法两国发表联合声明"), p("正文。")], "html", "德法两国发表联合声明_某某网")).toEqual({
      index: 0,
      text: "德法两国发表联合声明",
    });
    expect(findTitle([p("正文。")], "html", "德法两国发表联合声明 | 某网")).toEqual({
      index: -1,
      text: "德法两国发表联合声明",
    });
  });

  it("md: the first heading", () => {
    expect(findTitle([h("《新闻联播》（20220101）", 1), h("新闻摘要", 2)], "md")).toEqual({
      index: 0,
      text: "《新闻联播》（20220101）",
    });
  });

  it("txt: a line repeated further down, else the first headline-like line", () => {
    const blocks = [p("短广告"), p("俄朝结盟引发全球震荡"), p("正文第一段。"), p("俄朝结盟引发全球震荡")];
    expect(findTitle(blocks, "txt")).toEqual({ index: 1, text: "俄朝结盟引发全球震荡" });
    expect(findTitle([p("俄国为何选择这个借口?"), p("正文。")], "txt")).toEqual({
      index: 0,
      text: "俄国为何选择这个借口?",
    });
  });

  it("txt: no title when the first line is a wrapped sentence", () => {
    expect(
      findTitle(
        [p("On behalf of my delegation, I congratulate the President"), p("of the Assembly on his election.")],
        "txt",
      ),
    ).toEqual({
      index: -1,
      text: "",
    });
    expect(
      findTitle([p("It is certainly a great opportunity for the"), p("General Assembly to meet.")], "txt").index,
    ).toBe(-1);
  });

  it("txt: no title when the first line is a paragraph", () => {
    const first = "中国和俄罗斯今年加强了政治、经济和军事方面的关系，两国都对西方越来越大的压力表示了不满。";
    expect(findTitle([p(first), p("第二段。")], "txt")).toEqual({ index: -1, text: "" });
  });

  it("strips site names", () => {
    expect(stripSiteName("中美会谈 - 网易新闻")).toBe("中美会谈");
    expect(stripSiteName("网易新闻 | 中美两国元首举行会谈")).toBe("中美两国元首举行会谈");
    expect(stripSiteName("没有站名的标题")).toBe("没有站名的标题");
  });
});
