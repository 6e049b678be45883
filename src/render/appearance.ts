/** Pure appearance rules: label per language, node and edge sizes. */
import type { Lang, NodeAttributes } from "../../extract/schema/graph";
import type { Thickness } from "../state/types";
import { KIND_BASE_SIZE } from "./palette";

/** The label to draw in `lang` (English falls back to the primary label). */
export function labelFor(a: Pick<NodeAttributes, "label" | "labelEn">, lang: Lang): string {
  return lang === "en" ? a.labelEn || a.label : a.label;
}

/**
 * Size scale for a graph of `order` nodes: 1 up to a few hundred nodes, shrinking with the square
 * root of the order so big graphs stay legible (and cheap to rasterise), never below 0.3.
 */
export function sizeScale(order: number): number {
  return Math.max(0.3, Math.min(1, Math.sqrt(400 / Math.max(1, order))));
}

/** Node size from kind and degree, scaled for the graph's order. */
export function nodeSize(kind: NodeAttributes["kind"], degree: number, scale = 1): number {
  return Math.max(1.5, Math.min(24, KIND_BASE_SIZE[kind] + 1.5 * Math.sqrt(degree)) * scale);
}

/** Edge thickness by confidence (0..1, default 0.5) or by number of claims, scaled for the graph. */
export function edgeSize(thickness: Thickness, confidence: number | undefined, claims: number, scale = 1): number {
  const base = thickness === "claims" ? Math.min(6, 0.8 + 1.3 * Math.log2(1 + claims)) : 0.8 + 3 * (confidence ?? 0.5);
  return Math.max(0.5, base * scale);
}
