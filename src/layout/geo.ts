/**
 * Geographic layout: countries at their lat/lng (Mercator, in degrees so x and y share a scale),
 * leaders on a small ring beside the state they lead, treaties beside the centroid of their
 * parties. Countries without coordinates wait in rows under the map, their satellites beside them.
 *
 * @example
 * const { x, y } = geoPositions(full);
 */
import type { FullGraph } from "../data/types";
import type { Positions } from "./types";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SATELLITE_RADIUS = 5;
const PARKING_Y = -75;
const PARKING_STEP = 7;
const PARKING_PER_ROW = 48;

/** Mercator latitude in degrees, clamped to ±80°. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-80, Math.min(80, lat)) * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
}

function countryKey(v: string | undefined): string | null {
  if (!v) return null;
  return v.startsWith("country:") ? v : `country:${v}`;
}

/** Which node each leader or treaty sits beside: a list of anchor node indices. */
function anchors(full: FullGraph): number[][] {
  const { nodes, edges } = full;
  const out: number[][] = nodes.keys.map(() => []);
  nodes.attrs.forEach((a, i) => {
    if (a.kind !== "leader") return;
    const c = countryKey(a.country);
    const idx = c === null ? undefined : nodes.index.get(c);
    if (idx !== undefined) out[i].push(idx);
  });
  for (let e = 0; e < edges.keys.length; e++) {
    const rel = edges.attrs[e].relation;
    const s = edges.source[e];
    const t = edges.target[e];
    if (rel === "leader-of" && out[s].length === 0) out[s].push(t);
    if (rel === "party-to" && nodes.attrs[t].kind === "treaty") out[t].push(s);
  }
  return out;
}

/** Computes geographic positions for every node. */
export function geoPositions(full: FullGraph): Positions {
  const { nodes } = full;
  const n = nodes.keys.length;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const placed = new Uint8Array(n);
  let parked = 0;
  nodes.attrs.forEach((a, i) => {
    if (a.kind !== "country") return;
    if (a.lat !== undefined && a.lng !== undefined) {
      x[i] = a.lng;
      y[i] = mercatorY(a.lat);
    } else {
      x[i] = -168 + (parked % PARKING_PER_ROW) * PARKING_STEP;
      y[i] = PARKING_Y - Math.floor(parked / PARKING_PER_ROW) * PARKING_STEP;
      parked++;
    }
    placed[i] = 1;
  });
  const satellites = new Map<number, number>();
  const anchorOf = anchors(full);
  const pending: number[] = [];
  nodes.attrs.forEach((a, i) => {
    if (placed[i]) return;
    const as = anchorOf[i].filter((j) => placed[j]);
    if (as.length === 0) {
      pending.push(i);
      return;
    }
    const cx = as.reduce((s, j) => s + x[j], 0) / as.length;
    const cy = as.reduce((s, j) => s + y[j], 0) / as.length;
    const slot = as.length === 1 ? as[0] : -1 - i;
    const k = satellites.get(slot) ?? 0;
    satellites.set(slot, k + 1);
    const r = as.length === 1 ? SATELLITE_RADIUS * (1 + 0.25 * Math.floor(k / 6)) : SATELLITE_RADIUS * 0.5;
    const angle = (as.length === 1 ? k : i) * GOLDEN_ANGLE;
    x[i] = cx + r * Math.cos(angle);
    y[i] = cy + r * Math.sin(angle);
    placed[i] = 1;
  });
  pending.forEach((i) => {
    x[i] = -168 + (parked % PARKING_PER_ROW) * PARKING_STEP;
    y[i] = PARKING_Y - Math.floor(parked / PARKING_PER_ROW) * PARKING_STEP;
    parked++;
  });
  return { x, y };
}
