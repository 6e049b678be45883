/**
 * DecodedDocument → CleanDocument: the article's own text (headline first), with navigation,
 * related-article lists, share widgets, ads, footers, captions, datelines and other page chrome
 * removed — each removed block kept in `dropped` with its reason — plus title, publication date
 * and language.
 *
 * @example
 * const doc = extractDocumentText({ id: "a.txt", bytes });
 * doc.text.split("\n")[0] === doc.title; // true when a title was found
 */
import { decodeSource } from "../ingest/decode";
import { toBlocks, type MarkupBlock } from "../ingest/markup";
import { normalizeForMatching } from "../ingest/normalize";
import { findPublished } from "../meta/published";
import { findTitle } from "../meta/title";
import type { CleanDocument, DecodedDocument, DroppedBlock, SourceFile, SourceFormat } from "../types";
import { detectLang } from "./lang";
import { CLAUSE_PUNCT, endsSentence, isBodyLike } from "./markers";
import { localReason } from "./rules";
import { isReferenceHeading, isReferenceItem, isRelatedHeading, isResumedBody } from "./sections";
import { stripSeoTag, stripTitleMarkers } from "./seo";
import { tableOfContents } from "./toc";

export interface CleanOptions {
  /** A publication date supplied by the user (used when the page gives none). */
  published?: string;
}

type Zone = "main" | "related" | "references";

interface Item {
  block: MarkupBlock;
  text: string;
  /** Matching form (normalizeForMatching of `text`). */
  n: string;
  /** Matching form, lower case. */
  m: string;
  reason: string | null;
  zone: Zone;
  /** Pieces cut out of the line (SEO tags, headline markers). */
  edits: readonly string[];
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'，。）)]+/g;
const SECTION_MARK = /^(?:[一二三四五六七八九十]+|\d+|[（(][一二三四五六七八九十\d]+[)）])[、.．)）\s]/;
const DATED_TAIL_REASON = "dated headline";

/**
 * A code unit whose lower case may differ from it: anything but the caseless ranges (below A,
 * [ to ¿, general punctuation, CJK radicals to Yi, Hangul syllables, full-width forms other than
 * Ａ–Ｚ). A regex scans a line faster than a loop over its code units.
 */
const MAY_HAVE_CASE = /[^\0-\x40\x5b-\xbf\u2000-\u206f\u2e80-\ua4cf\uac00-\ud7af\uff00-\uff20\uff3b-\uffef]/;

/** `s.toLowerCase()`, without the call when `s` holds no cased letter (most Chinese lines). */
function lowerCase(s: string): string {
  return MAY_HAVE_CASE.test(s) ? s.toLowerCase() : s;
}

const NO_EDITS: readonly string[] = Object.freeze([]);

function makeItems(blocks: MarkupBlock[]): { items: Item[]; pageTitle?: string } {
  const items: Item[] = [];
  let pageTitle: string | undefined;
  for (const block of blocks) {
    if (block.hints.includes("title-element")) {
      pageTitle ??= block.text;
      items.push({
        block,
        text: block.text,
        n: "",
        m: "",
        reason: "html <title> element",
        zone: "main",
        edits: NO_EDITS,
      });
      continue;
    }
    // Most lines lose nothing: they share one empty list.
    let edits: string[] | null = null;
    let text = block.text;
    const seo = stripSeoTag(text);
    if (seo.removed) {
      text = seo.text;
      (edits ??= []).push(seo.removed);
    }
    if (block.kind === "heading" || items.length < 6) {
      const marks = stripTitleMarkers(text);
      if (marks.removed) {
        text = marks.text;
        (edits ??= []).push(marks.removed);
      }
    }
    const n = normalizeForMatching(text);
    items.push({ block, text, n, m: lowerCase(n), reason: null, zone: "main", edits: edits ?? NO_EDITS });
  }
  return { items, pageTitle };
}

/** Running text: punctuated and ending a sentence (not a label, headline or menu). */
function isPlainSentence(text: string): boolean {
  return text.length >= 20 && CLAUSE_PUNCT.test(text.slice(0, -1)) && endsSentence(text);
}

