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
import { Parser } from "htmlparser2";
import boilerplate from "../data/boilerplate.json";
import type { Block, SourceFormat } from "../types";
import { collapseWhitespace } from "./whitespace";

/** A block with what the markup said about it, for the boilerplate rules. */
export interface MarkupBlock extends Block {
  /** 1–6 for headings. */
  level?: number;
  /** Share of the block's non-space characters that sit inside links (0 for plain text). */
  linkDensity: number;
  /** Alt texts of images met since the previous block (and inside this one). */
  alts: string[];
  /**
   * Boilerplate hints from enclosing elements: "nav", "footer", "sidebar", "caption", "share",
   * "related", "comment", "ad", "breadcrumb", and "title-element" for the HTML <title>.
   */
  hints: string[];
}

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "iframe",
  "ins",
  "input",
  "select",
  "option",
  "button",
  "textarea",
  "template",
  "svg",
  "canvas",
  "object",
  "embed",
  "video",
  "audio",
  "map",
]);

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "ul",
]);

const TAG_HINTS: Record<string, string> = { nav: "nav", footer: "footer", aside: "sidebar", figcaption: "caption" };

/** class/id token → hint, from extract/data/boilerplate.json. */
const CLASS_HINTS: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [hint, tokens] of Object.entries(boilerplate.classHints)) for (const t of tokens) m.set(t, hint);
  return m;
})();

function hintsOf(name: string, attribs: Record<string, string>): string[] | null {
  const out: string[] = [];
  const tag = TAG_HINTS[name];
  if (tag) out.push(tag);
  const names = `${attribs.class ?? ""} ${attribs.id ?? ""}`.toLowerCase();
  if (names.trim()) {
    for (const token of names.split(/[\s_-]+/)) {
      const h = CLASS_HINTS.get(token);
      if (h && !out.includes(h)) out.push(h);
    }
  }
  return out.length ? out : null;
}

function isHidden(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs) return true;
  const style = attribs.style;
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

interface Frame {
  name: string;
  skip: boolean;
  link: boolean;
  hints: string[] | null;
  level: number;
  item: boolean;
  title: boolean;
}

