/**
 * Chinese and Arabic numerals → numbers. Years are read digit by digit (一九九七 → 1997, 二〇二四 → 2024);
 * counts and dates positionally (十二 → 12, 三十一 → 31, 廿一 → 21). Full-width digits are accepted.
 */

const CJK_DIGITS: Record<string, number> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const CJK_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/** 廿 = 二十, 卅 = 三十: they stand for a whole tens group. */
const CJK_TENS: Record<string, number> = { 廿: 20, 卅: 30 };

/** The value of an ASCII or full-width digit at code point `c`, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** One bit per code unit of CJK_DIGITS, CJK_UNITS and CJK_TENS. */
const NUMERAL_BITS = new Int32Array(2048);
for (const table of [CJK_DIGITS, CJK_UNITS, CJK_TENS]) {
  for (const ch of Object.keys(table)) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1) NUMERAL_BITS[c >> 5] |= 1 << (c & 31);
  }
}

/** isCjkNumeral for a code unit (no one-character string needed). */
export function isCjkNumeralCode(c: number): boolean {
  return (NUMERAL_BITS[c >> 5] & (1 << (c & 31))) !== 0;
}

/** True when `ch` can be part of a Chinese numeral (digits, 十百千万, 廿卅, 两, 〇). */
export function isCjkNumeral(ch: string): boolean {
  return ch !== undefined && ch.length === 1 && isCjkNumeralCode(ch.charCodeAt(0));
}

/** True when `ch` is a Chinese digit (no 十百千万廿卅). */
export function isCjkDigit(ch: string): boolean {
  return ch in CJK_DIGITS;
}

/** End (exclusive) of the run of ASCII/full-width digits starting at `i`. */
export function readDigits(text: string, i: number): number {
  let j = i;
  while (j < text.length && digitValue(text.charCodeAt(j)) >= 0) j++;
  return j;
}

/** Value of the digits in text[i, end) (ASCII or full-width); NaN when empty or not digits. */
export function digitsValue(text: string, i: number, end: number): number {
  if (end <= i) return NaN;
  let v = 0;
  for (let k = i; k < end; k++) {
    const d = digitValue(text.charCodeAt(k));
    if (d < 0) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/** End (exclusive) of the run of Chinese numeral characters starting at `i`, at most `max` long. */
export function readCjkNumeral(text: string, i: number, max = 10): number {
  let j = i;
  while (j < text.length && j - i < max && isCjkNumeral(text[j])) j++;
  return j;
}

/**
 * Parses a numeral: Arabic digits ("2024", "２０２４"), a digit-by-digit Chinese numeral ("一九九七" → 1997,
 * "二〇二四" → 2024) or a positional one ("十二" → 12, "三十一" → 31, "一百二十" → 120, "两千" → 2000,
 * "廿一" → 21). Returns null for malformed numerals ("十十", "三二十").
 *
 * @example parseChineseNumber("一九九七") // 1997
 */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0) return null;
  const ascii = digitsValue(s, 0, s.length);
  if (!Number.isNaN(ascii)) return ascii;
  let positional = false;
  for (const ch of s) {
    if (!isCjkNumeral(ch)) return null;
    if (ch in CJK_UNITS || ch in CJK_TENS) positional = true;
  }
  if (!positional) {
    let v = 0;
    for (const ch of s) v = v * 10 + CJK_DIGITS[ch];
    return v;
  }
  return parsePositional(s);
}

function parsePositional(s: string): number | null {
  let total = 0; // completed 万 groups
  let section = 0; // below 万
  let digit = -1; // pending digit, -1 = none
  let lastUnit = Infinity; // units must fall within a section (千 > 百 > 十)
  let prevWasDigit = false;
  for (const ch of s) {
    if (ch in CJK_DIGITS) {
      const d = CJK_DIGITS[ch];
      if (prevWasDigit && d !== 0 && digit !== 0) return null; // 三二十
      digit = d;
      prevWasDigit = true;
      continue;
    }
    prevWasDigit = false;
    if (ch in CJK_TENS) {
      if (digit > 0 || lastUnit <= 10) return null;
      section += CJK_TENS[ch];
      lastUnit = 10;
      digit = -1;
      continue;
    }
    const unit = CJK_UNITS[ch];
    if (unit === 10000) {
      section += digit > 0 ? digit : 0;
      if (section === 0) section = 1;
      total += section * 10000;
      section = 0;
      digit = -1;
      lastUnit = Infinity;
      continue;
    }
    if (unit >= lastUnit) return null; // 十十, 百千
    section += (digit > 0 ? digit : digit === 0 ? 0 : 1) * unit;
    if (digit === 0) return null; // 零十
    lastUnit = unit;
    digit = -1;
  }
  if (digit > 0) section += digit;
  return total + section;
}

/** A number read at a position in a text. */
export interface NumberToken {
  value: number;
  /** End (exclusive) of the numeral. */
  end: number;
  /** "ascii": Arabic digits; "digits": Chinese read digit by digit; "positional": Chinese with 十/百/千. */
  form: "ascii" | "digits" | "positional";
  /** Number of characters in the numeral. */
  length: number;
}

/**
 * Reads a number (Arabic or Chinese) starting exactly at `i`; null when there is none.
 * Chinese runs are capped at `maxCjk` characters.
 */
export function readNumber(text: string, i: number, maxCjk = 10): NumberToken | null {
  if (i >= text.length) return null;
  const asciiEnd = readDigits(text, i);
  if (asciiEnd > i) {
    return { value: digitsValue(text, i, asciiEnd), end: asciiEnd, form: "ascii", length: asciiEnd - i };
  }
  const end = readCjkNumeral(text, i, maxCjk);
  if (end === i) return null;
  const s = text.slice(i, end);
  const v = parseChineseNumber(s);
  if (v === null) return null;
  let positional = false;
  for (const ch of s) if (!(ch in CJK_DIGITS)) positional = true;
  return { value: v, end, form: positional ? "positional" : "digits", length: end - i };
}
