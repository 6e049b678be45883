/**
 * HTML → visible blocks through htmlparser2: scripts, ads, form controls and hidden elements
 * dropped; block elements and <br> break blocks; h1–h6 become headings, li items; image alt text
 * is recorded on the block, never made body; nesting depth bounded first (depth.ts).
 *
 * @example
 * htmlBlocks("<p>中国<strong>和</strong>\n俄罗斯</p>") // [{ text: "中国和俄罗斯", kind: "paragraph", ... }]
 */
import { Parser } from "htmlparser2";
import boilerplate from "../data/boilerplate.json";
import type { Block } from "../types";
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
export const NONE: readonly string[] = Object.freeze([]);

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
export function htmlBlocks(page: string): MarkupBlock[] {
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
