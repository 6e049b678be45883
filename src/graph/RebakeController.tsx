/**
 * Re-bakes static appearance when the language (labels) or thickness rule (edge sizes) changes —
 * one batched graph update each, with hints so sigma skips re-indexing. Renderless.
 */
import { useEffect, useRef } from "react";
import type { Lang } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";
import { edgeSize, labelFor, sizeScale } from "../render/appearance";
import type { RenderGraph } from "../render/types";
import type { Thickness } from "../state/types";

export function RebakeController({
  full,
  render,
  lang,
  thickness,
}: {
  full: FullGraph;
  render: RenderGraph;
  lang: Lang;
  thickness: Thickness;
}) {
  const baked = useRef({ lang, thickness });
  useEffect(() => {
    if (baked.current.lang === lang) return;
    baked.current.lang = lang;
    render.graph.updateEachNodeAttributes(
      (_k, a) => {
        a.label = labelFor(full.nodes.attrs[a.index], lang);
        return a;
      },
      { attributes: ["label"] },
    );
  }, [full, render, lang]);
  useEffect(() => {
    if (baked.current.thickness === thickness) return;
    baked.current.thickness = thickness;
    const { attrs, claimCount } = full.edges;
    const scale = sizeScale(full.nodes.keys.length);
    render.graph.updateEachEdgeAttributes(
      (_k, a) => {
        if (!a.excluded) a.size = edgeSize(thickness, attrs[a.index].confidence, claimCount[a.index], scale);
        return a;
      },
      { attributes: ["size"] },
    );
  }, [full, render, thickness]);
  return null;
}
