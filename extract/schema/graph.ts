/**
 * The graph.json contract: graphology's serialised graph (`graph.export()`) with Entente's own
 * attribute types. Imported by the CLI (validate before writing) and by the viewer (validate on
 * load). Change names here only with a `SCHEMA_VERSION` bump and a migration.
 *
 * @example
 * const result = parseGraphJson(JSON.parse(text));
 * if (!result.ok) console.error(result.error);
 */
import { z } from "zod";
import { migrateGraphJson } from "./migrate";

/** 2: edges carry `periods`, claims may be `future` (files of version 1 are migrated on parse). */
export const SCHEMA_VERSION = 2;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Negative years are not supported. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDate>;

export const STATE_RELATIONS = ["ally", "partner", "non-aligned", "opposes"] as const;
export const TIE_RELATIONS = ["leader-of", "party-to"] as const;
export const RELATIONS = [...STATE_RELATIONS, ...TIE_RELATIONS] as const;
export const StateRelation = z.enum(STATE_RELATIONS);
export type StateRelation = z.infer<typeof StateRelation>;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

export const NODE_KINDS = ["country", "leader", "treaty"] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const Lang = z.enum(["zh", "en"]);
export type Lang = z.infer<typeof Lang>;

/** Where a document's publication date came from. */
export const PublishedSource = z.enum(["page", "url", "references", "user", "none"]);
export type PublishedSource = z.infer<typeof PublishedSource>;

export const DocumentInfo = z.looseObject({
  /** Path relative to the input root (for the seeds, the file name). */
  id: z.string().min(1),
  title: z.string(),
  published: PartialDate.nullable(),
  publishedSource: PublishedSource.optional(),
  lang: Lang,
  charset: z.string().optional(),
  /** The cleaned text that claim offsets point into. */
  text: z.string().optional(),
  /** What the extraction bounded in this document (over-long sentences cut, mentions capped). */
  notes: z.array(z.string()).optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

/** How a claim's time was found. */
export const TimeSource = z.enum(["text", "document", "none"]);
export type TimeSource = z.infer<typeof TimeSource>;

export const Claim = z.looseObject({
  doc: z.string().min(1),
  /** The sentence as it stands in the document. */
  quote: z.string().min(1),
  /** The time this sentence asserts. */
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  /** [start, end) character offsets of the quote in the document's cleaned `text`. */
  offset: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
  timeSource: TimeSource.optional(),
  /** The words that triggered the rule. */
  trigger: z.string().optional(),
  lang: Lang.optional(),
  /** The claim is dated after its document's publication date because the sentence says so. */
  future: z.literal(true).optional(),
});
export type Claim = z.infer<typeof Claim>;

export const NodeAttributes = z.looseObject({
  kind: NodeKind,
  label: z.string().min(1),
  /** English label, when known. */
  labelEn: z.string().optional(),
  names: z.array(z.string()),
  /** leader: the state led; treaty: parties are edges, `year` the signing year. */
  country: z.string().optional(),
  role: z.string().optional(),
  year: z.number().int().nullable().optional(),
  lat: z.number().optional(),
  lng: z.number().optional(),
  /** Historical states (`country:cow-<ccode>`): COW code, COW periods of existence, present successors. */
  cow: z.number().int().optional(),
  existed: z.array(z.object({ start: PartialDate, end: PartialDate })).optional(),
  successor: z.array(z.string()).optional(),
  x: z.number().optional(),
  y: z.number().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributes>;

/** One interval of an edge's time (extract/graph/periods.ts); null = open on that side. */
export const Period = z.object({
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  claims: z.number().int().positive(),
});
export type Period = z.infer<typeof Period>;

export const EdgeAttributes = z.looseObject({
  relation: Relation,
  /** The hull of `periods` (kept for compatibility; the periods are authoritative). */
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  /** The claims' times merged into disjoint intervals, sorted by start; empty when undated. */
  periods: z.array(Period),
  claims: z.array(Claim),
  /** 0..1, grows with independent documents. */
  confidence: z.number().min(0).max(1).optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

/** A claim the extraction saw but does not assert (negated, hypothetical, reported hype). */
export const ExcludedClaim = Claim.extend({
  relation: StateRelation,
  source: z.string(),
  target: z.string(),
  reason: z.enum(["negated", "speculative", "reported", "question"]),
});
export type ExcludedClaim = z.infer<typeof ExcludedClaim>;

export const GraphAttributes = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.object({ name: z.string(), version: z.string() }).optional(),
  documents: z.array(DocumentInfo),
  excludedClaims: z.array(ExcludedClaim).optional(),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

const NODE_KEY = /^(country:[A-Z]{3}|country:cow-\d+|leader:[a-z0-9-]+|treaty:[a-z0-9-]+)$/;

export const SerializedNode = z.object({
  key: z.string().regex(NODE_KEY, "expected country:XXX, country:cow-N, leader:slug or treaty:slug"),
  attributes: NodeAttributes,
});
export const SerializedEdge = z.object({
  key: z.string().min(1),
  source: z.string(),
  target: z.string(),
  undirected: z.boolean().optional(),
  attributes: EdgeAttributes,
});

export const GraphJson = z
  .object({
    options: z.object({
      type: z.enum(["mixed", "directed", "undirected"]),
      multi: z.boolean(),
      allowSelfLoops: z.boolean(),
    }),
    attributes: GraphAttributes,
    nodes: z.array(SerializedNode),
    edges: z.array(SerializedEdge),
  })
  .superRefine((g, ctx) => {
    const keys = new Set(g.nodes.map((n) => n.key));
    const docs = new Set(g.attributes.documents.map((d) => d.id));
    g.edges.forEach((e, i) => {
      for (const end of ["source", "target"] as const) {
        if (!keys.has(e[end]))
          ctx.addIssue({ code: "custom", path: ["edges", i, end], message: `unknown node "${e[end]}"` });
      }
      e.attributes.claims.forEach((c, j) => {
        if (!docs.has(c.doc))
          ctx.addIssue({
            code: "custom",
            path: ["edges", i, "attributes", "claims", j, "doc"],
            message: `unknown document "${c.doc}"`,
          });
      });
    });
  });
export type GraphJson = z.infer<typeof GraphJson>;
export type SerializedNode = z.infer<typeof SerializedNode>;
export type SerializedEdge = z.infer<typeof SerializedEdge>;

export class GraphSchemaError extends Error {
  override name = "GraphSchemaError";
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/**
 * Validates unknown data against the contract; the error names the first problem and where. A file
 * of an older schema version is migrated first (extract/schema/migrate.ts).
 */
export function parseGraphJson(data: unknown): { ok: true; graph: GraphJson } | { ok: false; error: GraphSchemaError } {
  const r = GraphJson.safeParse(migrateGraphJson(data));
  if (r.success) return { ok: true, graph: r.data };
  const issue = r.error.issues[0];
  const path = issue.path.map(String).join(".") || "(root)";
  return { ok: false, error: new GraphSchemaError(`graph.json is invalid at ${path}: ${issue.message}`, path) };
}
