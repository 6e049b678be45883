/**
 * Scores a graph against a gold file. Per document, the graph's relation claims from that document
 * are reduced to tuples (relation, unordered pair); `opposes` is scored without direction.
 *
 * - loose: a tuple matches a gold relation when the relation is one of `rel` and the pair is equal.
 * - strict: additionally, one of the periods of the tuple's claims from that document
 *   (extract/graph/periods.ts: open ends bounded by publication, merged) overlaps `years`.
 * - precision counts tuples that match no `expect` as false hits, except those matching `optional`.
 * - forbidden: tuples matching a `forbid` entry.
 */
import { edgePeriods } from "../graph/periods";
import type { GraphJson, PartialDate, StateRelation } from "../schema/graph";
import { STATE_RELATIONS } from "../schema/graph";
import { relationBreakdown, sourceBreakdown, type SourceScore } from "./breakdown";
import { counts, emptyRelationCounts, type Counts, type RelationCounts } from "./counts";
import type { GoldDocument, GoldFile, GoldRelation } from "./gold";

export type { Counts } from "./counts";

export interface Tuple {
  rel: StateRelation;
  a: string;
  b: string;
  spans: { start: PartialDate | null; end: PartialDate | null }[];
}

export interface DocumentScore {
  file: string;
  found: boolean;
  strict: Counts;
  loose: Counts;
  /** The same counts split by relation type. */
  relations: { strict: RelationCounts; loose: RelationCounts };
  misses: string[];
  strictMisses: string[];
  falseHits: string[];
  forbidden: string[];
  leaders: { found: number; total: number; missing: string[] };
  treaties: { found: number; total: number; missing: string[] };
}

export interface EvalReport {
  strict: Counts;
  loose: Counts;
  /** Per relation type: strict and loose precision, recall and F1. */
  relations: { strict: Record<StateRelation, Counts>; loose: Record<StateRelation, Counts> };
  /** Per source (corpus folder or id prefix of the gold documents). */
  sources: SourceScore[];
  forbidden: number;
  leaders: { found: number; total: number; accuracy: number };
  treaties: { found: number; total: number; accuracy: number };
  documents: DocumentScore[];
}

const STATE_SET = new Set<string>(STATE_RELATIONS);
const code = (key: string): string => key.replace(/^country:/, "");
const pairKey = (a: string, b: string): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

function yearOf(d: PartialDate | null): number | null {
  return d === null ? null : Number(d.slice(0, 4));
}

/** Whether a claim span overlaps gold years [from, to] (null = open at that end). */
export function overlapsYears(
  span: { start: PartialDate | null; end: PartialDate | null },
  years?: [number | null, number | null],
): boolean {
  if (!years) return true;
  const [from, to] = years;
  const s = yearOf(span.start);
  const e = yearOf(span.end);
  if (to !== null && s !== null && s > to) return false;
  if (from !== null && e !== null && e < from) return false;
  return true;
}

/** The relation tuples a graph asserts from one document. */
export function tuplesForDocument(graph: GraphJson, docId: string): Tuple[] {
  const published = graph.attributes.documents.find((d) => d.id === docId)?.published ?? null;
  const byKey = new Map<string, Tuple>();
  for (const e of graph.edges) {
    const rel = e.attributes.relation;
    if (!STATE_SET.has(rel)) continue;
    const claims = e.attributes.claims.filter((c) => c.doc === docId);
    if (claims.length === 0) continue;
    const a = code(e.source);
    const b = code(e.target);
    const key = `${rel}:${pairKey(a, b)}`;
    const t = byKey.get(key) ?? { rel: rel as StateRelation, a: a < b ? a : b, b: a < b ? b : a, spans: [] };
    t.spans.push(...edgePeriods(claims, () => published));
    byKey.set(key, t);
  }
  return [...byKey.values()];
}

function matches(t: Tuple, g: GoldRelation): boolean {
  return g.rel.includes(t.rel) && pairKey(t.a, t.b) === pairKey(g.a, g.b);
}

function describe(g: { rel: string[] | string; a: string; b: string; years?: [number | null, number | null] }): string {
  const rel = Array.isArray(g.rel) ? g.rel.join("|") : g.rel;
  const years = g.years ? ` [${g.years[0] ?? "…"}–${g.years[1] ?? "…"}]` : "";
  return `${rel} ${g.a}–${g.b}${years}`;
}

function findDocId(graph: GraphJson, file: string): string | undefined {
  const ids = graph.attributes.documents.map((d) => d.id);
  return ids.find((id) => id === file) ?? ids.find((id) => id.endsWith(`/${file}`));
}

function scoreLeaders(graph: GraphJson, docId: string, gold: GoldDocument): DocumentScore["leaders"] {
  const missing: string[] = [];
  for (const l of gold.leaders) {
    const ok = graph.edges.some((e) => {
      if (e.attributes.relation !== "leader-of" || e.target !== `country:${l.country}`) return false;
      if (!e.attributes.claims.some((c) => c.doc === docId)) return false;
      const node = graph.nodes.find((n) => n.key === e.source);
      return !!node && l.names.some((name) => node.attributes.names.includes(name) || node.attributes.label === name);
    });
    if (!ok) missing.push(`${l.names[0]} (${l.country})`);
  }
  return { found: gold.leaders.length - missing.length, total: gold.leaders.length, missing };
}

