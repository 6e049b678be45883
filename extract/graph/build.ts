/**
 * Merges per-document extractions into one graph in the graph.json contract. Deterministic: the
 * same extractions give the same JSON, byte for byte (sorted keys, no timestamps).
 *
 * @example
 * const graph = buildGraph([extraction], { version: "0.1.0" });
 * writeFileSync("graph.json", serializeGraph(graph));
 */
import { countryInfo } from "../mentions/index";
import type {
  Claim,
  DocumentInfo,
  EdgeAttributes,
  ExcludedClaim,
  GraphJson,
  NodeAttributes,
  PartialDate,
  Relation,
  SerializedEdge,
} from "../schema/graph";
import { SCHEMA_VERSION } from "../schema/graph";
import { boundToPublication } from "../time/future";
import type { ExtractedClaim, GraphInput } from "../types";
import { historicalNode, resolveHistorical } from "./historical";
import { edgePeriods, periodsHull } from "./periods";

export interface BuildOptions {
  /** Entente's version, written into `attributes.generator`. */
  version: string;
  /** Keep each document's cleaned text in `attributes.documents[].text` (default true). */
  includeText?: boolean;
}

interface EdgeDraft {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
  relation: Relation;
  claims: Claim[];
  /** claimKey of every claim, so a claim seen twice is kept once in linear time. */
  seen: Set<string>;
}

/** Symmetric relations are stored once per unordered pair; `opposes` and the ties keep direction. */
export function isDirected(relation: Relation): boolean {
  return relation === "opposes" || relation === "leader-of" || relation === "party-to";
}

/** The stable key of the edge for (relation, source, target). */
export function edgeKey(relation: Relation, source: string, target: string): string {
  if (isDirected(relation)) return `${relation}:${source}->${target}`;
  const [a, b] = source < target ? [source, target] : [target, source];
  return `${relation}:${a}--${b}`;
}

/** Confidence from the number of independent documents: 1 doc 0.5, 2 docs 0.75, 3 docs 0.875 … */
export function confidenceFor(docCount: number): number {
  return Math.round((1 - 0.5 ** docCount) * 1000) / 1000;
}

/** The claim as stored; its time bounded by the publication date unless the sentence says future. */
function toClaim(c: ExtractedClaim, published: PartialDate | null): Claim {
  const time = boundToPublication(c.time, published, c.sentence.text);
  return {
    doc: c.doc,
    quote: c.sentence.text,
    start: time.start,
    end: time.end,
    offset: [c.sentence.start, c.sentence.end],
    timeSource: time.source,
    trigger: c.trigger,
    lang: c.lang,
    ...(time.future ? { future: true } : {}),
  };
}

/** The claim with its states as they were at its time (historical.ts); null when one is unresolved. */
function atItsTime(c: ExtractedClaim): ExtractedClaim | null {
  const source = resolveHistorical(c.source, c.time, c.sentence.text);
  const target = resolveHistorical(c.target, c.time, c.sentence.text);
  if (source === null || target === null) return null;
  return source === c.source && target === c.target ? c : { ...c, source, target };
}

function compareClaims(a: Claim, b: Claim): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  const ao = a.offset?.[0] ?? 0;
  const bo = b.offset?.[0] ?? 0;
  if (ao !== bo) return ao - bo;
  return (a.trigger ?? "").localeCompare(b.trigger ?? "");
}

function claimKey(c: Claim): string {
  return `${c.doc}\u0000${c.offset?.[0] ?? ""}\u0000${c.quote}`;
}

class GraphDraft {
  readonly nodes = new Map<string, NodeAttributes>();
  readonly edges = new Map<string, EdgeDraft>();

  addNode(key: string, attrs: NodeAttributes, seenNames: string[] = []): void {
    const existing = this.nodes.get(key);
    if (!existing) {
      this.nodes.set(key, { ...attrs, names: uniqueSorted([...attrs.names, ...seenNames]) });
      return;
    }
    existing.names = uniqueSorted([...existing.names, ...attrs.names, ...seenNames]);
    if (existing.year == null && attrs.year != null) existing.year = attrs.year;
  }

  addEdge(relation: Relation, source: string, target: string, claim: Claim): void {
    const directed = isDirected(relation);
    const [s, t] = directed || source < target ? [source, target] : [target, source];
    const key = edgeKey(relation, s, t);
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { key, source: s, target: t, undirected: !directed, relation, claims: [], seen: new Set() };
      this.edges.set(key, edge);
    }
    const ck = claimKey(claim);
    if (!edge.seen.has(ck)) {
      edge.seen.add(ck);
      edge.claims.push(claim);
    }
  }
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))].sort();
}