/** Marks related-article sections and reference lists; returns the reference lines. */
function markSections(items: Item[], format: SourceFormat): string[] {
  const refs: string[] = [];
  let state: Zone = "main";
  let pending = -1;
  // In markup, a related box made only of links ends at the first plain paragraph of text.
  let onlyLinks = format !== "txt";
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.reason) continue;
    if (isRelatedHeading(it.m)) {
      it.reason = "related-articles heading";
      it.zone = "related";
      state = "related";
      pending = -1;
      onlyLinks = format !== "txt";
      continue;
    }
    if (isReferenceHeading(it.m)) {
      it.reason = "reference-list heading";
      it.zone = "references";
      state = "references";
      continue;
    }
    if (state === "references") {
      if (isReferenceItem(it.m)) {
        it.reason = "reference list";
        it.zone = "references";
        refs.push(it.text);
        continue;
      }
      state = "main";
    }
    if (state === "related") {
      const prev = items[i - 1];
      const afterHeadline = prev !== undefined && prev.reason === "related list" && /[\]】)）]\s*$/.test(prev.m);
      if (onlyLinks && it.block.linkDensity < 0.1 && isPlainSentence(it.text)) {
        state = "main";
        pending = -1;
        continue;
      }
      if (isResumedBody(it.text, it.block.linkDensity) && !afterHeadline) {
        if (pending >= 0 && pending === i - 1) {
          items[pending].reason = null;
          items[pending].zone = "main";
          state = "main";
          pending = -1;
          continue;
        }
        pending = i;
      } else pending = -1;
      if (it.block.linkDensity < 0.5) onlyLinks = false;
      it.reason = "related list";
      it.zone = "related";
    }
  }
  return refs;
}

const NO_ALTS: readonly string[] = Object.freeze([]);

function applyLocalRules(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.reason || it.zone !== "main") continue;
    // Most pages have no images: then every block shares one empty list.
    let recentAlts: readonly string[] = NO_ALTS;
    for (let k = Math.max(0, i - 2); k <= i; k++) {
      const alts = items[k].block.alts;
      if (alts.length === 0) continue;
      if (recentAlts === NO_ALTS) recentAlts = [];
      (recentAlts as string[]).push(...alts);
    }
    it.reason = localReason({ text: it.text, m: it.m, block: it.block, recentAlts });
  }
}

/**
 * The item's block with the item's text: the block itself when the cleaner left its text as it was
 * (most blocks: no copy per block), else a copy with the edited text.
 */
function asBlock(it: Item): MarkupBlock {
  return it.text === it.block.text ? it.block : { ...it.block, text: it.text };
}

const isKept = (it: Item): boolean => it.reason === null && it.zone === "main";

/** A numbered list whose entries come back later as section headings (本期节目主要内容, 目录). */
function markTableOfContents(items: Item[]): void {
  const kept: number[] = [];
  items.forEach((it, i) => {
    if (isKept(it)) kept.push(i);
  });
  const lines = kept.map((i) => asBlock(items[i]));
  for (const k of tableOfContents(lines)) items[kept[k]].reason = "table of contents";
}
const META_REASONS = new Set(["dateline", "view counter", "byline", "source line", "page label", "share widget"]);

/** Header bylines, repeated titles, excerpts, duplicates and list entries around the title. */
function markAroundTitle(items: Item[], titleIdx: number, title: string): number {
  if (titleIdx >= 0) {
    let before = 0;
    let after = 0;
    items.forEach((it, i) => {
      if (isKept(it)) {
        if (i < titleIdx) before += it.text.length;
        else after += it.text.length;
      }
    });
    if (before < after) {
      for (let i = 0; i < titleIdx; i++) if (isKept(items[i])) items[i].reason = "before title";
    }
    for (let i = titleIdx + 1; i < items.length; i++) {
      const it = items[i];
      // What stripTitleMarkers leaves is a slice of the line: a line without the title cannot give it.
      if (isKept(it) && it.text.includes(title) && (it.text === title || stripTitleMarkers(it.text).text === title))
        it.reason = "repeated title";
    }
  }
  let firstBody = items.length;
  for (let i = Math.max(0, titleIdx + 1); i < items.length; i++) {
    if (isKept(items[i]) && isBodyLike(items[i].text)) {
      firstBody = i;
      break;
    }
  }
  // Bylines in the header: a short unpunctuated line between the title or page metadata and more
  // metadata or the first paragraph (蜜桃mama带娃笔记 between the title and 问题更新日期).
  const isMeta = (n: Item | undefined): boolean => n !== undefined && n.reason !== null && META_REASONS.has(n.reason);
  for (let i = Math.max(0, titleIdx + 1); i < Math.min(firstBody, titleIdx + 6); i++) {
    const it = items[i];
    if (!isKept(it) || it.block.kind === "heading" || it.text.length > 20) continue;
    if (CLAUSE_PUNCT.test(it.text) || SECTION_MARK.test(it.text)) continue;
    const prev = items[i - 1];
    const next = items[i + 1];
    const prevOk = isMeta(prev) || i - 1 === titleIdx;
    const nextOk = isMeta(next) || (next !== undefined && isKept(next) && isBodyLike(next.text));
    if (prevOk && nextOk && (isMeta(prev) || isMeta(next))) it.reason = "byline";
  }
  // A line that is the start of a paragraph a little further on (question summaries, teasers).
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!isKept(it) || i === titleIdx || it.text.length < 10) continue;
    const last = it.text.charCodeAt(it.text.length - 1);
    if (last === 0x3a || last === 0xff1a || !CLAUSE_PUNCT.test(it.text.slice(0, -1))) continue;
    for (let j = i + 1; j < Math.min(items.length, i + 7); j++) {
      const t = items[j].text;
      if (t.length > it.text.length && t.startsWith(it.text)) {
        it.reason = "excerpt of a later paragraph";
        break;
      }
    }
  }
  // Listing entries after the header: headline / author / date-time, and teaser snippets.
  for (let i = firstBody; i < items.length; i++) {
    const it = items[i];
    // A bare date in the body (the date of a speech, a document) is text, not a page dateline.
    if (it.reason === "dateline" && it.zone === "main" && !/\d:\d\d/.test(it.text) && !hasDateLabel(it.m)) {
      it.reason = null;
      continue;
    }
    if (it.reason === "dateline" && /\d:\d\d/.test(it.text)) {
      const author = items[i - 1];
      if (author && isKept(author) && author.text.length <= 20 && !CLAUSE_PUNCT.test(author.text)) {
        author.reason = "byline (listing)";
        const headline = items[i - 2];
        if (headline && isKept(headline) && headline.text.length <= 60 && !endsSentence(headline.text)) {
          headline.reason = "listing headline";
        }
      }
    }
    if (isKept(it) && items[i - 1]?.reason === DATED_TAIL_REASON && !endsSentence(it.text)) {
      it.reason = "snippet";
    }
  }
  return firstBody;
}

