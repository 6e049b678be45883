/**
 * Numbers in the text that may be dates: 1896年, 2024年9月, 2025-03-21, 一九九七年十二月三十一日,
 * 1960年代, 五十年代, 19世纪末, 建交75周年, 两年前, 过去两年来, 11月13日, 13日, and the English forms
 * after a number. Everything else numeric (20年的, 1万名, 第10次, 123号) yields nothing.
 */
import { isAlnum, isAsciiLetter } from "./chars";
import { daysInMonth, parsePartialDate, type DateParts } from "./date";
import { englishAfterNumber, englishDecade, englishYearCue } from "./english";
import {
  digitValue,
  digitsValue,
  isCjkDigit,
  isCjkNumeral,
  parseChineseNumber,
  readCjkNumeral,
  readDigits,
  readNumber,
} from "./numerals";
import {
  endingWord,
  inYearRange,
  resolveAgo,
  resolveBareDay,
  resolveRecent,
  resolveYearless,
  skipSpaces,
  skipSpacesBack,
  spanOf,
  startingWord,
  ys,
  type Scan,
  type ScanCtx,
} from "./resolve";

/** After a year `y` ending at p (just past 年): year parts (上半年, 年底), or a month and day. */
export function yearContinuation(ctx: ScanCtx, start: number, p: number, y: number, kind: "point" | "relative"): Scan {
  const text = ctx.text;
  const q = skipSpaces(text, p);
  for (const part of ctx.lex.markers.yearParts) {
    if (text.startsWith(part.word, q)) {
      const s = spanOf({ y, m: part.from }, { y, m: part.to });
      const end = q + part.word.length;
      return { atom: s ? { start, end, ...s, kind } : null, end };
    }
  }
  const mo = monthNumberAt(text, q);
  if (mo) return monthAtom(ctx, start, mo.end, y, mo.m, kind);
  const s = spanOf({ y });
  return { atom: s ? { start, end: p, ...s, kind } : null, end: p };
}

/** A month number followed by 月 at q ("9月", "十二月", "12 月"): the month and the end past 月. */
function monthNumberAt(text: string, q: number): { m: number; end: number } | null {
  const num = readNumber(text, q, 3);
  if (!num) return null;
  if (num.form === "ascii" ? num.length > 2 : num.form === "digits" && num.length > 1) return null;
  const r = num.form === "ascii" ? skipSpaces(text, num.end) : num.end;
  if (text[r] !== "月" || num.value < 1 || num.value > 12) return null;
  return { m: num.value, end: r + 1 };
}

/** After a month (position p just past 月): 份, parts (初, 下旬), or a day (13日, 13号, 13-15日). */
function monthTail(ctx: ScanCtx, p: number): { end: number; d?: number; dTo?: number } {
  const text = ctx.text;
  let q = p;
  if (text[q] === "份") q++;
  const part = startingWord(text, q, ctx.lex.markers.monthParts);
  if (part) return { end: q + part.length };
  const r = skipSpaces(text, q);
  const num = readNumber(text, r, 4);
  if (!num || (num.form === "ascii" && num.length > 2) || (num.form === "digits" && num.length > 1)) return { end: q };
  if (num.value < 1 || num.value > 31) return { end: q };
  const s = num.form === "ascii" ? skipSpaces(text, num.end) : num.end;
  if (text[s] === "日" || text[s] === "号") return { end: s + 1, d: num.value };
  const conn = startingWord(text, s, ctx.lex.markers.connectors);
  if (conn) {
    const n2 = readNumber(text, s + conn.length, 4);
    if (n2 && n2.value >= num.value && n2.value <= 31) {
      const t = n2.form === "ascii" ? skipSpaces(text, n2.end) : n2.end;
      if (text[t] === "日" || text[t] === "号") return { end: t + 1, d: num.value, dTo: n2.value };
    }
  }
  return { end: q };
}

/** A dated month (year known) from `start`, month number ending at p. */
export function monthAtom(
  ctx: ScanCtx,
  start: number,
  p: number,
  y: number,
  m: number,
  kind: "point" | "relative",
): Scan {
  const tail = monthTail(ctx, p);
  const s = spanOf({ y, m, d: tail.d }, { y, m, d: tail.dTo ?? tail.d });
  return { atom: s ? { start, end: tail.end, ...s, kind: tail.dTo ? "range" : kind } : null, end: tail.end };
}

