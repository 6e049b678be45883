/**
 * Turns the CLI's file and folder arguments into SourceFiles. Document ids are paths relative to
 * the folder given (a file named directly gets its file name), with "/" separators.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { SourceFile } from "../types";

export const DOCUMENT_EXTENSIONS = [".txt", ".html", ".htm", ".md", ".markdown"];
export const NDJSON_EXTENSIONS = [".ndjson", ".jsonl"];

export interface InputProblem {
  id: string;
  reason: string;
}

export interface CollectedInputs {
  files: SourceFile[];
  problems: InputProblem[];
}

function hasExtension(name: string, exts: string[]): boolean {
  const lower = name.toLowerCase();
  return exts.some((e) => lower.endsWith(e));
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

const toId = (p: string): string => p.split(sep).join("/");

/**
 * One NDJSON line per document: `{"id": "...", "text": "...", "format"?: "txt"|"html"|"md",
 * "published"?: "YYYY-MM-DD"}`.
 */
export function readNdjson(id: string, content: string, problems: InputProblem[]): SourceFile[] {
  const files: SourceFile[] = [];
  const encoder = new TextEncoder();
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${id}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ id: where, reason: "not valid JSON" });
      return;
    }
    if (typeof value !== "object" || value === null) {
      problems.push({ id: where, reason: "expected an object with id and text" });
      return;
    }
    const rec = value as Record<string, unknown>;
    if (typeof rec.id !== "string" || typeof rec.text !== "string") {
      problems.push({ id: where, reason: 'expected string fields "id" and "text"' });
      return;
    }
    const format = typeof rec.format === "string" ? rec.format : "txt";
    const docId = /\.(txt|html?|md|markdown)$/i.test(rec.id) ? rec.id : `${rec.id}.${format}`;
    files.push({
      id: docId,
      bytes: encoder.encode(rec.text),
      ...(typeof rec.published === "string" ? { published: rec.published } : {}),
    });
  });
  return files;
}

/** Reads every input path; unreadable paths are reported, never thrown. */
export function collectInputs(paths: string[], published?: string): CollectedInputs {
  const files: SourceFile[] = [];
  const problems: InputProblem[] = [];
  const add = (full: string, id: string): void => {
    try {
      const bytes = new Uint8Array(readFileSync(full));
      if (hasExtension(full, NDJSON_EXTENSIONS)) {
        for (const f of readNdjson(id, new TextDecoder().decode(bytes), problems)) {
          files.push(published && !f.published ? { ...f, published } : f);
        }
      } else {
        files.push({ id, bytes, ...(published ? { published } : {}) });
      }
    } catch (err) {
      problems.push({ id, reason: `cannot read: ${(err as Error).message}` });
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      problems.push({ id: p, reason: "no such file or folder" });
      continue;
    }
    if (st.isDirectory()) {
      for (const full of walk(p).sort()) {
        if (hasExtension(full, DOCUMENT_EXTENSIONS) || hasExtension(full, NDJSON_EXTENSIONS))
          add(full, toId(relative(p, full)));
      }
    } else {
      add(p, basename(p));
    }
  }
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    if (seen.has(f.id)) {
      problems.push({
        id: f.id,
        reason: "duplicate document id (two inputs share this relative path); kept the first",
      });
      return false;
    }
    seen.add(f.id);
    return true;
  });
  return { files: unique, problems };
}
