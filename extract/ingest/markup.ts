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
import { boundMarkupDepth } from "./depth";
import { parseSimpleHtml, VOID_ELEMENTS, type SimpleHtmlHandler } from "./simple-html";
import { collapseAndCount, collapseWhitespace } from "./whitespace";

/** A block with what the markup said about it, for the boilerplate rules. */
export interface MarkupBlock extends Block {
  /** 1–6 for headings. */
  level?: number;
  /** Share of the block's non-space characters that sit inside links (0 for plain text). */
  linkDensity: number;
  /** Alt texts of images met since the previous block (and inside this one). */
  alts: readonly string[];
  /**
   * Boilerplate hints from enclosing elements: "nav", "footer", "sidebar", "caption", "share",
   * "related", "comment", "ad", "breadcrumb", and "title-element" for the HTML <title>.
   */
  hints: readonly string[];
}

/** The shared empty list of most blocks' `alts` and `hints` (never written to). */
const NONE: readonly string[] = Object.freeze([]);

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
  const tag = TAG_HINTS[name];
  if (attribs.class === undefined && attribs.id === undefined) return tag ? [tag] : null;
  const out: string[] = [];
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

/** Walks HTML and returns its visible blocks (the fast walker when the page allows, else htmlparser2). */
function htmlBlocks(page: string): MarkupBlock[] {
  const { html } = boundMarkupDepth(page);
  const fast = blockWalker();
  if (parseSimpleHtml(html, fast.handler)) return fast.finish();
  const full = blockWalker();
  const parser = new Parser(full.handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
  });
  parser.write(html);
  parser.end();
  return full.finish();
}

/** The block builder, fed by HTML parser callbacks; `finish` returns the blocks. */
function blockWalker(): { handler: SimpleHtmlHandler; finish: () => MarkupBlock[] } {
  const blocks: MarkupBlock[] = [];
  const stack: Frame[] = [];
  let skipDepth = 0;
  let linkDepth = 0;
  const pieces: string[] = [];
  let linkChars = 0;
  let pendingAlts: string[] = [];
  let started = false;
  let kind: Block["kind"] = "paragraph";
  let level = 0;
  let hints: readonly string[] = NONE;

  const context = (): void => {
    kind = "paragraph";
    level = 0;
    let hs: Set<string> | null = null;
    let item = false;
    let title = false;
    for (const f of stack) {
      if (f.level) level = f.level;
      if (f.item) item = true;
      if (f.title) title = true;
      if (f.hints) for (const h of f.hints) (hs ??= new Set<string>()).add(h);
    }
    if (level) kind = "heading";
    else if (item) kind = "item";
    if (title) {
      kind = "heading";
      (hs ??= new Set<string>()).add("title-element");
    }
    hints = hs === null ? NONE : [...hs];
  };

  const flush = (): void => {
    if (!pieces.length) return;
    const { text, nonSpace: total } = collapseAndCount(pieces.join(""));
    pieces.length = 0;
    if (text) {
      const block: MarkupBlock = {
        text,
        kind,
        linkDensity: total ? Math.min(1, linkChars / total) : 0,
        alts: pendingAlts.length === 0 ? NONE : pendingAlts,
        hints,
      };
      if (level) block.level = level;
      blocks.push(block);
      if (pendingAlts.length > 0) pendingAlts = [];
    }
    linkChars = 0;
    started = false;
  };

  const handler: SimpleHtmlHandler = {
    onopentag(name, attribs) {
      if (BLOCK.has(name)) flush();
      if (VOID_ELEMENTS.has(name)) {
        // Closed at once, with nothing inside: its frame would change nothing (and a stray close
        // tag of a void element finds no frame either way). Only an image's alt text counts.
        if (name === "img" && skipDepth === 0) {
          const alt = collapseWhitespace(attribs.alt ?? "");
          if (alt) pendingAlts.push(alt);
        }
        return;
      }
      const h = name.length === 2 && name.charCodeAt(0) === 0x68 ? name.charCodeAt(1) - 0x30 : 0;
      const hLevel = h >= 1 && h <= 6 ? h : 0;
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
  };
  return {
    handler,
    finish: () => {
      flush();
      return blocks;
    },
  };
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
  // Each rule runs only when its characters occur (no rule adds [ ] * _ ` or \\ to the text).
  let t = text;
  if (t.includes("\\")) t = t.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, (_m, c: string) => `&#${c.charCodeAt(0)};`);
  if (t.includes("](")) {
    if (t.includes("![")) {
      t = t.replace(
        /!\[([^[\]\n]*)\]\(([^)\s]*)(?:[ \t]+"[^"\n]*")?\)/g,
        (_m, alt: string) => `<img alt="${escapeAttr(alt)}">`,
      );
    }
    t = t.replace(
      /\[([^[\]\n]*)\]\(([^)\s]*)(?:[ \t]+"[^"\n]*")?\)/g,
      (_m, x: string, url: string) => `<a href="${escapeAttr(url)}">${x}</a>`,
    );
  }
  if (t.includes("][")) t = t.replace(/\[([^[\]\n]+)\]\[[^[\]\n]*\]/g, "<a>$1</a>");
  const star = t.includes("*");
  if (star || t.includes("__")) t = t.replace(/\*\*|__/g, "");
  if (star && t.includes("*")) t = t.replace(/\*([^\s*][^*\n]*)\*/g, "$1");
  if (t.includes("`")) t = t.replace(/`([^`\n]*)`/g, "$1");
  return t;
}

/** One markdown line's inline content (HTML tags left as they are). */
function inlineLine(line: string): string {
  if (line.indexOf("<") < 0) return inlineMarkdown(line);
  const withAutolinks = line.replace(/<(https?:\/\/[^\s<>]+)>/g, "$1");
  if (withAutolinks.indexOf("<") < 0) return inlineMarkdown(withAutolinks);
  return withAutolinks
    .split(TAG_SPLIT)
    .map((part, i) => (i % 2 === 1 ? part : inlineMarkdown(part)))
    .join("");
}

/**
 * Code units that may change how a markdown line converts: at the start of a line, block syntax
 * (indentation, #, rules, lists, quotes, fences); anywhere, inline syntax and tags.
 */
const LEAD_SPECIAL = new Uint8Array(128);
for (const ch of " \t#-*+_=>`~0123456789") LEAD_SPECIAL[ch.charCodeAt(0)] = 1;
const INLINE_SPECIAL = new Uint8Array(128);
for (const ch of "[]*_`\\<") INLINE_SPECIAL[ch.charCodeAt(0)] = 1;