/** A run of Arabic digits at [i, runEnd). */
export function scanDigits(ctx: ScanCtx, i: number, runEnd: number): Scan | null {
  const text = ctx.text;
  const len = runEnd - i;
  const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (isAsciiLetter(prev) || prev === 95) return null;
  const prevIsSep = prev === 46 || prev === 45 || prev === 47 || prev === 58 || prev === 0xff0d || prev === 0xff0f;
  if (prevIsSep && i >= 2 && digitValue(text.charCodeAt(i - 2)) >= 0) return null;
  if (prev === 47 && len === 4) return null; // a URL path: /pic/2021/9-7/
  if (text[runEnd] === "." && digitValue(text.charCodeAt(runEnd + 1)) >= 0 && len !== 4) return null;
  if (text[runEnd] === "%" || text[runEnd] === "％") return null;
  const v = digitsValue(text, i, runEnd);
  if (len === 4) return scanFourDigits(ctx, i, runEnd, v);
  if (len <= 3) return scanSmall(ctx, i, runEnd, v, "ascii");
  return null;
}

function isDash(ch: string): boolean {
  return ch === "-" || ch === "－" || ch === "–" || ch === "—";
}

function isDateSep(ch: string): boolean {
  return ch === "-" || ch === "/" || ch === "." || ch === "－" || ch === "／" || ch === "．";
}

/** Same separator, folding full-width forms. */
function sameSep(a: string, b: string): boolean {
  const f = (x: string): string => (x === "－" ? "-" : x === "／" ? "/" : x === "．" ? "." : x);
  return f(a) === f(b);
}

/** A 4-digit number: a year (1896年), decade (1960年代, 1960s), ISO date, year range, or a cued English year. */
function scanFourDigits(ctx: ScanCtx, i: number, runEnd: number, y: number): Scan | null {
  const text = ctx.text;
  const p = skipSpaces(text, runEnd);
  if (text.startsWith("年代", p)) {
    if (y % 10 !== 0 || !inYearRange(y)) return { atom: null, end: p + 2 };
    return decadeAtom(ctx, i, p + 2, y, 0, 0);
  }
  if (text[p] === "年") {
    if (!inYearRange(y) || endingWord(text, skipSpacesBack(text, i), ctx.lex.markers.durationPrefixes))
      return { atom: null, end: p + 1 };
    return yearContinuation(ctx, i, p + 1, y, "point");
  }
  const sep = text[runEnd];
  if (sep !== undefined && isDateSep(sep) && inYearRange(y) && digitValue(text.charCodeAt(runEnd + 1)) >= 0) {
    const s2 = runEnd + 1;
    const e2 = readDigits(text, s2);
    const l2 = e2 - s2;
    const v2 = digitsValue(text, s2, e2);
    if (l2 === 4 && isDash(sep) && inYearRange(v2) && v2 >= y && !isAlnum(text.charCodeAt(e2))) {
      const q = skipSpaces(text, e2);
      const end = text[q] === "年" ? q + 1 : e2;
      return { atom: { start: i, end, from: ys(y), to: ys(v2), kind: "range" }, end };
    }
    if ((l2 === 1 || l2 === 2) && v2 >= 1 && v2 <= 12) {
      if (text[e2] !== undefined && sameSep(text[e2], sep)) {
        const s3 = e2 + 1;
        const e3 = readDigits(text, s3);
        const v3 = digitsValue(text, s3, e3);
        if (e3 - s3 >= 1 && e3 - s3 <= 2 && !isAlnum(text.charCodeAt(e3)) && v3 >= 1 && v3 <= daysInMonth(y, v2)) {
          const s = spanOf({ y, m: v2, d: v3 });
          return { atom: s ? { start: i, end: e3, ...s, kind: "point" } : null, end: e3 };
        }
      }
      const nextOk =
        !isAlnum(text.charCodeAt(e2)) &&
        !(text[e2] !== undefined && sameSep(text[e2], sep) && digitValue(text.charCodeAt(e2 + 1)) >= 0);
      if (nextOk && sep !== "." && sep !== "．" && (l2 === 2 || !isDash(sep))) {
        const s = spanOf({ y, m: v2 });
        return { atom: s ? { start: i, end: e2, ...s, kind: "point" } : null, end: e2 };
      }
    }
    return null;
  }
  // 2001至2021年, 1950—1953年, 1950–1953
  const conn = startingWord(text, runEnd, ["——", "—", "–", "至", "到", "~", "～"]);
  if (conn && inYearRange(y)) {
    const s2 = runEnd + conn.length;
    const e2 = readDigits(text, s2);
    const v2 = digitsValue(text, s2, e2);
    const q = skipSpaces(text, e2);
    const withYear = text[q] === "年";
    if (
      e2 - s2 === 4 &&
      inYearRange(v2) &&
      v2 >= y &&
      (withYear || (isDash(conn[0]) && !isAlnum(text.charCodeAt(e2))))
    ) {
      const end = withYear ? q + 1 : e2;
      return { atom: { start: i, end, from: ys(y), to: ys(v2), kind: "range" }, end };
    }
  }
  // English: 1960s / 1960's
  const apos = text[runEnd] === "'" || text[runEnd] === "’";
  const sEnd = apos ? runEnd + 1 : runEnd;
  if (text[sEnd] === "s" && !isAlnum(text.charCodeAt(sEnd + 1))) {
    if (y % 10 === 0 && inYearRange(y)) return { atom: englishDecade(ctx, i, sEnd + 1, y), end: sEnd + 1 };
    return null;
  }
  if (!isAlnum(text.charCodeAt(runEnd)) && inYearRange(y) && englishYearCue(ctx, i)) {
    return { atom: { start: i, end: runEnd, from: ys(y), to: ys(y), kind: "point" }, end: runEnd };
  }
  return null;
}

