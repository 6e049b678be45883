/**
 * Turns the CLI's file and folder arguments into SourceFiles. Document ids are paths relative to
 * the folder given (a file named directly gets its file name), with "/" separators.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { SourceFile } from "../types";
import { parseDocumentLine } from "./ndjson-docs";

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

/** Reads a documents NDJSON text; problems are named `<file>:<line>`. */
export function readNdjson(id: string, content: string, problems: InputProblem[]): SourceFile[] {
  const files: SourceFile[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = parseDocumentLine(line);
    for (const p of parsed.problems) problems.push({ id: `${id}:${i + 1}`, reason: p.reason });
    if (parsed.file) files.push(parsed.file);
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