/** A date line with a label (发表时间, 更新日期, published) rather than a bare date. */
function hasDateLabel(m: string): boolean {
  return /[\p{Script=Han}a-z]{2,}\s*[:：]/u.test(m) || /(?:时间|日期|发表|发布|更新)/.test(m);
}

function collectUrls(items: Item[]): string[] {
  const urls: string[] = [];
  for (const it of items) {
    if (it.zone !== "main" || !it.reason) continue;
    if (!(it.reason === "link line" || it.reason.startsWith("footer") || it.reason === "source line")) continue;
    for (const u of it.text.match(URL_IN_TEXT) ?? []) urls.push(u);
  }
  return urls;
}

/**
 * Cleans a decoded document: blocks, boilerplate removal (each dropped block with its reason),
 * title (first line of `text`), publication date, language, and the matching form `norm`.
 */
export function cleanDocument(doc: DecodedDocument, opts: CleanOptions = {}): CleanDocument {
  const { items, pageTitle } = makeItems(toBlocks(doc.raw, doc.format));
  const refs = markSections(items, doc.format);
  applyLocalRules(items);
  markTableOfContents(items);

  const candidates: number[] = [];
  items.forEach((it, i) => {
    if (isKept(it)) candidates.push(i);
  });
  const found = findTitle(
    candidates.map((i) => asBlock(items[i])),
    doc.format,
    pageTitle,
  );
  const titleIdx = found.index >= 0 ? candidates[found.index] : -1;
  const title = stripTitleMarkers(found.text).text;
  const titleNorm = normalizeForMatching(title);
  if (titleIdx >= 0) {
    items[titleIdx].text = title;
    items[titleIdx].n = titleNorm;
  }
  const firstBody = markAroundTitle(items, titleIdx, title);

  // `norm` is folded line by line (the same as folding the joined text: no Han run spans a newline).
  const lines: string[] = [];
  const normLines: string[] = [];
  if (titleIdx >= 0 || title) {
    lines.push(title);
    normLines.push(titleNorm);
  }
  items.forEach((it, i) => {
    if (i !== titleIdx && isKept(it)) {
      lines.push(it.text);
      normLines.push(it.n);
    }
  });
  const text = lines.join("\n");
  const norm = normLines.join("\n");

  const dropped: DroppedBlock[] = [];
  for (const it of items) {
    for (const e of it.edits) dropped.push({ text: e, reason: "seo keyword tag or headline marker" });
    if (it.reason) dropped.push({ text: it.block.text, reason: it.reason });
  }

  const pageBlocks: MarkupBlock[] = [];
  const pageNorms: string[] = [];
  let headerEnd = 0;
  items.forEach((it, i) => {
    if (it.zone !== "main" || it.reason === "html <title> element") return;
    pageBlocks.push(asBlock(it));
    pageNorms.push(it.n);
    if (i <= firstBody) headerEnd = pageBlocks.length;
  });
  const published = findPublished(
    {
      raw: doc.raw,
      blocks: pageBlocks,
      headerEnd,
      references: refs,
      urls: collectUrls(items),
      id: doc.id,
      norms: pageNorms,
    },
    { published: opts.published ?? doc.published },
  );

  return {
    id: doc.id,
    charset: doc.charset,
    format: doc.format,
    title,
    published: published.published,
    publishedSource: published.source,
    lang: detectLang(text),
    text,
    norm,
    dropped,
  };
}

/**
 * Decodes and cleans one file.
 *
 * @throws UnsupportedFormatError, EmptyFileError, BinaryFileError, DecodeError (extract/ingest/errors)
 */
export function extractDocumentText(file: SourceFile): CleanDocument {
  return cleanDocument(decodeSource(file), { published: file.published });
}
