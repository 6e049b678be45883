/**
 * One line of a documents NDJSON input: `{"id": "...", "text": "...", "format"?: "txt"|"html"|"md",
 * "published"?: "YYYY-MM-DD"}`. Problems name the file and line; a field that is present but
 * invalid is warned about and ignored, never silently dropped.
 */
import { PartialDate } from "../schema/graph";
import type { SourceFile } from "../types";

const FORMATS = ["txt", "html", "htm", "md", "markdown"];

export interface DocumentLine {
  /** The document, or null when the line was skipped. */
  file: SourceFile | null;
  /** Why the line was skipped, or what was ignored in it. */
  problems: { reason: string; skipped: boolean }[];
}

const encoder = new TextEncoder();

/** Parses one non-empty line. */
export function parseDocumentLine(line: string): DocumentLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { file: null, problems: [{ reason: "not valid JSON", skipped: true }] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { file: null, problems: [{ reason: "expected an object with id and text", skipped: true }] };
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.id !== "string" || rec.id === "" || typeof rec.text !== "string") {
    return { file: null, problems: [{ reason: 'expected string fields "id" and "text"', skipped: true }] };
  }
  const problems: DocumentLine["problems"] = [];
  let format = "txt";
  if (rec.format !== undefined) {
    if (typeof rec.format === "string" && FORMATS.includes(rec.format)) format = rec.format;
    else
      problems.push({
        reason: `"format" ${JSON.stringify(rec.format)} is not one of ${FORMATS.join(", ")}; read as txt`,
        skipped: false,
      });
  }
  let published: string | undefined;
  if (rec.published !== undefined && rec.published !== null) {
    if (typeof rec.published === "string" && PartialDate.safeParse(rec.published).success) published = rec.published;
    else
      problems.push({
        reason: `"published" ${JSON.stringify(rec.published)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored`,
        skipped: false,
      });
  }
  const id = /\.(txt|html?|md|markdown)$/i.test(rec.id) ? rec.id : `${rec.id}.${format}`;
  return {
    file: { id, bytes: encoder.encode(rec.text), ...(published !== undefined ? { published } : {}) },
    problems,
  };
}