const AGO_UNITS: [string, "year" | "month" | "week" | "day"][] = [
  ["年以前", "year"],
  ["年之前", "year"],
  ["年前", "year"],
  ["个多月前", "month"],
  ["个月以前", "month"],
  ["个月前", "month"],
  ["天以前", "day"],
  ["天前", "day"],
  ["个星期前", "week"],
  ["个礼拜前", "week"],
  ["星期前", "week"],
  ["周前", "week"],
];

/**
 * A number below 1000 at [i, end) (Arabic or Chinese): decades (60年代), centuries (20世纪),
 * anniversaries (75周年), "N年前", "过去N年(来)", a month (6月, 十二月) or a day (13日).
 */
function scanSmall(
  ctx: ScanCtx,
  i: number,
  end: number,
  v: number,
  form: "ascii" | "digits" | "positional",
): Scan | null {
  const text = ctx.text;
  const M = ctx.lex.markers;
  const p = form === "ascii" ? skipSpaces(text, end) : end;
  const pub = ctx.pub;
  if (text.startsWith("年代", p)) {
    if (v % 10 !== 0 || v >= 100) return { atom: null, end: p + 2 };
    return decadeAtom(ctx, i, p + 2, null, v, v);
  }
  if (text.startsWith("世纪", p)) {
    if (v < 1 || v > 21) return { atom: null, end: p + 2 };
    return centuryAtom(ctx, i, p + 2, (v - 1) * 100);
  }
  if (text.startsWith("周年", p) || text.startsWith("週年", p)) {
    const aEnd = p + 2;
    if (!pub || v < 1 || !inYearRange(pub.y - v)) return { atom: null, end: aEnd };
    let start = i;
    if (text[start - 1] === "第") start--;
    const ev = endingWord(text, start, M.anniversaryEvents);
    if (ev) start -= ev.length;
    return { atom: { start, end: aEnd, from: ys(pub.y - v), to: null, kind: "anniversary", fixed: true }, end: aEnd };
  }
  if (v >= 1 && v < 1000) {
    for (const [w, unit] of AGO_UNITS) {
      if (!text.startsWith(w, p)) continue;
      const aEnd = p + w.length;
      if (!pub) return { atom: null, end: aEnd };
      const s = resolveAgo(pub, unit, v);
      return { atom: s ? { start: i, end: aEnd, ...s, kind: "relative", fixed: true } : null, end: aEnd };
    }
    const yearsSpan = recentYears(ctx, i, p, v);
    if (yearsSpan) return yearsSpan;
  }
  if (form === "digits" && end - i > 1) return null;
  if (text[p] === "月" && v >= 1 && v <= 12 && text[i - 1] !== "第" && text[i - 1] !== "每") {
    // kept even when unresolved (no publication date): a range may still lend it a year (2024年6月至8月)
    const tail = monthTail(ctx, p + 1);
    const s = resolveYearless(ctx, v, tail.d, i);
    const to = s && tail.dTo !== undefined ? spanOf({ ...(parsePartialDate(s.from) as DateParts), d: tail.dTo }) : null;
    const kind = tail.dTo ? "range" : "point";
    return {
      atom: {
        start: i,
        end: tail.end,
        from: s?.from ?? null,
        to: to ? to.to : (s?.to ?? null),
        kind,
        yearless: { m: v, d: tail.d },
      },
      end: tail.end,
    };
  }
  if (form === "ascii" && text[p] === "日" && v >= 1 && v <= 31) {
    if (endingWord(text, i, M.dayBlockPrev) || startingWord(text, p + 1, M.dayBlockNext)) return null;
    const s = resolveBareDay(ctx, v, i);
    return {
      atom: { start: i, end: p + 1, from: s?.from ?? null, to: s?.to ?? null, kind: "point", yearless: { d: v } },
      end: p + 1,
    };
  }
  if (form === "ascii") return englishAfterNumber(ctx, i, end, v);
  return null;
}

