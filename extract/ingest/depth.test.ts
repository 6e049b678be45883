import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boundMarkupDepth, MAX_MARKUP_DEPTH } from "./depth";
import { toBlocks } from "./markup";

const FIXTURE = join(import.meta.dirname, "..", "clean", "fixtures", "news-page.html");

describe("boundMarkupDepth", () => {
  it("removes the tags opened past the bound and their closing tags, keeping the text", () => {
    const html = "<div>".repeat(1000) + "中国和俄罗斯结盟。" + "</div>".repeat(1000);
    const out = boundMarkupDepth(html);
    expect(out.removed).toBe(2 * (1000 - MAX_MARKUP_DEPTH));
    expect(out.html).toBe("<div>".repeat(MAX_MARKUP_DEPTH) + "中国和俄罗斯结盟。" + "</div>".repeat(MAX_MARKUP_DEPTH));
  });

  it("removes runs of closing tags that close nothing", () => {
    const html = "<p>中国</p>" + "</span>".repeat(5000) + "<p>俄罗斯</p>";
    expect(boundMarkupDepth(html)).toEqual({ html: "<p>中国</p><p>俄罗斯</p>", removed: 5000 });
  });

  it("reads implied closes (a list of unclosed <li>) as flat, not deep", () => {
    const html = "<ul>" + "<li>中国".repeat(2000) + "</ul>";
    expect(boundMarkupDepth(html)).toEqual({ html, removed: 0 });
  });

  it("returns an ordinary page unchanged, and tags inside a script are no markup", () => {
    const page = readFileSync(FIXTURE, "utf8");
    expect(boundMarkupDepth(page).html).toBe(page);
    const script = "<script>" + "<div>".repeat(2000) + "</script><p>中国</p>";
    expect(boundMarkupDepth(script)).toEqual({ html: script, removed: 0 });
  });

  it("lets toBlocks read 10⁵ nested tables in linear time", () => {
    const n = 100_000;
    const html = "<table><tr><td>".repeat(n) + "中国和俄罗斯结盟。" + "</td></tr></table>".repeat(n);
    const t0 = performance.now();
    const blocks = toBlocks(html, "html");
    expect(blocks.map((b) => b.text)).toEqual(["中国和俄罗斯结盟。"]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
