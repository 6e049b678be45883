/**
 * Name search over every node name (zh, en and aliases in `names`). Matching is case- and
 * width-insensitive (NFKC); exact names rank before prefixes, prefixes before substrings, and
 * countries before leaders before treaties, then by degree.
 *
 * @example
 * const index = buildSearchIndex(full);
 * searchNodes(index, "putin")[0].key; // "leader:vladimir-putin"
 */
import type { NodeKind } from "../../extract/schema/graph";
import { NODE_KINDS } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";

export interface SearchEntry {
  node: number;
  key: string;
  kind: NodeKind;
  label: string;
  labelEn: string | undefined;
  names: string[];
  /** Normalised names, parallel to `names`. */
  norm: string[];
  degree: number;
}

export interface SearchHit {
  node: number;
  key: string;
  kind: NodeKind;
  label: string;
  labelEn: string | undefined;
  /** The name that matched, as written in the graph. */
  matched: string;
  score: number;
}

/** NFKC, lower case, collapsed spaces. */
export function normalizeName(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Builds the index once per graph. */
export function buildSearchIndex(full: FullGraph): SearchEntry[] {
  return full.nodes.attrs.map((a, i) => {
    const names = [...new Set([a.label, ...(a.labelEn ? [a.labelEn] : []), ...a.names])].filter((n) => n.trim());
    return {
      node: i,
      key: full.nodes.keys[i],
      kind: a.kind,
      label: a.label,
      labelEn: a.labelEn,
      names,
      norm: names.map(normalizeName),
      degree: full.nodes.degree[i],
    };
  });
}

function matchScore(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  const at = name.indexOf(q);
  if (at < 0) return -1;
  return name[at - 1] === " " || name[at - 1] === "-" ? 2 : 3;
}

/** Best hits for `query`, at most `limit`. An empty query returns nothing. */
export function searchNodes(index: readonly SearchEntry[], query: string, limit = 12): SearchHit[] {
  const q = normalizeName(query);
  if (!q) return [];
  const hits: (SearchHit & { degree: number })[] = [];
  for (const e of index) {
    let best = -1;
    let matched = "";
    for (let i = 0; i < e.norm.length; i++) {
      const s = matchScore(e.norm[i], q);
      if (s >= 0 && (best < 0 || s < best)) {
        best = s;
        matched = e.names[i];
      }
    }
    if (best >= 0)
      hits.push({
        node: e.node,
        key: e.key,
        kind: e.kind,
        label: e.label,
        labelEn: e.labelEn,
        matched,
        score: best,
        degree: e.degree,
      });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind) ||
      b.degree - a.degree ||
      a.label.localeCompare(b.label),
  );
  return hits.slice(0, limit).map(({ degree: _d, ...h }) => h);
}
