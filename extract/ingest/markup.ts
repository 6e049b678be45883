/**
 * Decoded text → visible blocks. HTML goes through htmlparser2 (scripts, ads, form controls and
 * hidden elements dropped; block elements and <br> break blocks; h1–h6 become headings, li items;
 * image alt text is recorded on the block, never made body). Markdown (with inline HTML, as pages
 * saved from the web usually are) is first turned into HTML: `[text](url)` keeps its text, `#`
 * lines become headings, rules are dropped, bare URLs stay text for the boilerplate stage to judge.
 * Plain text gives one block per non-empty line.
 *
 * @example
 * toBlocks("<p>中国<strong>和</strong>\n俄罗斯</p>", "html") // [{ text: "中国和俄罗斯", kind: "paragraph", ... }]
 */
import type { SourceFormat } from "../types";
import { htmlBlocks, NONE, type MarkupBlock } from "./html-blocks";
import { markdownToHtml } from "./markdown";
import { collapseWhitespace } from "./whitespace";

export type { MarkupBlock } from "./html-blocks";
export { markdownToHtml } from "./markdown";

function textBlocks(raw: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  for (const line of raw.split("\n")) {
    const text = collapseWhitespace(line);
    if (text) blocks.push({ text, kind: "paragraph", linkDensity: 0, alts: NONE, hints: NONE });
  }
  return blocks;
}

/**
 * Splits decoded text into visible blocks (paragraphs, headings, list items), markup stripped,
 * whitespace folded. The blocks carry link density, image alts and element hints for the cleaner.
 */
export function toBlocks(raw: string, format: SourceFormat): MarkupBlock[] {
  if (format === "txt") return textBlocks(raw);
  return htmlBlocks(format === "md" ? markdownToHtml(raw) : raw);
}
