/**
 * A document's publication date, and where it came from. In order of trust:
 *
 * 1. "page": the page states it — HTML meta tags / <time datetime>, labelled dates
 *    (发表时间:2025-03-21, 问题更新日期:…, 更新时间：…), datelines (【看中国2021年12月5日讯】,
 *    新华社北京1月1日电), programme headers (《新闻联播》（20250509）), or a date standing alone in the
 *    header area (2025年11月13日 10:00). The most specific header date wins; dates in related-article
 *    lists are never passed here.
 * 2. "url": the source URL carries a date (…/2021/12/05/991461.html).
 * 3. "references": the latest date in the page's reference list.
 * 4. "user": the date the user supplied.
 * 5. "none".
 */
import meta from "../data/boilerplate.meta.json";
import { normalizeForMatching } from "../ingest/normalize";
import type { PartialDate, PublishedSource } from "../schema/graph";
import type { Block } from "../types";
import {
  findCompactDates,
  findDates,
  findMonthDays,
  laterDate,
  makeDate,
  parseUserDate,
  type FoundDate,
} from "./dates";

export interface PublishedResult {
  published: PartialDate | null;
  source: PublishedSource;
}

/** What the cleaner knows about a page, for dating it. */
export interface DatingInput {
  /** The decoded text (HTML meta tags and <time> elements are read from it). */
  raw?: string;
  /** The page's own blocks in order — header and body, related-article lists left out. */
  blocks: readonly Block[];
  /** Blocks [0, headerEnd) are the header area (title, byline, dateline). Default: the first 12. */
  headerEnd?: number;
  /** Lines of the page's reference list (参考资料). */
  references?: readonly string[];
  /** URLs the page gives as its own address (原文链接, canonical). */
  urls?: readonly string[];
  /** The document id (a path that may carry a date). */
  id?: string;
  /** The blocks' matching forms (normalizeForMatching of each text), when the caller has them. */
  norms?: readonly string[];
}

export interface PublishedOptions {
  /** The user-supplied date, used when the page gives none. */
  published?: string;
}

const byLength = (a: string, b: string): number => b.length - a.length;
const LABELS = [...meta.publishedLabels].sort(byLength);
const HEADER_LABELS = [...meta.headerDateLabels].sort(byLength);
const META_NAMES = new Set(meta.metaNames);

interface Candidate {
  date: PartialDate;
  /** Lower is more trusted. */
  rank: number;
  order: number;
}

function precisionScore(d: PartialDate): number {
  return d.length;
}

/** Dates from <meta> tags, JSON-LD and <time datetime> in raw HTML. */
function htmlDates(raw: string): Candidate[] {
  const out: Candidate[] = [];
  const head = raw.length > 300_000 ? raw.slice(0, 300_000) : raw;
  if (head.indexOf("<") < 0) return out;
  const metaRe = /<meta\b[^<>]*>/gi;
  for (let m = metaRe.exec(head); m !== null; m = metaRe.exec(head)) {
    const tag = m[0];
    const name = /\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag);
    const content = /\bcontent\s*=\s*["']([^"']+)["']/i.exec(tag);
    if (!name || !content || !META_NAMES.has(name[1].toLowerCase())) continue;
    const d = parseUserDate(content[1]);
    if (d && d.length >= 7) out.push({ date: d, rank: 0, order: m.index });
  }
  const ld = /"datePublished"\s*:\s*"([^"]+)"/.exec(head);
  if (ld) {
    const d = parseUserDate(ld[1]);
    if (d && d.length >= 7) out.push({ date: d, rank: 0, order: ld.index });
  }
  const time = /<time\b[^<>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(head);
  if (time) {
    const d = parseUserDate(time[1]);
    if (d && d.length >= 7) out.push({ date: d, rank: 1, order: time.index });
  }
  return out;
}

/** 2 when `before` ends with a publication label (发表时间), 1 with a generic one (时间, date), else 0. */
function labelBefore(before: string): number {
  const s = before.replace(/[\s:：|]+$/, "").toLowerCase();
  if (!s) return 0;
  for (const label of LABELS) if (s.endsWith(label)) return 2;
  for (const label of HEADER_LABELS) if (s.endsWith(label)) return 1;
  return 0;
}

/** Non-date characters left in a block once its dates are taken out (spaces and separators ignored). */
function residue(text: string, dates: FoundDate[]): number {
  let n = 0;
  let at = 0;
  for (const d of dates) {
    n += countWordChars(text.slice(at, d.start));
    at = d.end;
  }
  return n + countWordChars(text.slice(at));
}

function countWordChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0x3000 && !/[:：|,，()（）[\]【】\-/]/.test(s[i])) n++;
  }
  return n;
}

