/** Small character helpers shared by the mention finders. */

/** Folds full-width ASCII forms (U+FF01–FF5E) and the ideographic space, as CleanDocument.norm does. */
export function foldWidth(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

/** Middle dots used between the parts of a transliterated name. */
export const NAME_DOTS = ["·", "•", "・", "‧", "."];

/** A name with "·" in every spelling a page may use (弗拉基米尔·普京, 弗拉基米尔•普京 …). */
export function dotVariants(name: string): string[] {
  if (!name.includes("·")) return [name];
  return NAME_DOTS.map((d) => name.split("·").join(d));
}

/** True for CJK unified ideographs (the basic block and extension A). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** True for an ASCII letter or digit (word characters of English surface forms). */
export function isAsciiWord(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const NUMERALS = new Set("0123456789零〇一二三四五六七八九十百千万两廿卅第");
/** NUMERALS by code unit, one bit each. */
const NUMERAL_BITS = new Int32Array(2048);
for (const ch of NUMERALS) NUMERAL_BITS[ch.charCodeAt(0) >> 5] |= 1 << (ch.charCodeAt(0) & 31);

/** True for Arabic digits and Chinese numerals (so 13日 is a date, not Japan). */
export function isNumeral(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return ch !== undefined && NUMERALS.has(ch);
  const c = ch.charCodeAt(0);
  return (NUMERAL_BITS[c >> 5] & (1 << (c & 31))) !== 0;
}

/**
 * Stable 32-bit FNV-1a hash as 8 hex digits; same input, same output, in every runtime.
 *
 * @example
 * shortHash("睦邻友好合作条约") // "…" (8 hex digits)
 */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

const COUNTRY_KEYS = new Map<string, string>();

/**
 * `country:${code}`, one string per code for the whole run (no new string per mention; the keys'
 * hashes are computed once for the sets and maps that meet them later).
 */
export function countryKey(code: string): string {
  let k = COUNTRY_KEYS.get(code);
  if (k === undefined) {
    k = `country:${code}`;
    COUNTRY_KEYS.set(code, k);
  }
  return k;
}
