/**
 * Files dropped or pasted in the viewer → document ids and bytes for the worker. Ids are file
 * names made unique against the documents already in the graph ("a.html", "a (2).html"…), so an
 * added document never shadows one the claims already point to. A file whose bytes cannot be read
 * is reported by name; the rest still go in.
 *
 * @example
 * const { files, failures } = await readDropped([...event.dataTransfer.files], existingIds);
 */
import type { ExtractFailure } from "../../extract/pipeline";
import type { IngestFile } from "./protocol";

/** `name`, or `stem (2).ext`, `stem (3).ext`… — the first id not in `taken`. */
export function uniqueDocId(name: string, taken: Set<string>): string {
  const clean = name.replace(/[\\/]+/g, "_").trim() || "document.txt";
  if (!taken.has(clean)) return clean;
  const dot = clean.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ""];
  for (let n = 2; ; n++) {
    const id = `${stem} (${n})${ext}`;
    if (!taken.has(id)) return id;
  }
}

/** Reads each file's bytes under a unique document id. */
export async function readDropped(
  dropped: File[],
  existing: Iterable<string>,
): Promise<{ files: IngestFile[]; failures: ExtractFailure[] }> {
  const taken = new Set(existing);
  const files: IngestFile[] = [];
  const failures: ExtractFailure[] = [];
  for (const f of dropped) {
    const id = uniqueDocId(f.name, taken);
    taken.add(id);
    try {
      files.push({ id, bytes: new Uint8Array(await f.arrayBuffer()) });
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      failures.push({ id, reason: `the browser could not read the file (${err.message})`, errorName: err.name });
    }
  }
  return { files, failures };
}

/** Pasted text (or HTML) as a file: "pasted-1.txt", "pasted-2.html"… */
export function pastedFile(text: string, html: boolean, n: number): File {
  return new File([text], `pasted-${n}.${html ? "html" : "txt"}`, { type: html ? "text/html" : "text/plain" });
}
