/**
 * Per-passage language detection between Chinese and English, by script counts. A Chinese passage
 * quoting English names in parentheses (卡申(Vassily Kashin)) stays Chinese because one Han character
 * carries about as much text as a three-letter English word; an English passage with a few Chinese
 * names stays English.
 */
import type { Lang } from "../schema/graph";

/** Weight of a Han character against a Latin letter (average English word ≈ 5 letters ≈ 1.7 Han). */
const HAN_WEIGHT = 3;

function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2ffff)
  );
}

/** Han characters and Latin letters in a text, one pass. */
export function scriptCounts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i) ?? 0;
      if (isHanCode(cp)) han++;
      i++;
    } else if (isHanCode(c)) han++;
  }
  return { han, latin };
}

/**
 * 'zh' or 'en' for a passage: Chinese when its Han characters, weighted, outnumber its Latin
 * letters. A text with neither (digits, punctuation) is 'zh', the project's default language.
 *
 * @example
 * detectLang("卡申(Vassily Kashin)认为，中俄不会结盟。") // "zh"
 * detectLang("Russia and China signed the treaty in Beijing (北京).") // "en"
 */
export function detectLang(text: string): Lang {
  const { han, latin } = scriptCounts(text);
  if (han === 0 && latin === 0) return "zh";
  return han * HAN_WEIGHT >= latin ? "zh" : "en";
}
