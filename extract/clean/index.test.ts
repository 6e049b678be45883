import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSource } from "../ingest/decode";
import { EmptyFileError, UnsupportedFormatError } from "../ingest/errors";
import { cleanDocument, extractDocumentText } from "./index";

const fixture = (name: string, published?: string) =>
  extractDocumentText({
    id: name,
    bytes: new Uint8Array(readFileSync(join(__dirname, "fixtures", name))),
    ...(published ? { published } : {}),
  });
const reasonOf = (doc: { dropped: { text: string; reason: string }[] }, start: string): string | undefined =>
  doc.dropped.find((d) => d.text.startsWith(start))?.reason;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("cleanDocument on fixture pages", () => {
  it("news page (HTML): keeps the article, drops nav, breadcrumb, share, counter, caption, ads, related, footer", () => {
    const doc = fixture("news-page.html");
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("日本与澳大利亚签署防务合作协定");
    expect(doc.text).toBe(
      [
        "日本与澳大利亚签署防务合作协定",
        "日本首相和澳大利亚总理6日在东京签署了一项新的防务合作协定，两国同意加强联合训练和情报共享。",
        "分析人士指出，这份协定是两国关系的重要一步，日本希望借此应对地区安全形势的变化。",
        "澳大利亚外长表示，协定不针对任何第三方。",
      ].join("\n"),
    );
    expect([doc.published, doc.publishedSource]).toEqual(["2024-05-06", "page"]);
    expect(
      [
        ["首页 国际 军事", "in nav element"],
        ["首页 > 国际 > 正文", "in breadcrumb element"],
        ["2024-05-06 08:30 来源：示例新闻网", "dateline"],
        ["分享到：微信 微博", "in share element"],
        ["浏览次数：1024", "view counter"],
        ["日本首相与澳大利亚总理在东京出席签字仪式。（图片来源", "caption element"],
        ["kaiyun体育官网登录入口", "in ad element"],
        ["咨询热线：400-123-4567", "advertisement (phone number)"],
        ["（责任编辑：王某）", "footer (责任编辑)"],
        ["相关阅读", "related-articles heading"],
        ["韩国与美国举行联合演习", "related list"],
      ].map(([t]) => [t, reasonOf(doc, t)]),
    ).toEqual([
      ["首页 国际 军事", "in nav element"],
      ["首页 > 国际 > 正文", "in breadcrumb element"],
      ["2024-05-06 08:30 来源：示例新闻网", "dateline"],
      ["分享到：微信 微博", "in share element"],
      ["浏览次数：1024", "view counter"],
      ["日本首相与澳大利亚总理在东京出席签字仪式。（图片来源", "caption element"],
      ["kaiyun体育官网登录入口", "in ad element"],
      ["咨询热线：400-123-4567", "advertisement (phone number)"],
      ["（责任编辑：王某）", "footer (责任编辑)"],
      ["相关阅读", "related-articles heading"],
      ["韩国与美国举行联合演习", "related list"],
    ]);
    for (const hidden of ["不应出现的脚本文字", "隐藏的关键词堆砌文字", "广告位"]) {
      expect(doc.text.includes(hidden) || doc.dropped.some((d) => d.text.includes(hidden))).toBe(false);
    }
  });

  it("Q&A page (text): nav bar with city list, breadcrumb, byline, labels, excerpt and dated related list", () => {
    const doc = fixture("qa-page.txt");
    expect(doc.text.split("\n")).toEqual([
      "为什么英国与法国在1904年签订了《英法协约》?",
      "1904年英国与法国签订《英法协约》,两国结束了长期的殖民竞争,转而共同应对德国的崛起。",
      "德国崛起带来的压力",
      "德国海军的扩张让英国感到威胁,法国也一直担心德国在欧洲大陆的力量。两国因此走到了一起。",
    ]);
    expect([doc.published, doc.publishedSource]).toEqual(["2025-06-02", "page"]);
    expect(reasonOf(doc, "历史回顾 首页")).toBe("navigation bar");
    expect(reasonOf(doc, "首页 > 问答")).toBe("breadcrumb");
    expect(reasonOf(doc, "历史爱好者小王")).toBe("byline");
    expect(reasonOf(doc, "精选答案")).toBe("page label");
    expect(reasonOf(doc, "德国统一的经过")).toBe("related list");
  });

  it("portal page (text): reference list dates the page; disclaimers and sidebar triples dropped", () => {
    const doc = fixture("portal-page.txt");
    expect(doc.text.split("\n")).toEqual([
      "印度与俄罗斯续签能源合作协议,双方强调伙伴关系",
      "本月初,印度与俄罗斯续签了一项为期十年的能源合作协议,双方强调两国是长期的战略伙伴。",
      "印度外长在记者会上表示,印度将继续奉行独立自主的外交政策,不参加任何军事同盟。",
    ]);
    expect([doc.published, doc.publishedSource]).toEqual(["2024-03-08", "references"]);
    expect(reasonOf(doc, "特别声明")).toBe("footer (特别声明)");
    expect(reasonOf(doc, "Notice:")).toBe("footer (notice:)");
    expect(reasonOf(doc, "2025-02-01 10:00:00")).toBe("related list");
  });

  it("mirror page (markdown + HTML): menus, 翻墙 ads, caption, source line, short-URL footer, share, URLs", () => {
    const doc = fixture("mirror-page.md");
    expect(doc.text.split("\n")).toEqual([
      "越南与美国提升关系 双方宣布建立全面战略伙伴关系",
      "【示例报2023年9月11日讯】越南与美国周日宣布将两国关系提升为全面战略伙伴关系。",
      "分析人士说，河内希望在大国之间保持平衡。",
    ]);
    expect([doc.published, doc.publishedSource]).toEqual(["2023-09-11", "page"]);
    expect(doc.dropped.map((d) => d.reason)).toEqual([
      "seo keyword tag or headline marker",
      "menu",
      "image caption repeating alt text",
      "advertisement",
      "source line",
      "footer (本文短网址)",
      "share widget",
      "link line",
      "footer (原文地址)",
    ]);
  });

  it("ends a related box of links at the next plain paragraph", () => {
    const raw = [
      "<h1>两国签署协定</h1>",
      "<p>两国外长今天在首都签署了一项合作协定，双方同意在能源和交通领域加强合作。</p>",
      "<h3>相关阅读</h3><ul><li><a href='/a'>另一条新闻标题</a></li><li><a href='/b'>又一条新闻标题</a></li></ul>",
      "<p>协定将于明年一月生效，有效期为十年，期满后可以自动延长五年，双方对此表示满意。</p>",
    ].join("");
    const doc = cleanDocument({ id: "r.html", format: "html", charset: "UTF-8", raw });
    expect(doc.text.split("\n")).toEqual([
      "两国签署协定",
      "两国外长今天在首都签署了一项合作协定，双方同意在能源和交通领域加强合作。",
      "协定将于明年一月生效，有效期为十年，期满后可以自动延长五年，双方对此表示满意。",
    ]);
  });

  it("dates a page by its source URL, then by the user's date", () => {
    const page = "<h1>标题</h1><p>正文第一段，内容足够长，用来测试没有页面日期时的回退顺序。</p>";
    const withUrl = `${page}<p>原文链接：https://www.example.org/news/2019/07/04/abc.html</p>`;
    const a = cleanDocument(
      { id: "a.html", format: "html", charset: "UTF-8", raw: withUrl },
      { published: "2020-01-01" },
    );
    expect([a.published, a.publishedSource]).toEqual(["2019-07-04", "url"]);
    const b = cleanDocument({ id: "b.html", format: "html", charset: "UTF-8", raw: page }, { published: "2020-01-01" });
    expect([b.published, b.publishedSource]).toEqual(["2020-01-01", "user"]);
    const c = cleanDocument({ id: "c.html", format: "html", charset: "UTF-8", raw: page });
    expect([c.published, c.publishedSource]).toEqual([null, "none"]);
  });

  it("uses the <title> element when a page has no headings, and puts it first", () => {
    const raw =
      "<html><head><title>德法两国发表联合声明 | 示例网</title></head><body><p>德国和法国今天发表联合声明，重申两国的伙伴关系。</p></body></html>";
    const doc = cleanDocument({ id: "t.html", format: "html", charset: "UTF-8", raw });
    expect(doc.title).toBe("德法两国发表联合声明");
    expect(doc.text).toBe("德法两国发表联合声明\n德国和法国今天发表联合声明，重申两国的伙伴关系。");
  });

  it("keeps Traditional text as written and folds `norm`", () => {
    const doc = cleanDocument({
      id: "z.txt",
      format: "txt",
      charset: "Big5",
      raw: "美日同盟\n美國與日本簽署新的防衛合作協議，１０月生效。\n",
    });
    expect(doc.text).toBe("美日同盟\n美國與日本簽署新的防衛合作協議，１０月生效。");
    expect(doc.norm).toBe("美日同盟\n美国与日本签署新的防卫合作协议,10月生效。");
  });

  it("detects English documents", () => {
    const doc = cleanDocument({
      id: "e.txt",
      format: "txt",
      charset: "UTF-8",
      raw: "Japan and Australia sign defence pact\nThe two countries agreed on Monday to deepen military cooperation.\n",
    });
    expect(doc.lang).toBe("en");
    expect(doc.title).toBe("Japan and Australia sign defence pact");
    expect(doc.dropped).toEqual([]);
  });
});

