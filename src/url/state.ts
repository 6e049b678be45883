/**
 * URL ⇄ view state. Only values that differ from the defaults are written, so a fresh view has a
 * clean URL. Unknown or malformed parameters are ignored (a hand-edited link still opens).
 *
 * era=1890-1900 · rel=ally,opposes · kind=country,leader · undated=0 · excl=1 ·
 * sel=node:country:RUS | edge:<key> | pair:<key>|<key> | excluded:<i> · doc=<id> · at=<start>-<end> ·
 * layout=geo · lang=zh · w=claims · cam=<x>,<y>,<ratio>
 *
 * @example
 * const { view, camera } = decodeView(location.search);
 * history.replaceState(null, "", "?" + encodeView(view, camera, { graph: "g.json" }));
 */
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../../extract/schema/graph";
import { DEFAULT_VIEW } from "../state";
import type { CameraView, Selection, ViewState } from "../state/types";

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

function encodeSelection(s: Selection): string {
  return s.type === "excluded" ? `excluded:${s.index}` : `${s.type}:${s.key}`;
}

/** Serialises a view (and camera) into URL search params; `extra` params (e.g. graph) go first. */
export function encodeView(view: ViewState, camera: CameraView | null, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams(extra);
  const f = view.filters;
  const d = DEFAULT_VIEW.filters;
  if (f.era) p.set("era", `${f.era.from}-${f.era.to}`);
  if (!sameSet(f.relations, d.relations)) p.set("rel", f.relations.join(",") || "none");
  if (!sameSet(f.kinds, d.kinds)) p.set("kind", f.kinds.join(",") || "none");
  if (f.undated !== d.undated) p.set("undated", f.undated ? "1" : "0");
  if (f.excluded !== d.excluded) p.set("excl", f.excluded ? "1" : "0");
  if (view.selection) p.set("sel", encodeSelection(view.selection));
  if (view.reader) {
    p.set("doc", view.reader.doc);
    if (view.reader.range) p.set("at", view.reader.range.join("-"));
  }
  if (view.layout !== DEFAULT_VIEW.layout) p.set("layout", view.layout);
  if (view.lang !== DEFAULT_VIEW.lang) p.set("lang", view.lang);
  if (view.thickness !== DEFAULT_VIEW.thickness) p.set("w", view.thickness);
  if (camera) p.set("cam", [round(camera.x, 4), round(camera.y, 4), round(camera.ratio, 4)].join(","));
  return p.toString();
}

function decodeList<T extends string>(raw: string | null, all: readonly T[], fallback: T[]): T[] {
  if (raw === null) return fallback;
  if (raw === "none") return [];
  const parts = raw.split(",");
  return all.filter((v) => parts.includes(v));
}

function decodeSelection(raw: string | null): Selection | null {
  if (!raw) return null;
  const at = raw.indexOf(":");
  if (at < 0) return null;
  const type = raw.slice(0, at);
  const rest = raw.slice(at + 1);
  if (type === "node" || type === "edge") return rest ? { type, key: rest } : null;
  if (type === "pair") return /^[^|]+\|[^|]+$/.test(rest) ? { type, key: rest } : null;
  if (type === "excluded" && /^\d+$/.test(rest)) return { type, index: Number(rest) };
  return null;
}

function decodeEra(raw: string | null): ViewState["filters"]["era"] {
  const m = raw?.match(/^(\d{1,4})-(\d{1,4})$/);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function decodeCamera(raw: string | null): CameraView | null {
  const parts = raw?.split(",").map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n)) || parts[2] <= 0) return null;
  return { x: parts[0], y: parts[1], ratio: parts[2] };
}

/** Reads a view (and camera) from a search string such as `location.search`. */
export function decodeView(search: string): { view: ViewState; camera: CameraView | null } {
  const p = new URLSearchParams(search);
  const d = DEFAULT_VIEW;
  const doc = p.get("doc");
  const at = p.get("at")?.match(/^(\d+)-(\d+)$/);
  const view: ViewState = {
    filters: {
      era: decodeEra(p.get("era")),
      relations: decodeList<Relation>(p.get("rel"), RELATIONS, d.filters.relations),
      kinds: decodeList<NodeKind>(p.get("kind"), NODE_KINDS, d.filters.kinds),
      undated: p.has("undated") ? p.get("undated") !== "0" : d.filters.undated,
      excluded: p.has("excl") ? p.get("excl") === "1" : d.filters.excluded,
    },
    selection: decodeSelection(p.get("sel")),
    reader: doc ? { doc, range: at ? [Number(at[1]), Number(at[2])] : null } : null,
    layout: p.get("layout") === "geo" ? "geo" : "force",
    lang: p.get("lang") === "zh" ? "zh" : p.get("lang") === "en" ? "en" : d.lang,
    thickness: p.get("w") === "claims" ? "claims" : "confidence",
  };
  return { view, camera: decodeCamera(p.get("cam")) };
}
