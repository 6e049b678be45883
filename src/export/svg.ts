/**
 * A small SVG serializer for the current picture: nodes as circles, edges as straight or
 * quadratic paths with arrow heads for directed relations, labels as text — all in viewport pixels,
 * so the SVG matches what the analyst sees. Pure: the scene comes from `sceneFromSigma`.
 *
 * @example
 * const svg = sceneToSvg({ width: 800, height: 600, background: "#fff", font: "sans-serif", fontSize: 12,
 *   nodes: [{ key: "a", x: 10, y: 10, r: 4, color: "#333", label: "A", labelColor: "#111" }], edges: [] });
 */

export interface SvgNode {
  key: string;
  x: number;
  y: number;
  r: number;
  color: string;
  /** Drawn label, or null when the label is not shown. */
  label: string | null;
  labelColor: string;
}

export interface SvgEdge {
  key: string;
  /** Source and target centres, viewport pixels. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Quadratic control point for curved edges. */
  control: { x: number; y: number } | null;
  color: string;
  width: number;
  /** Radius of the target node: arrow heads stop at its rim. */
  arrowTo: number | null;
}

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  font: string;
  fontSize: number;
  fontWeight?: string;
  edges: SvgEdge[];
  nodes: SvgNode[];
  /** Text for <title> and <desc> (provenance). */
  title?: string;
  description?: string;
}

/** XML-escapes text and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** `#rrggbbaa` → fill + opacity (SVG 1.1 viewers ignore 8-digit hex). */
export function splitColor(color: string): { rgb: string; opacity: number | null } {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})$/i.exec(color);
  if (!m) return { rgb: color, opacity: null };
  return { rgb: `#${m[1]}`, opacity: Math.round((parseInt(m[2], 16) / 255) * 1000) / 1000 };
}

function paint(attr: "fill" | "stroke", color: string): string {
  const { rgb, opacity } = splitColor(color);
  return `${attr}="${xmlEscape(rgb)}"${opacity === null ? "" : ` ${attr}-opacity="${opacity}"`}`;
}

/** The arrow head of an edge ending at the target's rim, as a triangle path. */
function arrowHead(e: SvgEdge): string | null {
  if (e.arrowTo === null) return null;
  // Direction of arrival: from the control point (or source) to the target.
  const fx = e.control ? e.control.x : e.x1;
  const fy = e.control ? e.control.y : e.y1;
  const dx = e.x2 - fx;
  const dy = e.y2 - fy;
  const len = Math.hypot(dx, dy);
  if (len === 0) return null;
  const ux = dx / len;
  const uy = dy / len;
  const tipX = e.x2 - ux * e.arrowTo;
  const tipY = e.y2 - uy * e.arrowTo;
  const length = Math.max(5, e.width * 4);
  const half = Math.max(2.5, e.width * 2);
  const bx = tipX - ux * length;
  const by = tipY - uy * length;
  return `M${n(tipX)} ${n(tipY)}L${n(bx - uy * half)} ${n(by + ux * half)}L${n(bx + uy * half)} ${n(by - ux * half)}Z`;
}

function edgePath(e: SvgEdge): string {
  const start = `M${n(e.x1)} ${n(e.y1)}`;
  return e.control
    ? `${start}Q${n(e.control.x)} ${n(e.control.y)} ${n(e.x2)} ${n(e.y2)}`
    : `${start}L${n(e.x2)} ${n(e.y2)}`;
}

/** Serialises a scene as a standalone SVG document. */
export function sceneToSvg(scene: SvgScene): string {
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}">`,
  ];
  if (scene.title) out.push(`<title>${xmlEscape(scene.title)}</title>`);
  if (scene.description) out.push(`<desc>${xmlEscape(scene.description)}</desc>`);
  out.push(`<rect width="100%" height="100%" ${paint("fill", scene.background)}/>`);
  out.push(`<g class="edges" fill="none" stroke-linecap="round">`);
  for (const e of scene.edges) {
    out.push(
      `<path data-key="${xmlEscape(e.key)}" d="${edgePath(e)}" ${paint("stroke", e.color)} stroke-width="${n(e.width)}"/>`,
    );
    const head = arrowHead(e);
    if (head) out.push(`<path d="${head}" ${paint("fill", e.color)}/>`);
  }
  out.push(`</g>`, `<g class="nodes">`);
  for (const v of scene.nodes) {
    out.push(
      `<circle data-key="${xmlEscape(v.key)}" cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.r)}" ${paint("fill", v.color)}/>`,
    );
  }
  out.push(`</g>`);
  const labelled = scene.nodes.filter((v) => v.label);
  if (labelled.length > 0) {
    const font = `font-family="${xmlEscape(scene.font)}" font-size="${n(scene.fontSize)}" font-weight="${xmlEscape(scene.fontWeight ?? "normal")}"`;
    out.push(`<g class="labels" ${font}>`);
    for (const v of labelled) {
      const x = v.x + v.r + 3;
      const y = v.y + scene.fontSize / 3;
      out.push(`<text x="${n(x)}" y="${n(y)}" ${paint("fill", v.labelColor)}>${xmlEscape(v.label!)}</text>`);
    }
    out.push(`</g>`);
  }
  out.push(`</svg>`, "");
  return out.join("\n");
}
