/**
 * Document language: Chinese when Han characters dominate the Latin words, else English.
 */
import type { Lang } from "../schema/graph";
import { charStats } from "./markers";

/**
 * "zh" when the text has at least as many Han characters as Latin words, else "en".
 *
 * @example
 * detectLang("俄罗斯总统普京(Vladimir Putin)说") // "zh"
 */
export function detectLang(text: string): Lang {
  const { han, words } = charStats(text);
  return han > 0 && han >= words ? "zh" : "en";
}
