/**
 * Builds the render graph once per loaded file: positions, colours, sizes, labels, curvature and
 * edge programs are baked here; the initial filter result is baked as `hidden`, so the first frame
 * is already filtered. Afterwards only `visibility.ts` (filters) and reducers (hover) change it.
 *
 * @example
 * const render = buildRenderGraph(full, { lang: "en", thickness: "confidence", positions, visible });
 */
import Graph from "graphology";
import type { Lang } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";
import type { VisibleGraph } from "../filters/types";
import type { Positions } from "../layout/types";
import type { Thickness } from "../state/types";
import { edgeSize, labelFor, nodeSize, sizeScale } from "./appearance";
import { parallelCurvatures } from "./curvature";
import { EXCLUDED_COLOR, KIND_COLORS, KIND_FADED, LABEL_COLOR, LABEL_FADED, RELATION_COLORS } from "./palette";
import type { RenderEdgeAttributes, RenderGraph, RenderNodeAttributes } from "./types";

export interface RenderOptions {
  lang: Lang;
  thickness: Thickness;
  positions: Positions;
  visible: VisibleGraph;
}

const EDGE_ALPHA = "c8";

/** Straight edges use sigma's cheap programs; only parallel edges pay for the curve shader. */
function edgeType(directedArrow: boolean, curvature: number): RenderEdgeAttributes["type"] {
  if (curvature === 0) return directedArrow ? "arrow" : "line";
  return directedArrow ? "curvedArrow" : "curved";
}

/** A render key for excluded claim `i` that cannot collide with a real edge key. */
function excludedKey(full: FullGraph, i: number): string {
  let key = `excluded:${i}`;
  while (full.edges.index.has(key)) key = `_${key}`;
  return key;
}

export function buildRenderGraph(full: FullGraph, opts: RenderOptions): RenderGraph {
  const { nodes, edges, excluded } = full;
  const { positions, visible } = opts;
  const graph = new Graph<RenderNodeAttributes, RenderEdgeAttributes>({
    type: "mixed",
    multi: true,
    allowSelfLoops: true,
  });
  const scale = sizeScale(nodes.keys.length);
  for (let i = 0; i < nodes.keys.length; i++) {
    const a = nodes.attrs[i];
    const active = visible.nodeActive[i] === 1;
    graph.addNode(nodes.keys[i], {
      x: positions.x[i],
      y: positions.y[i],
      size: nodeSize(a.kind, nodes.degree[i], scale),
      color: active ? KIND_COLORS[a.kind] : KIND_FADED[a.kind],
      label: labelFor(a, opts.lang),
      labelColor: active ? LABEL_COLOR : LABEL_FADED,
      kind: a.kind,
      hidden: visible.nodeShown[i] === 0,
      index: i,
    });
  }
  const m = edges.keys.length;
  const k = excluded.claims.length;
  const src = new Uint32Array(m + k);
  const tgt = new Uint32Array(m + k);
  src.set(edges.source);
  tgt.set(edges.target);
  src.set(excluded.source, m);
  tgt.set(excluded.target, m);
  const curvature = parallelCurvatures(src, tgt);

  const colors = Object.fromEntries(Object.entries(RELATION_COLORS).map(([r, c]) => [r, c + EDGE_ALPHA]));
  for (let e = 0; e < m; e++) {
    const a = edges.attrs[e];
    const c = curvature[e];
    const attrs: RenderEdgeAttributes = {
      size: edgeSize(opts.thickness, a.confidence, edges.claimCount[e], scale),
      color: colors[a.relation],
      type: edgeType(a.relation === "opposes", c),
      curvature: c,
      hidden: visible.edgeVisible[e] === 0,
      relation: a.relation,
      index: e,
      excluded: false,
      weight: 1,
    };
    const s = nodes.keys[edges.source[e]];
    const t = nodes.keys[edges.target[e]];
    if (edges.directed[e]) graph.addDirectedEdgeWithKey(edges.keys[e], s, t, attrs);
    else graph.addUndirectedEdgeWithKey(edges.keys[e], s, t, attrs);
  }
  const excludedKeys: string[] = [];
  for (let i = 0; i < k; i++) {
    const key = excludedKey(full, i);
    const c = curvature[m + i];
    excludedKeys.push(key);
    graph.addDirectedEdgeWithKey(key, nodes.keys[excluded.source[i]], nodes.keys[excluded.target[i]], {
      size: Math.max(0.5, 1.2 * scale),
      color: EXCLUDED_COLOR + "b0",
      type: edgeType(false, c),
      curvature: c,
      hidden: visible.excludedVisible[i] === 0,
      relation: excluded.claims[i].relation,
      index: i,
      excluded: true,
      weight: 0,
    });
  }
  return { graph, excludedKeys };
}
