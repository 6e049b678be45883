/**
 * Boilerplate rules that judge one block on its own: navigation bars and breadcrumbs, menus,
 * share widgets, counters, footers and disclaimers, source lines, bare links, datelines,
 * advertisements (promos, phone numbers, slogans), captions, link lists and page labels.
 * Each returns the reason a block is boilerplate, or null. Rules over runs of blocks (related
 * lists, reference lists, header bylines, repeated titles) live in `sections.ts` and `index.ts`.
 */
import type { MarkupBlock } from "../ingest/markup";
import { isJsSpace } from "../ingest/whitespace";
import { findDates } from "../meta/dates";
import { CLAUSE_PUNCT, LEX, charStats, escapeRegExp, findAny, hasNoWords, isBodyLike } from "./markers";

/** A block with its matching form (Simplified, half-width, lower case). */
export interface RuleInput {
  text: string;
  /** normalizeForMatching(text).toLowerCase() */
  m: string;
  block: MarkupBlock;
  /** Image alt texts of this block and the two before it. */
  recentAlts: readonly string[];
}

const BOILERPLATE_HINTS = new Set(["nav", "breadcrumb", "share", "related", "comment", "footer", "sidebar", "ad"]);

const LEAD = /^[\s【[(（#*•·>]+/;

const URL = /(?:https?:\/\/|www\.)[^\s<>"'，。）)]+/gi;

const PHONE = /(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}[- ]?\d{7,8}|400[- ]?\d{3}[- ]?\d{4})(?!\d)/g;
const PHONE_WORDS = /电话|手机|热线|咨询|客服|联系|tel|phone|[:\s()（）-]/gi;

const SLOGAN = /^(?:\p{Script=Han}{4}[,，、;；]\s*){1,3}\p{Script=Han}{4}[!！]$/u;

const DATED_TAIL = /[[【(（]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]】)）]\s*$/;
const BARE_DATE_TAIL = /\s\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

const COUNTER = new RegExp(
  `(?:${LEX.counterLabels.map(escapeRegExp).join("|")})\\s*[:：]?\\s*\\d[\\d,.]*(?:万|k|w|\\+)?(?=\\s|$|[|·])|\\d\\s*(?:${LEX.counterUnits.map(escapeRegExp).join("|")})`,
);

const SOURCE_LINE = new RegExp(`^(?:${LEX.sourceLabels.join("|")})\\s*[:：]`);
const HEADER_LABEL = new RegExp(`^(?:${LEX.headerLabels.map((l) => l.replace(/:$/, "")).join("|")})\\s*[:：\\s]`);

function wordChars(s: string): number {
  let n = 0;
  for (const ch of s) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

/** The last non-space character is ] 】 ) or ） (DATED_TAIL needs one). */
function closesWithBracket(m: string): boolean {
  let end = m.length;
  while (end > 0 && isJsSpace(m.charCodeAt(end - 1))) end--;
  const c = m.charCodeAt(end - 1);
  return c === 0x5d || c === 0x3011 || c === 0x29 || c === 0xff09;
}

/** Breadcrumb trail: 首页 > 问答 > 标题, 网易首页 > 网易号 > 正文. */
export function isBreadcrumb(m: string): boolean {
  if (!/[>›»]/.test(m)) return false;
  const parts = m.split(/\s*[>›»]+\s*/).filter((p) => p.trim());
  if (parts.length < 2 || parts[0].length > 10) return false;
  if (findAny(parts[0], LEX.navWords)) return true;
  return parts.length >= 3 && parts.slice(0, -1).every((p) => p.length <= 8);
}

/** "|"-separated menu: 首页 | 法轮功真相 | 一键翻墙软件. */
export function isPipeMenu(text: string, linkDensity: number): boolean {
  if (!/[|｜]/.test(text)) return false;
  const parts = text.split(/\s*[|｜]\s*/).filter((p) => p.trim());
  if (parts.length >= 3 && parts.every((p) => p.length <= 16)) return true;
  return parts.length >= 2 && linkDensity >= 0.5;
}

/**
 * Many short space-separated Chinese tokens, no punctuation, and a sign of navigation: a nav word
 * (首页), a suffix shared by several entries (北京今日 重庆今日 天津今日 …) or links.
 */
export function isTokenNav(text: string, m: string, linkDensity: number): boolean {
  if (CLAUSE_PUNCT.test(text)) return false;
  const tokens = m.split(/[\s\u3000/·•]+/).filter(Boolean);
  if (tokens.length < 5) return false;
  const { han } = charStats(text);
  if (han === 0) return false;
  let short = 0;
  let total = 0;
  const suffixes = new Map<string, number>();
  let sharedSuffix = 0;
  for (const t of tokens) {
    total += t.length;
    if (t.length <= 8) short++;
    if (t.length >= 3) {
      const s = t.slice(-2);
      const n = (suffixes.get(s) ?? 0) + 1;
      suffixes.set(s, n);
      if (n > sharedSuffix) sharedSuffix = n;
    }
  }
  if (total / tokens.length > 6 || short < tokens.length * 0.8) return false;
  return linkDensity >= 0.5 || sharedSuffix >= 4 || tokens.some((t) => LEX.navWords.includes(t));
}

/** A block that is a date (with time and a label at most): 发表时间:2025-03-21, 2025-12-26 09:33:27. */
export function isDateline(text: string): boolean {
  if (text.length > 60) return false;
  const dates = findDates(text);
  if (!dates.length) return false;
  let rest = "";
  let at = 0;
  for (const d of dates) {
    rest += text.slice(at, d.start);
    at = d.end;
  }
  rest += text.slice(at);
  return wordChars(rest) <= 10 && !CLAUSE_PUNCT.test(rest.replace(/[:：,，]/g, ""));
}

/** What one scan of a block's text tells the rules that look for particular characters. */
interface BlockChars {
  /** ASCII digits (counting stops at 10: every PHONE alternative holds ten). */
  digits: number;
  /** ASCII or full-width digits: the matching form has an ASCII digit. */
  anyDigit: boolean;
  /** Whitespace, /, ／, · and • (the separators of isTokenNav; counting stops at 4). */
  separators: number;
  /** > ＞ › or » (the matching form then holds [>›»], which breadcrumbs need). */
  arrow: boolean;
  /** | or ｜ (menus need one). */
  pipe: boolean;
  /** An ASCII ":" (a "://" needs one). */
  colon: boolean;
  /** An ASCII "." (a "www." needs one). */
  dot: boolean;
}

function blockChars(text: string): BlockChars {
  let digits = 0;
  let wide = false;
  let separators = 0;
  let arrow = false;
  let pipe = false;
  let colon = false;
  let dot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) digits++;
      else if (c === 0x3e) arrow = true;
      else if (c === 0x7c) pipe = true;
      else if (c === 0x3a) colon = true;
      else if (c === 0x2e) dot = true;
      else if (c === 0x2f || isJsSpace(c)) separators++;
    } else if (c >= 0xff10 && c <= 0xff19) wide = true;
    else if (c === 0xff1e || c === 0x203a || c === 0xbb) arrow = true;
    else if (c === 0xff5c) pipe = true;
    else if (c === 0xff0f || c === 0xb7 || c === 0x2022 || isJsSpace(c)) separators++;
  }
  return {
    digits: Math.min(digits, 10),
    anyDigit: digits > 0 || wide,
    separators: Math.min(separators, 4),
    arrow,
    pipe,
    colon,
    dot,
  };
}

