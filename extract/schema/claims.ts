/**
 * The claims NDJSON contract: one line per extracted document, written by
 * `npm run extract -- … --claims <file>` (the map step) and read by `npm run merge` (the reduce
 * step). Each line holds the document record of graph.json plus what the stages found in it, so a
 * graph can be built from any set of lines without the source documents.
 *
 * @example
 * const r = ClaimRecord.safeParse(JSON.parse(line));
 */
import { z } from "zod";
import { DocumentInfo, Lang, PartialDate, StateRelation, TimeSource } from "./graph";

export const CLAIMS_FORMAT_VERSION = 1;

const Sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

const ExtractedClaim = z.object({
  relation: StateRelation,
  source: z.string().min(1),
  target: z.string().min(1),
  doc: z.string().min(1),
  sentence: Sentence,
  time: z.object({ start: PartialDate.nullable(), end: PartialDate.nullable(), source: TimeSource }),
  status: z.enum(["asserted", "negated", "speculative", "reported", "question"]),
  trigger: z.string(),
  lang: Lang,
});

const LeaderFound = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  labelEn: z.string().optional(),
  names: z.array(z.string()),
  country: z.string().min(1),
  role: z.string().optional(),
  doc: z.string().min(1),
  sentence: Sentence,
});

const TreatyFound = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  labelEn: z.string().optional(),
  names: z.array(z.string()),
  parties: z.array(z.string()),
  year: z.number().int().nullable(),
  doc: z.string().min(1),
  sentence: Sentence,
});

/** One document's extraction. `doc.text` is present unless the map step ran with `--no-text`. */
export const ClaimRecord = z.object({
  claimsFormat: z.literal(CLAIMS_FORMAT_VERSION),
  doc: DocumentInfo,
  claims: z.array(ExtractedClaim),
  leaders: z.array(LeaderFound),
  treaties: z.array(TreatyFound),
  countries: z.array(z.string()),
  /** What the extraction bounded in this document (cut sentences, capped mentions). */
  notes: z.array(z.string()).optional(),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;

/** Parses one claims NDJSON line; the error names the first problem and its field. */
export function parseClaimLine(line: string): { ok: true; record: ClaimRecord } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: "not valid JSON" };
  }
  const r = ClaimRecord.safeParse(value);
  if (r.success) return { ok: true, record: r.data };
  const issue = r.error.issues[0];
  const path = issue.path.map(String).join(".") || "(root)";
  return { ok: false, reason: `not a claims record: ${path}: ${issue.message}` };
}