/** Walks HTML and returns its visible blocks. */
function htmlBlocks(html: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  const stack: Frame[] = [];
  let skipDepth = 0;
  let linkDepth = 0;
  let pieces: string[] = [];
  let linkChars = 0;
  let pendingAlts: string[] = [];
  let started = false;
  let kind: Block["kind"] = "paragraph";
  let level = 0;
  let hints: string[] = [];

  const context = (): void => {
    kind = "paragraph";
    level = 0;
    const hs = new Set<string>();
    let item = false;
    let title = false;
    for (const f of stack) {
      if (f.level) level = f.level;
      if (f.item) item = true;
      if (f.title) title = true;
      if (f.hints) for (const h of f.hints) hs.add(h);
    }
    if (level) kind = "heading";
    else if (item) kind = "item";
    if (title) {
      kind = "heading";
      hs.add("title-element");
    }
    hints = [...hs];
  };

  const flush = (): void => {
    if (!pieces.length) return;
    const text = collapseWhitespace(pieces.join(""));
    pieces = [];
    if (text) {
      const total = countNonSpace(text);
      const block: MarkupBlock = {
        text,
        kind,
        linkDensity: total ? Math.min(1, linkChars / total) : 0,
        alts: pendingAlts,
        hints,
      };
      if (level) block.level = level;
      blocks.push(block);
      pendingAlts = [];
    }
    linkChars = 0;
    started = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (BLOCK.has(name)) flush();
        const hLevel = /^h[1-6]$/.test(name) ? Number(name[1]) : 0;
        const frame: Frame = {
          name,
          skip: SKIP.has(name) || isHidden(attribs),
          link: name === "a" || ("href" in attribs && name !== "link" && name !== "base"),
          hints: hintsOf(name, attribs),
          level: hLevel,
          item: name === "li" || name === "dt" || name === "dd",
          title: name === "title",
        };
        if (name === "img" && skipDepth === 0) {
          const alt = collapseWhitespace(attribs.alt ?? "");
          if (alt) pendingAlts.push(alt);
        }
        stack.push(frame);
        if (frame.skip) skipDepth++;
        if (frame.link) linkDepth++;
      },
      onclosetag(name) {
        let at = stack.length - 1;
        while (at >= 0 && stack[at].name !== name) at--;
        if (at < 0) return;
        for (let k = at; k < stack.length; k++) {
          if (BLOCK.has(stack[k].name)) {
            flush();
            break;
          }
        }
        while (stack.length > at) {
          const f = stack.pop() as Frame;
          if (f.skip) skipDepth--;
          if (f.link) linkDepth--;
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (!started) {
          if (!/\S/.test(data)) {
            pieces.push(data);
            return;
          }
          context();
          started = true;
        }
        pieces.push(data);
        if (linkDepth > 0) linkChars += countNonSpace(data);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const RULE = /^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const FENCE = /^ {0,3}(?:```|~~~)/;
const TAG_SPLIT = /(<[^<>]*>)/;

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** Inline markdown → HTML on a stretch of text outside tags. */
function inlineMarkdown(text: string): string {
  if (!/[[\]*_`\\]/.test(text)) return text;
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, (_m, c: string) => `&#${c.charCodeAt(0)};`)
    .replace(
      /!\[([^[\]\n]*)\]\(([^)\s]*)(?:[ \t]+"[^"\n]*")?\)/g,
      (_m, alt: string) => `<img alt="${escapeAttr(alt)}">`,
    )
    .replace(
      /\[([^[\]\n]*)\]\(([^)\s]*)(?:[ \t]+"[^"\n]*")?\)/g,
      (_m, t: string, url: string) => `<a href="${escapeAttr(url)}">${t}</a>`,
    )
    .replace(/\[([^[\]\n]+)\]\[[^[\]\n]*\]/g, "<a>$1</a>")
    .replace(/\*\*|__/g, "")
    .replace(/\*([^\s*][^*\n]*)\*/g, "$1")
    .replace(/`([^`\n]*)`/g, "$1");
}

/** One markdown line's inline content (HTML tags left as they are). */
function inlineLine(line: string): string {
  const withAutolinks = line.replace(/<(https?:\/\/[^\s<>]+)>/g, "$1");
  if (withAutolinks.indexOf("<") < 0) return inlineMarkdown(withAutolinks);
  return withAutolinks
    .split(TAG_SPLIT)
    .map((part, i) => (i % 2 === 1 ? part : inlineMarkdown(part)))
    .join("");
}

/** Markdown (with inline HTML) → HTML, line by line. */
export function markdownToHtml(md: string): string {
  const out: string[] = [];
  for (const line of md.split("\n")) {
    if (line.trim() === "") {
      out.push("<br>");
      continue;
    }
    if (FENCE.test(line) || RULE.test(line)) {
      out.push("<hr>");
      continue;
    }
    const h = ATX.exec(line);
    if (h) {
      let content = line.slice(h[0].length);
      let end = content.length;
      while (end > 0 && (content[end - 1] === " " || content[end - 1] === "\t")) end--;
      let hashes = end;
      while (hashes > 0 && content[hashes - 1] === "#") hashes--;
      if (hashes < end && (hashes === 0 || content[hashes - 1] === " ")) end = hashes;
      content = content.slice(0, end);
      const n = h[1].length;
      out.push(`<h${n}>${inlineLine(content)}</h${n}>`);
      continue;
    }
    const li = LIST.exec(line);
    if (li) {
      out.push(`<li>${inlineLine(line.slice(li[0].length))}</li>`);
      continue;
    }
    const q = QUOTE.exec(line);
    out.push(inlineLine(q ? line.slice(q[0].length) : line) + "\n");
  }
  return out.join("");
}

/** Plain text: one block per non-empty line. */
function textBlocks(raw: string): MarkupBlock[] {
  const blocks: MarkupBlock[] = [];
  for (const line of raw.split("\n")) {
    const text = collapseWhitespace(line);
    if (text) blocks.push({ text, kind: "paragraph", linkDensity: 0, alts: [], hints: [] });
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
