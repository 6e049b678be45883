/**
 * The session contract (zod): what a saved research session holds and what a session file
 * contains. The same schema validates records read back from IndexedDB and files an analyst
 * imports, so a hand-edited or truncated file is refused with the place it went wrong.
 *
 * @example
 * const r = parseSessionFile(JSON.parse(text));
 * if (r.ok) importSession(store, r.file.session);
 */
import { z } from "zod";
import { Claim, GraphJson, NODE_KINDS, RELATIONS } from "../../extract/schema/graph";

export const SESSION_FILE_KIND = "entente-session";
export const SESSION_FILE_VERSION = 1;

const Era = z.object({ from: z.number().int(), to: z.number().int() });

export const FilterStateSchema = z.object({
  era: Era.nullable(),
  relations: z.array(z.enum(RELATIONS)),
  kinds: z.array(z.enum(NODE_KINDS)),
  undated: z.boolean(),
  excluded: z.boolean(),
});

const SelectionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("node"), key: z.string().min(1) }),
  z.object({ type: z.literal("edge"), key: z.string().min(1) }),
  z.object({ type: z.literal("pair"), key: z.string().regex(/^[^|]+\|[^|]+$/) }),
  z.object({ type: z.literal("excluded"), index: z.number().int().nonnegative() }),
]);

export const ViewStateSchema = z.object({
  filters: FilterStateSchema,
  selection: SelectionSchema.nullable(),
  reader: z
    .object({
      doc: z.string().min(1),
      range: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
    })
    .nullable(),
  layout: z.enum(["force", "geo"]),
  lang: z.enum(["zh", "en"]),
  thickness: z.enum(["confidence", "claims"]),
});

export const CameraSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  ratio: z.number().finite().positive(),
});

export const NoteSchema = z.object({ text: z.string(), updated: z.string() });

export const VERDICTS = ["confirmed", "rejected"] as const;

/** A verdict on one claim, with a copy of the claim so it can be listed and restored later. */
export const VerdictSchema = z.object({
  verdict: z.enum(VERDICTS),
  edge: z.string().min(1),
  relation: z.enum(RELATIONS),
  source: z.string().min(1),
  target: z.string().min(1),
  claim: Claim,
  at: z.string(),
});

export const SessionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  created: z.string(),
  updated: z.string(),
  /** The graph file the session was made on (the viewer's `graph` URL, e.g. "graph.json"). */
  graph: z.string().min(1),
  view: ViewStateSchema,
  camera: CameraSchema.nullable(),
  /** Node key → [x, y] in graph coordinates (the force layout as it stood). */
  positions: z.record(z.string(), z.tuple([z.number().finite(), z.number().finite()])),
  pinned: z.array(z.string()),
  /** "node:<key>" or "edge:<key>" → note. */
  notes: z.record(z.string(), NoteSchema),
  /** Claim id (see claims.ts) → verdict. */
  verdicts: z.record(z.string(), VerdictSchema),
  /** Documents added in the browser: their extraction, in the graph.json contract. */
  added: GraphJson.nullable(),
});

export const SessionFileSchema = z.object({
  kind: z.literal(SESSION_FILE_KIND),
  version: z.literal(SESSION_FILE_VERSION),
  exported: z.string(),
  generator: z.object({ name: z.string(), version: z.string() }),
  session: SessionSchema,
});

export type Session = z.infer<typeof SessionSchema>;
export type SessionFile = z.infer<typeof SessionFileSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type VerdictKind = (typeof VERDICTS)[number];