/**
 * Whether md[start, end) is a line that converts to itself plus "\n": it opens with no block syntax
 * and no whitespace, and holds no inline markdown or tag character (most lines of running text).
 */
function isPlainLine(md: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const first = md.charCodeAt(start);
  if (first < 128 ? LEAD_SPECIAL[first] === 1 || first < 0x21 : /\s/.test(md[start])) return false;
  for (let i = start; i < end; i++) {
    const c = md.charCodeAt(i);
    if (c < 128 && INLINE_SPECIAL[c] === 1) return false;
  }
  return true;
}

/** Markdown (with inline HTML) → HTML, line by line. */
export function markdownToHtml(md: string): string {
  // One reused list of pieces (nothing here calls back into this function).
  const out = HTML_PIECES;
  out.length = 0;
  // Consecutive plain lines convert to themselves: each run of them is copied as one slice of `md`.
  let plainFrom = 0;
  let at = 0;
  while (at <= md.length) {
    const nl = md.indexOf("\n", at);
    const end = nl < 0 ? md.length : nl;
    if (isPlainLine(md, at, end)) {
      if (nl < 0) out.push(md.slice(plainFrom) + "\n");
      at = end + 1;
      continue;
    }
    if (plainFrom < at) out.push(md.slice(plainFrom, at));
    out.push(convertLine(md.slice(at, end)));
    at = plainFrom = end + 1;
  }
  const html = out.join("");
  out.length = 0;
  return html;
}

/** Scratch list of `markdownToHtml`. */
const HTML_PIECES: string[] = [];

/** One markdown line that is not plain text → HTML. */
function convertLine(line: string): string {
  if (line.trim() === "") return "<br>";
  if (FENCE.test(line) || RULE.test(line)) return "<hr>";
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
    return `<h${n}>${inlineLine(content)}</h${n}>`;
  }
  const li = LIST.exec(line);
  if (li) return `<li>${inlineLine(line.slice(li[0].length))}</li>`;
  const q = QUOTE.exec(line);
  return inlineLine(q ? line.slice(q[0].length) : line) + "\n";
}

/** Plain text: one block per non-empty line. */
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
