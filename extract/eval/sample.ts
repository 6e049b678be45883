/**
 * A seeded random sample of a graph's relation claims, as a TSV for a person to judge: the way an
 * analyst checks a graph built from their own corpus. The same graph, size and seed always give
 * the same rows.
 *
 * @example
 * process.stdout.write(sampleTsv(graph, 100, 7));
 */
import type { GraphJson } from "../schema/graph";
import { STATE_RELATIONS } from "../schema/graph";

export interface SampledClaim {
  quote: string;
  pair: string;
  relation: string;
  time: string;
  document: string;
}

/** Mulberry32: a small, fast 32-bit seeded generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATE_SET = new Set<string>(STATE_RELATIONS);

/** Every state-relation claim of a graph, in graph order (edges, then claims). */
export function relationClaims(graph: GraphJson): SampledClaim[] {
  const labels = new Map(graph.nodes.map((n) => [n.key, n.attributes.label]));
  const name = (key: string): string => `${key.replace(/^country:/, "")} ${labels.get(key) ?? ""}`.trim();
  const out: SampledClaim[] = [];
  for (const e of graph.edges) {
    const rel = e.attributes.relation;
    if (!STATE_SET.has(rel)) continue;
    const arrow = rel === "opposes" ? " → " : " – ";
    for (const c of e.attributes.claims) {
      const time =
        c.start === null && c.end === null
          ? ""
          : c.start === c.end
            ? `${c.start}`
            : `${c.start ?? "…"}–${c.end ?? "…"}`;
      out.push({ quote: c.quote, pair: name(e.source) + arrow + name(e.target), relation: rel, time, document: c.doc });
    }
  }
  return out;
}

/** N claims drawn without replacement (a partial Fisher–Yates shuffle driven by the seed). */
export function sampleClaims(graph: GraphJson, n: number, seed: number): SampledClaim[] {
  const all = relationClaims(graph);
  const random = seededRandom(seed);
  const k = Math.min(n, all.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (all.length - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, k);
}

/** A TSV cell: tabs and line breaks become spaces (a quote is one cell on one line). */
const cell = (s: string): string => s.replace(/[\t\r\n]+/g, " ");

/** The sample as TSV with a header and an empty `verdict` column to fill in. */
export function sampleTsv(graph: GraphJson, n: number, seed: number): string {
  const rows = sampleClaims(graph, n, seed).map((c) =>
    [c.quote, c.pair, c.relation, c.time, c.document, ""].map(cell).join("\t"),
  );
  return ["quote\tpair\trelation\ttime\tdocument\tverdict", ...rows].join("\n") + "\n";
}