describe("extractDocumentText errors", () => {
  it("throws the typed ingest errors", () => {
    expect(() => extractDocumentText({ id: "x.docx", bytes: utf8("hi") })).toThrow(UnsupportedFormatError);
    expect(() => extractDocumentText({ id: "x.txt", bytes: new Uint8Array(0) })).toThrow(EmptyFileError);
  });
});

describe("speed on the CCTV transcripts", () => {
  const dir = "/work/shared/corpora/cctv-xwlb";
  it.skipIf(!existsSync(dir))(`cleans 60 days well under a second per MB (skipped when ${dir} is absent)`, () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .slice(0, 60);
    const sources = files.map((f) => ({ id: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
    const mb = sources.reduce((n, s) => n + s.bytes.length, 0) / 1e6;
    for (const s of sources.slice(0, 5)) cleanDocument(decodeSource(s)); // warm up (JIT, OpenCC tables)
    const t0 = performance.now();
    for (const s of sources) {
      const doc = cleanDocument(decodeSource(s));
      expect(doc.published).toBe(s.id.replace(/^(\d{4})(\d{2})(\d{2}).*/, "$1-$2-$3"));
    }
    const msPerMb = (performance.now() - t0) / mb;
    // About 100 ms/MB on an idle core; the bound leaves room for a busy shared machine.
    expect(msPerMb).toBeLessThan(1000);
  });
});
