/**
 * A relation in words for lists outside the details panel: "United States → North Korea"
 * (directed) or "China — Russia", in the label language.
 *
 * @example
 * edgeLabel(full, "opposes:country:USA->country:PRK", "en") // { relation: "opposes", text: "United States → North Korea" }
 */
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import type { EdgeLabel } from "./IngestPanel";

export function edgeLabel(full: FullGraph, key: string, lang: Lang): EdgeLabel | null {
  const i = full.edges.index.get(key);
  if (i === undefined) return null;
  const name = (n: number) => {
    const a = full.nodes.attrs[n];
    return (lang === "en" ? a.labelEn : a.label) || a.label;
  };
  const arrow = full.edges.directed[i] ? "→" : "—";
  return {
    relation: full.edges.attrs[i].relation,
    text: `${name(full.edges.source[i])} ${arrow} ${name(full.edges.target[i])}`,
  };
}
