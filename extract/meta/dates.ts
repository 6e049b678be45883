/**
 * Calendar dates written in page text: 2025-03-21, 2025/3/21, 2025.03.21, 2025年3月21日, 2024年9月,
 * full-width digits (１９９８年１月１日) and Chinese numerals (一九九七年十二月三十一日, 二〇二五年),
 * with an optional time after them. Also compact 20250509 (only where the caller knows a date
 * stands) and year-less 8月29日 for datelines. All patterns are linear (no nested quantifiers).
 *
 * @example
 * findDates("问题更新日期:2026-01-21 03:17:01")[0].date // "2026-01-21"
 */
import { isJsSpace } from "../ingest/whitespace";
import type { PartialDate } from "../schema/graph";

export type DatePrecision = "month" | "day";

export interface FoundDate {
  date: PartialDate;
  precision: DatePrecision;
  /** [start, end) in the searched text, time included. */
  start: number;
  end: number;
  /** A clock time (10:00, 03:17:01) follows the date. */
  hasTime: boolean;
}

/** Folds full-width ASCII (digits, -, /, :, .) to half-width, keeping the length. */
export function foldWidth(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === text.length) return text;
  const parts: string[] = [];
  let last = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      if (i > last) parts.push(text.slice(last, i));
      parts.push(String.fromCharCode(c - 0xfee0));
      last = i + 1;
    } else if (c === 0x3000) {
      if (i > last) parts.push(text.slice(last, i));
      parts.push(" ");
      last = i + 1;
    }
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts.join("");
}

/** One of 〇○零O一二三四五六七八九 (the year digits of CHINESE). */
function isYearNumeral(c: number): boolean {
  switch (c) {
    case 0x3007: // 〇
    case 0x25cb: // ○
    case 0x96f6: // 零
    case 0x4f: // O
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
      return true;
    default:
      return false;
  }
}

/**
 * /[〇○零O一二三四五六七八九]{4}\s*年/.test(s) without the regex: some 年 with four such numerals
 * before it, whitespace between allowed.
 */
function hasChineseYear(s: string): boolean {
  for (let k = s.indexOf("年"); k >= 0; k = s.indexOf("年", k + 1)) {
    let j = k - 1;
    while (j >= 0 && isJsSpace(s.charCodeAt(j))) j--;
    if (j >= 3 && isYearNumeral(s.charCodeAt(j)) && isYearNumeral(s.charCodeAt(j - 1)))
      if (isYearNumeral(s.charCodeAt(j - 2)) && isYearNumeral(s.charCodeAt(j - 3))) return true;
  }
  return false;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM[-DD]` when the parts are a real calendar date, else null. */
export function makeDate(year: number, month: number, day?: number): PartialDate | null {
  if (!(year >= 1000 && year <= 2999) || !(month >= 1 && month <= 12)) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (!(day >= 1 && day <= DAYS_IN_MONTH[month - 1])) return null;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const NUMERAL: Record<string, number> = {
  〇: 0,
  "○": 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 三十一 → 31, 廿三 → 23, 五 → 5; NaN when not a small Chinese number. */
export function chineseNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === "廿") total += 20;
    else if (ch === "卅") total += 30;
    else if (ch in NUMERAL) current = NUMERAL[ch];
    else return NaN;
  }
  return total + current;
}

const TIME = /^\s*(?:[Tt]|\s)?\s*([01]?\d|2[0-3])[:：]([0-5]\d)(?:[:：]([0-5]\d))?/;

const NUMERIC =
  /(?<![\d.])(1[5-9]\d{2}|2\d{3})(?:\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d.])|\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)/g;
const CHINESE =
  /([〇○零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十廿卅]{1,4})\s*[日号])?/g;

function withTime(text: string, d: FoundDate): FoundDate {
  const t = TIME.exec(text.slice(d.end, d.end + 12));
  if (t) return { ...d, end: d.end + t[0].length, hasTime: true };
  return d;
}

/** Every full date (year with month, optionally day) in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const s = foldWidth(text);
  const out: FoundDate[] = [];
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(s); m !== null; m = NUMERIC.exec(s)) {
    const year = Number(m[1]);
    const month = Number(m[3] ?? m[5]);
    const dayText = m[4] ?? m[6];
    const date = makeDate(year, month, dayText === undefined ? undefined : Number(dayText));
    if (!date) continue;
    const found: FoundDate = {
      date,
      precision: dayText === undefined ? "month" : "day",
      start: m.index,
      end: m.index + m[0].length,
      hasTime: false,
    };
    out.push(withTime(s, found));
  }
  if (hasChineseYear(s)) {
    CHINESE.lastIndex = 0;
    for (let m = CHINESE.exec(s); m !== null; m = CHINESE.exec(s)) {
      let year = 0;
      for (const ch of m[1]) year = year * 10 + NUMERAL[ch];
      const month = chineseNumber(m[2]);
      const day = m[3] === undefined ? undefined : chineseNumber(m[3]);
      const date = makeDate(year, month, day);
      if (!date) continue;
      out.push(
        withTime(s, {
          date,
          precision: day === undefined ? "month" : "day",
          start: m.index,
          end: m.index + m[0].length,
          hasTime: false,
        }),
      );
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const COMPACT = /(?<!\d)(1[5-9]\d{2}|2\d{3})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g;

/** Compact dates such as 20250509 (use only where the context says a date stands there). */
export function findCompactDates(text: string): FoundDate[] {
  const s = foldWidth(text);
  const out: FoundDate[] = [];
  COMPACT.lastIndex = 0;
  for (let m = COMPACT.exec(s); m !== null; m = COMPACT.exec(s)) {
    const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) out.push({ date, precision: "day", start: m.index, end: m.index + m[0].length, hasTime: false });
  }
  return out;
}

const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const MONTH_DAY_ZH =
  /(?<![年〇○零一二三四五六七八九十])([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,4})[日号]/g;

/** Year-less month and day (8月29日, 十二月三十一日), for datelines such as 【大纪元8月29日讯】. */
export function findMonthDays(text: string): { month: number; day: number; start: number; end: number }[] {
  const s = foldWidth(text);
  const out: { month: number; day: number; start: number; end: number }[] = [];
  for (const re of [MONTH_DAY, MONTH_DAY_ZH]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      const month = re === MONTH_DAY ? Number(m[1]) : chineseNumber(m[1]);
      const day = re === MONTH_DAY ? Number(m[2]) : chineseNumber(m[2]);
      if (makeDate(2000, month, day)) out.push({ month, day, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Parses a user-supplied date (YYYY, YYYY-MM, YYYY-MM-DD, 2025/3/21, 2025年3月21日); null if none. */
export function parseUserDate(value: string | undefined): PartialDate | null {
  if (!value) return null;
  const s = foldWidth(value.trim());
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$/.exec(s);
  if (iso) {
    const y = Number(iso[1]);
    if (iso[2] === undefined) return y >= 1000 && y <= 2999 ? String(y) : null;
    return makeDate(y, Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
  }
  const found = findDates(s);
  if (found.length) return found[0].date;
  const compact = findCompactDates(s);
  return compact.length ? compact[0].date : null;
}

/** Later of two partial dates (a more specific date wins a tie on its prefix). */
export function laterDate(a: PartialDate, b: PartialDate): PartialDate {
  return a >= b ? a : b;
}