const PROGRAMME = /《[^》\n]{1,24}》\s*[(（]?\s*(\d{8})/;

/** Page-stated dates in the blocks, with their trust rank. Year-less datelines are returned aside. */
function blockDates(
  blocks: readonly Block[],
  headerEnd: number,
  norms: readonly string[] | undefined,
  strong: boolean,
): { cands: Candidate[]; yearless: { month: number; day: number } | null } {
  const cands: Candidate[] = [];
  let yearless: { month: number; day: number } | null = null;
  const limit = Math.min(blocks.length, 400);
  for (let i = 0; i < limit; i++) {
    // Past the header only rank-4 dates are found: with a better one already, they cannot win.
    if (i >= headerEnd && (strong || cands.some((c) => c.rank <= 3))) break;
    const text = norms ? norms[i] : normalizeForMatching(blocks[i].text);
    const order = 1000 + i;
    const prog = PROGRAMME.exec(text);
    if (prog) {
      const c = findCompactDates(prog[1]);
      if (c.length) cands.push({ date: c[0].date, rank: i < headerEnd ? 2 : 4, order });
    }
    const dates = findDates(text);
    const inHeader = i < headerEnd;
    for (const d of dates) {
      const label = text.length <= 80 ? labelBefore(text.slice(Math.max(0, d.start - 12), d.start)) : 0;
      const dateline = d.start < 60 && /^\s*(?:讯|电)/.test(text.slice(d.end, d.end + 3));
      if (label === 2 || (label === 1 && inHeader) || dateline)
        cands.push({ date: d.date, rank: inHeader ? 2 : 4, order });
    }
    if (inHeader) {
      if (dates.length === 1 && residue(text, dates) <= 8) cands.push({ date: dates[0].date, rank: 3, order });
      if (!dates.length && !yearless && i < headerEnd + 3) {
        for (const md of findMonthDays(text.slice(0, 60))) {
          if (/^\s*(?:讯|电)/.test(text.slice(md.end, md.end + 3))) {
            yearless = { month: md.month, day: md.day };
            break;
          }
        }
      }
    }
  }
  return { cands, yearless };
}

const URL_PATTERNS: { re: RegExp; y: number; m: number; d: number; short?: boolean }[] = [
  { re: /\/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)/, y: 1, m: 3, d: 4 },
  { re: /\/((?:19|20)\d{2})-?(\d{2})\/(\d{2})(?=[/_.-]|$)/, y: 1, m: 2, d: 3 },
  { re: /\/((?:19|20)\d{2})\/(\d{2})(\d{2})(?=[/_.-]|$)/, y: 1, m: 2, d: 3 },
  { re: /(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/, y: 1, m: 2, d: 3 },
  { re: /\/(\d{1,2})\/(\d{1,2})\/(\d{1,2})\/[a-z]?\d+/, y: 1, m: 2, d: 3, short: true },
];

/** The date a URL or path carries (…/2021/12/05/…, …/2025-05/09/…, t20250509_…, /18/8/29/n…). */
export function dateFromUrl(url: string): PartialDate | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "");
  for (const p of URL_PATTERNS) {
    const m = p.re.exec(path);
    if (!m) continue;
    let year = Number(m[p.y]);
    if (p.short) year += 2000;
    const d = makeDate(year, Number(m[p.m]), Number(m[p.d]));
    if (d && year <= 2100) return d;
  }
  return null;
}

/** The URLs a page gives as its own address: canonical / og:url links in raw HTML. */
export function canonicalUrls(raw: string): string[] {
  const out: string[] = [];
  const head = raw.length > 300_000 ? raw.slice(0, 300_000) : raw;
  const re = /<(?:link|meta)\b[^<>]*>/gi;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) {
    const tag = m[0];
    if (/\brel\s*=\s*["']canonical["']/i.test(tag)) {
      const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag);
      if (href) out.push(href[1]);
    } else if (/\bproperty\s*=\s*["']og:url["']/i.test(tag)) {
      const c = /\bcontent\s*=\s*["']([^"']+)["']/i.exec(tag);
      if (c) out.push(c[1]);
    }
  }
  return out;
}

function pick(cands: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of cands) {
    if (
      !best ||
      c.rank < best.rank ||
      (c.rank === best.rank && precisionScore(c.date) > precisionScore(best.date)) ||
      (c.rank === best.rank && precisionScore(c.date) === precisionScore(best.date) && c.order < best.order)
    )
      best = c;
  }
  return best;
}

/**
 * Finds when a document was published, from the page itself, its URL, its reference list or the
 * user, in that order of trust.
 */
export function findPublished(input: DatingInput, opts: PublishedOptions = {}): PublishedResult {
  const headerEnd = input.headerEnd ?? 12;
  const cands = input.raw ? htmlDates(input.raw) : [];
  const fromBlocks = blockDates(
    input.blocks,
    headerEnd,
    input.norms,
    cands.some((c) => c.rank <= 3),
  );
  cands.push(...fromBlocks.cands);
  const page = pick(cands);
  if (page) return { published: page.date, source: "page" };

  const urls = [...(input.urls ?? []), ...(input.raw ? canonicalUrls(input.raw) : [])];
  let urlDate: PartialDate | null = null;
  for (const u of urls) {
    urlDate = dateFromUrl(u);
    if (urlDate) break;
  }
  if (!urlDate && input.id) urlDate = dateFromUrl(`/${input.id}`);

  const user = parseUserDate(opts.published);
  if (fromBlocks.yearless) {
    // 【大纪元8月29日讯】: the year comes from the URL or the user's date.
    const year = Number((urlDate ?? user ?? "").slice(0, 4));
    const d = year ? makeDate(year, fromBlocks.yearless.month, fromBlocks.yearless.day) : null;
    if (d) return { published: d, source: "page" };
  }
  if (urlDate) return { published: urlDate, source: "url" };

  let latest: PartialDate | null = null;
  for (const line of input.references ?? []) {
    for (const d of findDates(normalizeForMatching(line))) latest = latest ? laterDate(latest, d.date) : d.date;
  }
  if (latest) return { published: latest, source: "references" };
  if (user) return { published: user, source: "user" };
  return { published: null, source: "none" };
}
