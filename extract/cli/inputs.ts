/**
 * The CLI's inputs, read lazily: folders are walked one directory at a time (entries sorted),
 * NDJSON is read line by line from files or stdin ("-"), and each document is yielded as soon as it
 * is read, so memory does not grow with the input.
 *
 * Symbolic links are followed; a link that loops back to a folder being walked, a broken link, an
 * unreadable file or folder and a file that vanished before it was read are each yielded as a
 * problem naming the path, and the walk goes on. Hidden entries (".name") are left out.
 */
import type { Dirent } from "node:fs";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { SourceFile } from "../types";
import { DOCUMENT_EXTENSIONS, NDJSON_EXTENSIONS } from "./files";
import { parseDocumentLine } from "./ndjson-docs";

export interface InputProblem {
  id: string;
  reason: string;
  /** false: a warning (an invalid field was ignored), the document still goes in. */
  skipped: boolean;
}

export type InputItem = { kind: "file"; file: SourceFile; bytes: number } | ({ kind: "problem" } & InputProblem);

interface Stats {
  isDirectory(): boolean;
  isFile(): boolean;
  dev: number;
  ino: number;
}

/** The file system calls the walker makes; tests inject failures here. */
export interface InputFs {
  readdir(dir: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
  readFile(path: string): Promise<Uint8Array>;
  open(path: string): Readable;
}

export const nodeFs: InputFs = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  stat: (p) => stat(p),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  open: (p) => (p === "-" ? process.stdin : createReadStream(p)),
};

const toId = (p: string): string => p.split(sep).join("/");

const hasExtension = (name: string, exts: string[]): boolean => {
  const lower = name.toLowerCase();
  return exts.some((e) => lower.endsWith(e));
};

/** A one-line reason for a file system error. */
export function fsReason(err: unknown, what: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return `cannot read ${what}: permission denied`;
  if (code === "ENOENT") return `${what} vanished before it could be read`;
  if (code === "ELOOP") return "symbolic link loop";
  if (code === "EISDIR") return "is a folder";
  return `cannot read ${what}: ${(err as Error).message}`;
}

export interface ReadOptions {
  published?: string;
  /** Ids of files named directly are their paths relative to this folder (default: the file name). */
  relativeTo?: string;
  fs?: InputFs;
}

async function* ndjsonItems(path: string, id: string, o: ReadOptions, fs: InputFs): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: fs.open(path), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === "") continue;
      const parsed = parseDocumentLine(line);
      for (const p of parsed.problems) yield { kind: "problem", id: `${id}:${n}`, ...p };
      if (!parsed.file) continue;
      const f = parsed.file;
      yield {
        kind: "file",
        file: o.published && !f.published ? { ...f, published: o.published } : f,
        bytes: Buffer.byteLength(line),
      };
    }
  } catch (err) {
    yield { kind: "problem", id: n > 0 ? `${id}:${n + 1}` : id, reason: fsReason(err, "file"), skipped: true };
  } finally {
    lines.close();
  }
}

async function* fileItems(path: string, id: string, o: ReadOptions, fs: InputFs): AsyncGenerator<InputItem> {
  if (hasExtension(path, NDJSON_EXTENSIONS) || path === "-") {
    yield* ndjsonItems(path, id, o, fs);
    return;
  }
  try {
    const bytes = await fs.readFile(path);
    yield {
      kind: "file",
      file: { id, bytes, ...(o.published ? { published: o.published } : {}) },
      bytes: bytes.length,
    };
  } catch (err) {
    yield { kind: "problem", id, reason: fsReason(err, "file"), skipped: true };
  }
}

async function* walk(
  dir: string,
  prefix: string,
  ancestors: Set<string>,
  o: ReadOptions,
  fs: InputFs,
): AsyncGenerator<InputItem> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir);
  } catch (err) {
    yield { kind: "problem", id: prefix || dir, reason: fsReason(err, "folder"), skipped: true };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    const id = prefix ? `${prefix}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let key = "";
    if (entry.isSymbolicLink() || isDir) {
      let st: Stats;
      try {
        st = await fs.stat(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const reason = entry.isSymbolicLink() && code === "ENOENT" ? "broken symbolic link" : fsReason(err, "entry");
        yield { kind: "problem", id, reason, skipped: true };
        continue;
      }
      isDir = st.isDirectory();
      isFile = st.isFile();
      key = `${st.dev}:${st.ino}`;
    }
    if (isDir) {
      if (ancestors.has(key)) {
        yield { kind: "problem", id, reason: "symbolic link loop (links back to a folder being read)", skipped: true };
        continue;
      }
      ancestors.add(key);
      yield* walk(full, id, ancestors, o, fs);
      ancestors.delete(key);
    } else if (
      isFile &&
      (hasExtension(entry.name, DOCUMENT_EXTENSIONS) || hasExtension(entry.name, NDJSON_EXTENSIONS))
    ) {
      yield* fileItems(full, id, o, fs);
    }
  }
}

/** Yields every document of the inputs, in argument order, folders in sorted order. */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const fs = options.fs ?? nodeFs;
  for (const p of paths) {
    if (p === "-") {
      yield* ndjsonItems(p, "stdin", options, fs);
      continue;
    }
    let st: Stats;
    try {
      st = await fs.stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield {
        kind: "problem",
        id: p,
        reason: code === "ENOENT" ? "no such file or folder" : fsReason(err, "path"),
        skipped: true,
      };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, "", new Set([`${st.dev}:${st.ino}`]), options, fs);
    else yield* fileItems(p, options.relativeTo ? toId(relative(options.relativeTo, p)) : basename(p), options, fs);
  }
}