function isPhoneAd(text: string, m: string, chars: BlockChars): boolean {
  if (chars.digits < 10) return false;
  PHONE.lastIndex = 0;
  if (!PHONE.test(text)) return false;
  const rest = text.replace(PHONE, "").replace(PHONE_WORDS, "");
  if (wordChars(rest) <= 4) return true;
  return text.length <= 40 && LEX.ads.find(m) !== null;
}

function isPromo(text: string, m: string, linkDensity: number): boolean {
  if (text.length > 60 || /[。！？!?]$/.test(text)) return false;
  const n = LEX.ads.count(m);
  if (n === 0) return false;
  if (n >= 2 || linkDensity >= 0.5) return true;
  return /[a-z]{3,}/.test(LEX.ads.remove(m)) && charStats(text).han > 0 && !CLAUSE_PUNCT.test(text);
}

function isCaption(text: string, m: string, recentAlts: readonly string[]): string | null {
  for (const alt of recentAlts) {
    if (alt.length < 6) continue;
    if (text.startsWith(alt) || (text.length >= 6 && alt.startsWith(text))) return "image caption repeating alt text";
  }
  const last = m.charAt(m.length - 1);
  if (text.length <= 160 && (last === ")" || last === "）")) {
    const credit = /[(（]([^()（）]{1,60})[)）]$/.exec(m);
    if (credit && (LEX.captions.find(credit[1]) || /摄$/.test(credit[1]))) return "photo caption";
  }
  return null;
}

/** [\s\d()（）[\]【】·•>»«<|] by code unit; with `tail`, also :：+. */
function isLabelEdge(c: number, tail: boolean): boolean {
  if (isJsSpace(c) || (c >= 0x30 && c <= 0x39)) return true;
  switch (c) {
    case 0x28: // (
    case 0x29: // )
    case 0xff08: // （
    case 0xff09: // ）
    case 0x5b: // [
    case 0x5d: // ]
    case 0x3010: // 【
    case 0x3011: // 】
    case 0xb7: // ·
    case 0x2022: // •
    case 0x3e: // >
    case 0xbb: // »
    case 0xab: // «
    case 0x3c: // <
    case 0x7c: // |
      return true;
    case 0x3a: // :
    case 0xff1a: // ：
    case 0x2b: // +
      return tail;
    default:
      return false;
  }
}

/** A code unit LEAD can start with: [\s【[(（#*•·>]. */
function isLeadChar(c: number): boolean {
  switch (c) {
    case 0x3010: // 【
    case 0x5b: // [
    case 0x28: // (
    case 0xff08: // （
    case 0x23: // #
    case 0x2a: // *
    case 0x2022: // •
    case 0xb7: // ·
    case 0x3e: // >
      return true;
    default:
      return isJsSpace(c);
  }
}

