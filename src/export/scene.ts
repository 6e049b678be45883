/**
 * Reads the current picture out of a sigma instance — what is drawn, where, in which colour and
 * size, after hover and selection reducers — as an `SvgScene` in viewport pixels.
 *
 * @example
 * const svg = sceneToSvg(sceneFromSigma(sigma, "#fbfcfd"));
 */
import type Sigma from "sigma";
import { controlPoint } from "../graph/pick";
import type { SvgEdge, SvgNode, SvgScene } from "./svg";

type AnySigma = Sigma;

const DIRECTED_TYPES = new Set(["arrow", "curvedArrow"]);
const EDGE_WIDTH = 0.7;

export function sceneFromSigma(sigma: AnySigma, background: string): SvgScene {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const labels = sigma.getNodeDisplayedLabels();
  const nodes: SvgNode[] = [];
  const at = new Map<string, SvgNode>();
  const inView = (x: number, y: number, r: number) => x + r >= 0 && y + r >= 0 && x - r <= width && y - r <= height;
  graph.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const node: SvgNode = {
      key,
      x: p.x,
      y: p.y,
      r: sigma.scaleSize(d.size),
      color: d.color,
      label: labels.has(key) || d.forceLabel ? d.label || null : null,
      labelColor: String((d as unknown as Record<string, unknown>).labelColor ?? "#000000"),
    };
    at.set(key, node);
    if (inView(node.x, node.y, node.r + 200)) nodes.push(node);
  });
  // Drawn in zIndex order, as sigma does with `zIndex: true`.
  nodes.sort((a, b) => (sigma.getNodeDisplayData(a.key)?.zIndex ?? 0) - (sigma.getNodeDisplayData(b.key)?.zIndex ?? 0));

  const edges: (SvgEdge & { z: number })[] = [];
  graph.forEachEdge((key, _attrs, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    const s = at.get(source);
    const t = at.get(target);
    if (!d || d.hidden || !s || !t) return;
    const curvature = Number((d as unknown as Record<string, unknown>).curvature ?? 0);
    const type = String((d as unknown as Record<string, unknown>).type ?? "line");
    edges.push({
      key,
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      control: curvature ? controlPoint(s, t, curvature) : null,
      color: d.color,
      // Sigma's edge programs draw about this much thinner than the size suggests.
      width: Math.max(0.6, sigma.scaleSize(d.size) * EDGE_WIDTH),
      arrowTo: DIRECTED_TYPES.has(type) ? t.r : null,
      z: d.zIndex ?? 0,
    });
  });
  edges.sort((a, b) => a.z - b.z);

  const settings = sigma.getSettings();
  return {
    width,
    height,
    background,
    font: settings.labelFont,
    fontSize: settings.labelSize,
    fontWeight: settings.labelWeight,
    edges: edges.map(({ z: _z, ...e }) => e),
    nodes,
  };
}
