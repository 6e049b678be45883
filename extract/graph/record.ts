/**
 * One document's extraction as a claims NDJSON record (see `extract/schema/claims.ts`), and back.
 * The document part is written in graph.json's key order, so a graph built from records read back
 * is byte-identical to one built from the extractions directly.
 */
import type { ClaimRecord } from "../schema/claims";
import { CLAIMS_FORMAT_VERSION } from "../schema/claims";
import type { DocumentInfo } from "../schema/graph";
import type { GraphInput } from "../types";

/** The document record in graph.json's key order; `text` only when asked for and present. */
export function documentRecord(d: GraphInput["doc"], includeText: boolean): DocumentInfo {
  return {
    id: d.id,
    title: d.title,
    published: d.published,
    ...(d.publishedSource !== undefined ? { publishedSource: d.publishedSource } : {}),
    lang: d.lang,
    ...(d.charset !== undefined ? { charset: d.charset } : {}),
    ...(includeText && d.text !== undefined ? { text: d.text } : {}),
  };
}

/** The claims record of one extraction. */
export function toRecord(x: GraphInput, includeText: boolean): ClaimRecord {
  return {
    claimsFormat: CLAIMS_FORMAT_VERSION,
    doc: documentRecord(x.doc, includeText),
    claims: x.claims,
    leaders: x.leaders,
    treaties: x.treaties,
    countries: x.countries,
    ...(x.notes && x.notes.length > 0 ? { notes: x.notes } : {}),
  };
}

/** The record as one NDJSON line, without the newline. */
export function recordLine(r: ClaimRecord): string {
  return JSON.stringify({ ...r, doc: documentRecord(r.doc, true) });
}

/** What the graph keeps of a record in memory: everything but the document's text. */
export function graphInputOf(r: ClaimRecord): GraphInput {
  return {
    doc: documentRecord(r.doc, false),
    claims: r.claims,
    leaders: r.leaders,
    treaties: r.treaties,
    countries: r.countries,
    ...(r.notes && r.notes.length > 0 ? { notes: r.notes } : {}),
  };
}