function ensureCountry(draft: GraphDraft, key: string, surfaces: string[] = []): void {
  const historical = historicalNode(key);
  if (historical) return draft.addNode(key, historical, surfaces);
  const info = countryInfo(key);
  const code = key.slice("country:".length);
  draft.addNode(
    key,
    {
      kind: "country",
      label: info?.label ?? code,
      ...(info?.labelEn ? { labelEn: info.labelEn } : {}),
      names: info?.names ?? [],
      ...(info?.lat !== undefined && info?.lng !== undefined ? { lat: info.lat, lng: info.lng } : {}),
    },
    surfaces,
  );
}

function documentInfo(x: GraphInput, includeText: boolean): DocumentInfo {
  const d = x.doc;
  return {
    id: d.id,
    title: d.title,
    published: d.published,
    publishedSource: d.publishedSource,
    lang: d.lang,
    charset: d.charset,
    ...(includeText ? { text: d.text } : {}),
    ...(x.notes && x.notes.length > 0 ? { notes: x.notes } : {}),
  };
}

function sentenceClaim(
  doc: string,
  sentence: { start: number; end: number; text: string },
  date: PartialDate | null,
  trigger: string,
  lang: "zh" | "en",
): Claim {
  return {
    doc,
    quote: sentence.text,
    start: date,
    end: date,
    offset: [sentence.start, sentence.end],
    timeSource: date ? "document" : "none",
    trigger,
    lang,
  };
}

/** Builds the graph.json object from per-document extractions. */
export function buildGraph(extractions: GraphInput[], options: BuildOptions): GraphJson {
  const includeText = options.includeText ?? true;
  const draft = new GraphDraft();
  const excluded: ExcludedClaim[] = [];
  const sorted = [...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));

  for (const x of sorted) {
    const lang = x.doc.lang;
    for (const key of x.countries) ensureCountry(draft, key);
    for (const raw of x.claims) {
      const c = atItsTime(raw);
      if (!c || c.source === c.target) continue;
      ensureCountry(draft, c.source);
      ensureCountry(draft, c.target);
      if (c.status === "asserted") {
        draft.addEdge(c.relation, c.source, c.target, toClaim(c, x.doc.published));
      } else {
        excluded.push({
          ...toClaim(c, x.doc.published),
          relation: c.relation,
          source: c.source,
          target: c.target,
          reason: c.status,
        });
      }
    }
    for (const l of x.leaders) {
      ensureCountry(draft, l.country);
      draft.addNode(l.key, {
        kind: "leader",
        label: l.label,
        ...(l.labelEn ? { labelEn: l.labelEn } : {}),
        names: l.names,
        country: l.country,
        ...(l.role ? { role: l.role } : {}),
      });
      draft.addEdge("leader-of", l.key, l.country, sentenceClaim(l.doc, l.sentence, x.doc.published, l.label, lang));
    }
    for (const t of x.treaties) {
      draft.addNode(t.key, {
        kind: "treaty",
        label: t.label,
        ...(t.labelEn ? { labelEn: t.labelEn } : {}),
        names: t.names,
        year: t.year,
      });
      const date: PartialDate | null = t.year !== null ? String(t.year).padStart(4, "0") : null;
      for (const party of t.parties) {
        ensureCountry(draft, party);
        const claim = sentenceClaim(t.doc, t.sentence, date ?? x.doc.published, t.label, lang);
        if (!date) claim.timeSource = x.doc.published ? "document" : "none";
        else claim.timeSource = "text";
        draft.addEdge("party-to", party, t.key, claim);
      }
    }
  }

  const published = new Map(sorted.map((x) => [x.doc.id, x.doc.published]));
  const publishedOf = (doc: string): PartialDate | null => published.get(doc) ?? null;
  const edges: SerializedEdge[] = [...draft.edges.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((e) => {
      const claims = [...e.claims].sort(compareClaims);
      const periods = edgePeriods(claims, publishedOf);
      const attributes: EdgeAttributes = {
        relation: e.relation,
        ...periodsHull(periods),
        periods,
        claims,
        confidence: confidenceFor(new Set(claims.map((c) => c.doc)).size),
      };
      return {
        key: e.key,
        source: e.source,
        target: e.target,
        ...(e.undirected ? { undirected: true } : {}),
        attributes,
      };
    });

  const nodes = [...draft.nodes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, attributes]) => ({ key, attributes }));

  excluded.sort(
    (a, b) =>
      compareClaims(a, b) ||
      a.relation.localeCompare(b.relation) ||
      a.source.localeCompare(b.source) ||
      a.target.localeCompare(b.target),
  );

  return {
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      generator: { name: "entente", version: options.version },
      documents: sorted.map((x) => documentInfo(x, includeText)),
      excludedClaims: excluded,
    },
    nodes,
    edges,
  };
}

/** The canonical text form of graph.json: 2-space JSON with a final newline. */
export function serializeGraph(graph: GraphJson): string {
  return JSON.stringify(graph, null, 2) + "\n";
}
