/**
 * The extraction pass, composed from its pure stages. Runs in Node (the CLI), in a Web Worker
 * (documents dropped in the viewer) and in tests alike: no file system access here.
 *
 * @example
 * const { graph, failures } = extractGraph([{ id: "a.txt", bytes }], { version: "0.1.0" });
 */
import { capMentions } from "./claims/bounds";
import { extractClaims } from "./claims/index";
import { extractDocumentText } from "./clean/index";
import { extractEnglish } from "./english/index";
import { buildGraph, type BuildOptions } from "./graph/build";
import { findMentions } from "./mentions/index";
import { findLeaders } from "./mentions/leaders";
import { findTreaties } from "./mentions/treaties";
import type { GraphJson } from "./schema/graph";
import { boundSentences } from "./text/bounds";
import { splitSentences } from "./text/sentences";
import { withNarrativeTime } from "./time/narrative";
import type { CleanDocument, DocumentExtraction, SourceFile } from "./types";

/** A file that could not be read, with the reason in one line. */
export interface ExtractFailure {
  id: string;
  reason: string;
  errorName: string;
}

/** Runs mentions, claims, leaders and treaties over one cleaned document. */
export function extractFromClean(doc: CleanDocument): DocumentExtraction {
  if (doc.lang === "en") return { doc, ...extractEnglish(doc) };
  const notes: string[] = [];
  const sentences = boundSentences(splitSentences(doc.text), notes);
  const found = findMentions(doc.norm);
  const mentions = capMentions(sentences, found, notes);
  const countries = new Set<string>();
  for (const m of found) {
    if (m.kind === "country") for (const s of m.states) countries.add(s);
  }
  return {
    doc,
    claims: withNarrativeTime(doc.norm, { published: doc.published }, extractClaims(doc, sentences, mentions, notes)),
    leaders: findLeaders(doc, sentences, mentions),
    treaties: findTreaties(doc, sentences, mentions),
    countries: [...countries].sort(),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** Decodes, cleans and extracts one file. Throws the typed errors of `extract/ingest/errors`. */
export function extractFile(file: SourceFile): DocumentExtraction {
  return extractFromClean(extractDocumentText(file));
}

export interface ExtractResult {
  graph: GraphJson;
  extractions: DocumentExtraction[];
  failures: ExtractFailure[];
}

/**
 * Extracts every file and merges the results into one graph. A file that cannot be read is
 * reported in `failures` and skipped; the rest still go in.
 */
export function extractGraph(
  files: SourceFile[],
  options: BuildOptions & { onProgress?: (done: number, total: number, id: string) => void },
): ExtractResult {
  const extractions: DocumentExtraction[] = [];
  const failures: ExtractFailure[] = [];
  files.forEach((file, i) => {
    try {
      extractions.push(extractFile(file));
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      failures.push({ id: file.id, reason: e.message, errorName: e.name });
    }
    options.onProgress?.(i + 1, files.length, file.id);
  });
  return { graph: buildGraph(extractions, options), extractions, failures };
}
