/**
 * Document language: Chinese when Han characters dominate the Latin words, else English.
 */
import type { Lang } from "../schema/graph";
import { isHan } from "./markers";

/** A Latin letter as `charStats` counts them (A–Z, a–z, U+00C0–U+024F). */
function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * "zh" when the text has at least as many Han characters as Latin words (as `charStats` counts
 * them), else "en". The scan stops as soon as the rest of the text cannot hold enough words to
 * outnumber the Han characters seen (a word needs a letter and, before it, something that is none).
 *
 * @example
 * detectLang("俄罗斯总统普京(Vladimir Putin)说") // "zh"
 */
export function detectLang(text: string): Lang {
  let han = 0;
  let words = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isLatin(c)) {
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (isHan(c)) {
      han++;
      // At most one new word per two code units left, plus one.
      if (han >= words + ((n - i) >> 1) + 1) return "zh";
    }
  }
  return han > 0 && han >= words ? "zh" : "en";
}