/** "N年来", "过去N年(里)", "近N年" → the last N years up to publication. */
function recentYears(ctx: ScanCtx, i: number, p: number, v: number): Scan | null {
  const text = ctx.text;
  const M = ctx.lex.markers;
  let q = p;
  if (text[q] === "多") q++;
  if (text[q] !== "年") return null;
  q++;
  const pre = endingWord(text, i, M.spanPrefixes);
  const suf = startingWord(text, q, M.spanSuffixes);
  if (!pre && suf !== "来" && suf !== "以来") return null;
  const end = suf ? q + suf.length : q;
  if (!ctx.pub) return { atom: null, end };
  const s = resolveRecent(ctx.pub, v);
  const start = pre ? i - pre.length : i;
  return { atom: s ? { start, end, ...s, kind: "relative", fixed: true } : null, end };
}

/** A run of Chinese numerals at i: 一九九七年, 二〇二四年, 十二月, 五十年代, 八九十年代, 两年前 … */
export function scanCjkNumeral(ctx: ScanCtx, i: number): Scan | null {
  const text = ctx.text;
  if (i > 0 && isCjkNumeral(text[i - 1])) return null;
  const end = readCjkNumeral(text, i, 10);
  const s = text.slice(i, end);
  // 八九十年代, 六七十年代
  if (s.length === 3 && isCjkDigit(s[0]) && isCjkDigit(s[1]) && s[2] === "十" && text.startsWith("年代", end)) {
    const d0 = parseChineseNumber(s[0]) ?? 0;
    const d1 = parseChineseNumber(s[1]) ?? 0;
    if (d1 === d0 + 1 && d0 >= 1) return decadeAtom(ctx, i, end + 2, null, d0 * 10, d1 * 10);
    return null;
  }
  let allDigits = true;
  for (const ch of s) if (!isCjkDigit(ch)) allDigits = false;
  if (allDigits && s.length === 4) {
    const y = parseChineseNumber(s) ?? 0;
    if (text.startsWith("年代", end))
      return y % 10 === 0 && inYearRange(y) ? decadeAtom(ctx, i, end + 2, y, 0, 0) : null;
    if (text[end] === "年" && inYearRange(y)) return yearContinuation(ctx, i, end + 1, y, "point");
    return null;
  }
  const v = parseChineseNumber(s);
  if (v === null) return null;
  return scanSmall(ctx, i, end, v, allDigits ? "digits" : "positional");
}

/**
 * A decade: `y0` is a full first year (1960年代), or null with `tens`..`tensTo` in the century of a
 * century word just before it (20世纪60年代, 上世纪八九十年代) or else the 1900s (60年代).
 */
function decadeAtom(ctx: ScanCtx, i: number, end: number, y0: number | null, tens: number, tensTo: number): Scan {
  const text = ctx.text;
  let start = i;
  let base: number;
  if (y0 !== null) base = y0;
  else {
    const last = ctx.atoms[ctx.atoms.length - 1];
    if (last && last.century !== undefined && skipSpaces(text, last.end) === i) {
      ctx.atoms.pop();
      start = last.start;
      base = last.century + tens;
    } else base = (tens === 0 ? 2000 : 1900) + tens;
  }
  const last = base + (tensTo - tens) + 9;
  let lo = 0;
  let hi = last - base;
  let e = end;
  const part = ctx.lex.markers.decadeParts.find((pt) => text.startsWith(pt.word, end));
  if (part && tensTo === tens) {
    lo = part.from;
    hi = part.to;
    e = end + part.word.length;
  }
  const s = spanOf({ y: base + lo }, { y: base + hi });
  return { atom: s ? { start, end: e, ...s, kind: "decade" } : null, end: e };
}

/** A century starting in year `base` (20世纪 → 1900), with its parts (末, 上半叶). */
export function centuryAtom(ctx: ScanCtx, start: number, end: number, base: number): Scan {
  const text = ctx.text;
  const part = ctx.lex.markers.centuryParts.find((pt) => text.startsWith(pt.word, end));
  if (part) {
    const e = end + part.word.length;
    const s = spanOf({ y: base + part.from }, { y: base + part.to });
    return { atom: s ? { start, end: e, ...s, kind: "century" } : null, end: e };
  }
  const s = spanOf({ y: base }, { y: base + 99 });
  return { atom: s ? { start, end, ...s, kind: "century", century: base } : null, end };
}
