/** Names helpers for the panels (pure). */
import type { Lang, NodeAttributes } from "../../../extract/schema/graph";
import { labelFor } from "../../render/appearance";

/** Every name of a node, primary label first, without duplicates. */
export function allNames(a: NodeAttributes): string[] {
  return [...new Set([a.label, ...(a.labelEn ? [a.labelEn] : []), ...a.names])];
}

/** "中国 (China)" in zh, "China (中国)" in en. */
export function dualLabel(a: NodeAttributes, lang: Lang): [string, string | null] {
  const main = labelFor(a, lang);
  const other = lang === "en" ? a.label : a.labelEn;
  return [main, other && other !== main ? other : null];
}