function scoreTreaties(graph: GraphJson, docId: string, gold: GoldDocument): DocumentScore["treaties"] {
  const missing: string[] = [];
  for (const t of gold.treaties) {
    const node = graph.nodes.find(
      (n) =>
        n.attributes.kind === "treaty" &&
        t.names.some((name) => n.attributes.names.includes(name) || n.attributes.label === name) &&
        graph.edges.some((e) => e.target === n.key && e.attributes.claims.some((c) => c.doc === docId)),
    );
    const parties = node
      ? new Set(
          graph.edges
            .filter((e) => e.target === node.key && e.attributes.relation === "party-to")
            .map((e) => code(e.source)),
        )
      : new Set<string>();
    const partiesOk = t.parties.every((p) => parties.has(p));
    const yearOk = t.year === null || t.year === undefined || node?.attributes.year === t.year;
    if (!node || !partiesOk || !yearOk) {
      const why = !node
        ? "not found"
        : !partiesOk
          ? `parties ${[...parties].sort().join(",") || "none"}`
          : `year ${node.attributes.year ?? "none"}`;
      missing.push(`${t.names[0]} (${why})`);
    }
  }
  return { found: gold.treaties.length - missing.length, total: gold.treaties.length, missing };
}

function scoreDocument(graph: GraphJson, gold: GoldDocument): DocumentScore {
  const docId = findDocId(graph, gold.file);
  const tuples = docId ? tuplesForDocument(graph, docId) : [];
  const misses: string[] = [];
  const strictMisses: string[] = [];
  let looseTp = 0;
  let strictTp = 0;
  const strictMatched = new Set<Tuple>();
  const looseMatched = new Set<Tuple>();
  const byRel = { strict: emptyRelationCounts(), loose: emptyRelationCounts() };
  for (const g of gold.expect) {
    const loose = tuples.filter((t) => matches(t, g));
    const strict = loose.filter((t) => t.spans.some((s) => overlapsYears(s, g.years)));
    loose.forEach((t) => looseMatched.add(t));
    strict.forEach((t) => strictMatched.add(t));
    if (loose.length > 0) looseTp++;
    else misses.push(describe(g));
    if (strict.length > 0) strictTp++;
    else strictMisses.push(describe(g));
    byRel.loose[loose[0]?.rel ?? g.rel[0]][loose.length > 0 ? "tp" : "fn"]++;
    byRel.strict[strict[0]?.rel ?? g.rel[0]][strict.length > 0 ? "tp" : "fn"]++;
  }
  const isOptional = (t: Tuple): boolean => gold.optional.some((g) => matches(t, g));
  const falseHits = tuples.filter((t) => !looseMatched.has(t) && !isOptional(t));
  const strictFalse = tuples.filter((t) => !strictMatched.has(t) && !isOptional(t));
  const forbidden = tuples.filter((t) => gold.forbid.some((g) => matches(t, g)));
  for (const t of falseHits) byRel.loose[t.rel].fp++;
  for (const t of strictFalse) byRel.strict[t.rel].fp++;
  return {
    file: gold.file,
    found: docId !== undefined,
    relations: byRel,
    loose: counts(looseTp, falseHits.length, gold.expect.length - looseTp),
    strict: counts(strictTp, strictFalse.length, gold.expect.length - strictTp),
    misses,
    strictMisses,
    falseHits: falseHits.map((t) => describe({ rel: t.rel, a: t.a, b: t.b })),
    forbidden: forbidden.map((t) => describe({ rel: t.rel, a: t.a, b: t.b })),
    leaders: scoreLeaders(graph, docId ?? "", gold),
    treaties: scoreTreaties(graph, docId ?? "", gold),
  };
}

function sum(docs: DocumentScore[], pick: (d: DocumentScore) => Counts): Counts {
  const tp = docs.reduce((n, d) => n + pick(d).tp, 0);
  const fp = docs.reduce((n, d) => n + pick(d).fp, 0);
  const fn = docs.reduce((n, d) => n + pick(d).fn, 0);
  return counts(tp, fp, fn);
}

/**
 * Scores a graph against every document of a gold file (micro-averaged), with breakdowns per
 * relation and per source (`sourceDepth` folders of each document id, default 1).
 */
export function scoreGraph(graph: GraphJson, gold: GoldFile, sourceDepth = 1): EvalReport {
  const documents = gold.documents.map((d) => scoreDocument(graph, d));
  const lf = documents.reduce((n, d) => n + d.leaders.found, 0);
  const lt = documents.reduce((n, d) => n + d.leaders.total, 0);
  const tf = documents.reduce((n, d) => n + d.treaties.found, 0);
  const tt = documents.reduce((n, d) => n + d.treaties.total, 0);
  return {
    strict: sum(documents, (d) => d.strict),
    loose: sum(documents, (d) => d.loose),
    relations: { strict: relationBreakdown(documents, "strict"), loose: relationBreakdown(documents, "loose") },
    sources: sourceBreakdown(documents, sourceDepth),
    forbidden: documents.reduce((n, d) => n + d.forbidden.length, 0),
    leaders: { found: lf, total: lt, accuracy: lt === 0 ? 1 : lf / lt },
    treaties: { found: tf, total: tt, accuracy: tt === 0 ? 1 : tf / tt },
    documents,
  };
}
