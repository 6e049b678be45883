import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeSource, formatFromExtension, sniffFormat } from "./decode";
import { BinaryFileError, DecodeError, EmptyFileError, ExtractError, UnsupportedFormatError } from "./errors";

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeSource charset detection", () => {
  it.each([
    [
      "gbk.txt",
      "GB18030",
      "新华社北京１９９８年１月１日电\n中国和俄罗斯两国元首在北京举行会谈，双方同意进一步发展战略协作伙伴关系。\n会谈在友好的气氛中进行。\n",
    ],
    [
      "big5.txt",
      "Big5",
      "中央社台北2024年5月6日電\n美國與日本簽署新的防衛合作協議，雙方同意加強同盟關係。\n會談在友好的氣氛中進行。\n",
    ],
    ["utf16le-nobom.txt", "UTF-16LE", "日本与韩国举行外长会谈。\n双方同意恢复安全对话机制。\n"],
    ["utf16be-bom.txt", "UTF-16BE", "日本与韩国举行外长会谈。\n双方同意恢复安全对话机制。\n"],
    ["utf16le-no-nul.txt", "UTF-16LE", "日本与韩国举行外长会谈双方同意恢复安全对话机制"],
    ["utf8-bom.md", "UTF-8", "# 标题\n\n正文第一段。\n"],
  ])("%s decodes as %s", (name, charset, text) => {
    const doc = decodeSource({ id: name, bytes: fixture(name) });
    expect(doc.charset).toBe(charset);
    expect(doc.raw).toBe(text);
  });

  it("reads plain UTF-8 and folds CRLF", () => {
    const doc = decodeSource({ id: "a/b.txt", bytes: utf8("中俄签署条约。\r\n第二行\r\n"), published: "2024-01-02" });
    expect(doc).toEqual({
      id: "a/b.txt",
      format: "txt",
      charset: "UTF-8",
      raw: "中俄签署条约。\n第二行\n",
      published: "2024-01-02",
    });
  });

  it("decodes a stray Latin-1 byte in an English file as windows-1252", () => {
    const bytes = new Uint8Array([...utf8("The caf"), 0xe9, ...utf8(" opened in Paris on Monday, officials said.\n")]);
    const doc = decodeSource({ id: "en.txt", bytes });
    expect(doc.charset).toBe("windows-1252");
    expect(doc.raw).toBe("The café opened in Paris on Monday, officials said.\n");
  });
});

describe("decodeSource format", () => {
  it.each([
    ["x.txt", "txt"],
    ["x.HTML", "html"],
    ["dir.v2/x.htm", "html"],
    ["x.md", "md"],
    ["x.markdown", "md"],
  ])("%s → %s", (id, format) => {
    expect(formatFromExtension(id)).toBe(format);
  });

  it("treats a .txt page saved as markdown with inline HTML as md", () => {
    const raw = "### 标题\n---\n<p>\n 第一段\n</p>\n<p>第二段</p>\n<div>x</div><br/>\n";
    expect(sniffFormat(raw, "txt")).toBe("md");
    expect(sniffFormat("<!DOCTYPE html><html><body><p>正文</p></body></html>", "txt")).toBe("html");
    expect(sniffFormat("首页 > 问答 > 标题\n正文第一段。\n", "txt")).toBe("txt");
    expect(sniffFormat("<p>a</p><p>b</p><p>c</p><p>d</p>", "md")).toBe("md");
  });
});

describe("decodeSource errors", () => {
  it("rejects an unknown extension, naming the file", () => {
    const err = (() => {
      try {
        decodeSource({ id: "docs/report.pdf", bytes: utf8("x") });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UnsupportedFormatError);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as Error).name).toBe("UnsupportedFormatError");
    expect((err as Error).message).toContain("docs/report.pdf");
    expect((err as Error).message).toContain(".pdf");
    expect(() => decodeSource({ id: "README", bytes: utf8("x") })).toThrow(
      /README: unsupported file type "\(no extension\)"/,
    );
  });

  it.each([
    ["empty", new Uint8Array(0), EmptyFileError, /empty\.txt: file is empty/],
    ["BOM only", new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), EmptyFileError, /file is empty/],
    [
      "NULs on both byte lanes",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0, 0x52, 0, 0x01]),
      BinaryFileError,
      /binary file \(\d+ NUL bytes/,
    ],
    [
      "control characters",
      new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      BinaryFileError,
      /control characters/,
    ],
    ["undecodable bytes", new Uint8Array([0xff, 0xff, 0x80, 0xff, 0x81]), DecodeError, /cannot decode text/],
  ])("%s", (label, bytes, cls, message) => {
    const id = label === "empty" ? "empty.txt" : "bad.txt";
    expect(() => decodeSource({ id, bytes })).toThrow(cls);
    expect(() => decodeSource({ id, bytes })).toThrow(message);
  });
});

describe("People's Daily 1998 (GBK corpus)", () => {
  const path = "/work/shared/corpora/pd1998/199801-01to15.txt";
  it.skipIf(!existsSync(path))("decodes the GBK file (skipped when " + path + " is absent)", () => {
    const bytes = new Uint8Array(readFileSync(path));
    const doc = decodeSource({ id: "199801-01to15.txt", bytes });
    expect(doc.charset).toBe("GB18030");
    expect(
      doc.raw.startsWith(
        "19980101-01-001-001/m  迈向/v  充满/v  希望/n  的/u  新/a  世纪/n  ——/w  一九九八年/t  新年/t  讲话/n",
      ),
    ).toBe(true);
    expect(doc.raw).toContain("１９９７年/t  ，/w  是/v  中国/ns  发展/vn  历史/n");
    expect(doc.raw.includes("\r")).toBe(false);
  });

  it.skipIf(!existsSync(path))("decodes a 64 KB prefix cut at a line end (skipped when " + path + " is absent)", () => {
    const all = new Uint8Array(readFileSync(path));
    const cut = all.indexOf(0x0a, 64 * 1024) + 1;
    const doc = decodeSource({ id: "pd1998-prefix.txt", bytes: all.subarray(0, cut) });
    expect(doc.charset).toBe("GB18030");
    const lines = doc.raw.split("\n");
    expect(lines[1]).toBe("19980101-01-001-002/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr  ");
    expect(lines[2]).toBe("19980101-01-001-003/m  （/w  一九九七年/t  十二月/t  三十一日/t  ）/w  ");
    expect(lines.at(-1)).toBe("");
  });
});
