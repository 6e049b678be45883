/**
 * Importing session files into the store: each file is validated, given a fresh id and a free
 * name when those are taken (never overwriting), saved, and described in one sentence for the
 * analyst — or refused with the reason.
 *
 * @example
 * const notices = await importSessionFiles(store, [{ name: f.name, text: await f.text() }], "graph.json", now, newSessionId);
 */
import { SessionFileError, SessionStorageError, storageError } from "./errors";
import { planImport, readSessionFile } from "./file";
import type { SessionStore } from "./store";

export interface ImportNotice {
  kind: "info" | "error";
  text: string;
  /** The imported session, to offer opening it. */
  openId?: string;
}

/** Imports each file; one notice per file. `store` null means storage is unavailable (`storeError`). */
export async function importSessionFiles(
  store: SessionStore | null,
  files: { name: string; text: string }[],
  currentGraph: string,
  now: string,
  newId: () => string,
  storeError: SessionStorageError | null = null,
): Promise<ImportNotice[]> {
  const notices: ImportNotice[] = [];
  for (const f of files) {
    try {
      const incoming = readSessionFile(f.text, f.name);
      if (!store) throw storeError ?? new SessionStorageError("unavailable", "no store");
      const plan = planImport(incoming, await store.list(), newId(), now);
      await store.put(plan.session);
      const where = plan.session.graph !== currentGraph ? ` It was made on ${plan.session.graph}.` : "";
      const text = plan.renamedFrom
        ? `Imported “${plan.renamedFrom}” as “${plan.session.name}”: a session with that name already exists.${where}`
        : `Imported “${plan.session.name}”.${where}`;
      notices.push({ kind: "info", text, openId: plan.session.id });
    } catch (e) {
      notices.push({ kind: "error", text: e instanceof SessionFileError ? e.message : storageError(e).message });
    }
  }
  return notices;
}