/** "www." in any case: the www. alternative of URL (/www\./i), tested before URL on lines without "://". */
function hasWww(text: string): boolean {
  for (let dot = text.indexOf(".", 3); dot >= 0; dot = text.indexOf(".", dot + 1)) {
    if (isW(text.charCodeAt(dot - 1)) && isW(text.charCodeAt(dot - 2)) && isW(text.charCodeAt(dot - 3))) return true;
  }
  return false;
}

/** w or W. */
const isW = (c: number): boolean => c === 0x77 || c === 0x57;

/** The last code unit is an ASCII digit (BARE_DATE_TAIL ends with one). */
function endsWithDigit(m: string): boolean {
  const c = m.charCodeAt(m.length - 1);
  return c >= 0x30 && c <= 0x39;
}

/** The last code unit is ! or ！ (SLOGAN ends with one). */
function endsWithBang(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x21 || c === 0xff01;
}

/** The longest page label of the lexicon. */
const QA_LABEL_MAX = Math.max(0, ...[...LEX.qaLabels].map((l) => l.length));

/**
 * Whether `m`, stripped of counts and arrows ("评论 12", "展开全部>>", "更多 »"), is a page label. The
 * stripped core has no space at either end (spaces are label edges), so a core longer than every
 * label is rejected before it is cut out.
 */
function isQaLabel(m: string): boolean {
  let start = 0;
  while (start < m.length && isLabelEdge(m.charCodeAt(start), false)) start++;
  let end = m.length;
  while (end > start && isLabelEdge(m.charCodeAt(end - 1), true)) end--;
  if (end - start > QA_LABEL_MAX) return false;
  return LEX.qaLabels.has(m.slice(start, end).trim());
}

/**
 * The reason `x` is boilerplate on its own, or null when it may be body text.
 *
 * @example
 * localReason({ text: "浏览次数:12", m: "浏览次数:12", block, recentAlts: [] }) // "view counter"
 */
export function localReason(x: RuleInput): string | null {
  const { text, m, block } = x;
  if (hasNoWords(text)) return "no words";
  const chars = blockChars(text);
  if (isPhoneAd(text, m, chars)) return "advertisement (phone number)";
  if (
    text.length <= 12 &&
    /^[\d\s.,:+%万千wk]+$/i.test(text) &&
    !/^(?:1\d|20)\d{2}(?:[./-]\d{1,2}){0,2}[.,]?$/.test(text)
  ) {
    return "counter";
  }

  const longBody = isBodyLike(text) && text.length >= 80;
  for (const h of block.hints) {
    if (h === "caption") return "caption element";
    if (BOILERPLATE_HINTS.has(h) && !longBody) return `in ${h} element`;
  }

  const lead = isLeadChar(m.charCodeAt(0)) ? m.replace(LEAD, "") : m;
  // COUNTER, BARE_DATE_TAIL and the numeric dates need a digit in m.
  if (m.length <= 40 && chars.anyDigit && COUNTER.test(m)) return "view counter";
  if ((m.length <= 40 && LEX.share.find(m)) || LEX.share.startOf(lead)) return "share widget";
  const fs = LEX.footerStarts.startOf(lead);
  if (fs && m.length <= 400) return `footer (${fs.trim()})`;
  const fa = m.length <= 400 ? LEX.footerAnywhere.find(m) : null;
  if (fa) return `footer (${fa})`;
  if (lead.length <= 60 && SOURCE_LINE.test(lead)) return "source line";

  URL.lastIndex = 0;
  if (((chars.colon && text.includes("://")) || (chars.dot && hasWww(text))) && URL.test(text)) {
    const rest = text.replace(URL, "");
    if (wordChars(rest) <= 20) return "link line";
  }

  if (chars.arrow && isBreadcrumb(m)) return "breadcrumb";
  if (chars.pipe && isPipeMenu(text, block.linkDensity)) return "menu";
  // Five tokens need four separators.
  if (chars.separators >= 4 && isTokenNav(text, m, block.linkDensity)) return "navigation bar";
  if (m.length <= 30 && isQaLabel(m)) return "page label";

  const tail = closesWithBracket(m) ? DATED_TAIL.exec(m) : null;
  if (tail && tail.index >= 4) return "dated headline";
  if (text.length <= 80 && chars.anyDigit && endsWithDigit(m) && BARE_DATE_TAIL.test(m) && !/[。！？]/.test(text))
    return "dated headline";
  if ((chars.anyDigit || m.includes("年")) && isDateline(m)) return "dateline";

  if (isPromo(text, m, block.linkDensity)) return "advertisement";
  if (endsWithBang(text) && SLOGAN.test(text)) return "advertisement (slogan)";

  const cap = isCaption(text, m, x.recentAlts);
  if (cap) return cap;

  if (block.linkDensity >= 0.6 && (text.length <= 120 || block.kind === "item")) return "link list";
  if (block.kind === "item" && block.linkDensity >= 0.5) return "link list";
  if (text.length <= 30 && HEADER_LABEL.test(m)) return "byline";
  return null;
}
