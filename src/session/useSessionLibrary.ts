/**
 * The session menu's library actions on stored sessions: open, leave, rename, duplicate, delete,
 * export to a file and import files. Split from useSessionController (which owns the open session and its
 * saving); every failure becomes a notice, and the list is refreshed after each action.
 *
 * @example
 * const { rename, remove } = useSessionLibrary({ store, storeError, graph, workingRef, … });
 */
import { useCallback, type RefObject } from "react";
import { VERSION } from "../../extract/version";
import { download } from "../export/download";
import { encodeView } from "../url/state";
import { nowIso, sessionUrl, type LiveView, type SessionNotice } from "./controllerTypes";
import { storageError, type SessionStorageError } from "./errors";
import { sessionFileName, toSessionFile } from "./file";
import { importSessionFiles } from "./library";
import type { Session } from "./schema";
import { newSessionId, type SessionStore } from "./store";

export interface LibraryDeps {
  store: SessionStore | null;
  storeError: SessionStorageError | null;
  graph: string;
  defaultGraph: string;
  /** What the viewer lends at save time (its view and camera, for leaving the session). */
  live: RefObject<LiveView | null>;
  workingRef: RefObject<Session>;
  persistedRef: RefObject<boolean>;
  update: (f: (s: Session, now: string) => Session) => void;
  flush: () => Promise<boolean>;
  capture: (s: Session) => Session;
  refreshList: () => Promise<void>;
  setNotice: (n: SessionNotice | null) => void;
  /** The open session was deleted: it stays on screen as an unsaved draft. */
  setDraft: () => void;
}

export function useSessionLibrary(deps: LibraryDeps) {
  const {
    store,
    storeError,
    graph,
    defaultGraph,
    live,
    workingRef,
    persistedRef,
    update,
    flush,
    capture,
    refreshList,
    setNotice,
    setDraft,
  } = deps;
  const open = useCallback(
    async (id: string) => {
      await flush();
      const s = store ? await store.get(id).catch(() => null) : null;
      if (!s) {
        setNotice({ kind: "error", text: "That session could not be read. It may have been deleted in another tab." });
        return;
      }
      window.location.assign(sessionUrl(s, defaultGraph));
    },
    [flush, store, defaultGraph, setNotice],
  );

  /** Leaves the session: the graph as loaded, with the current view. */
  const close = useCallback(async () => {
    await flush();
    const l = live.current;
    const keep: Record<string, string> = graph !== defaultGraph ? { graph } : {};
    const query = l ? encodeView(l.view(), l.camera(), keep) : new URLSearchParams(keep).toString();
    window.location.assign(`${window.location.pathname}${query ? `?${query}` : ""}`);
  }, [flush, graph, defaultGraph, live]);

  const act = useCallback(
    async (op: () => Promise<void>) => {
      try {
        await op();
      } catch (e) {
        const err = storageError(e);
        setNotice({ kind: "error", text: err.message });
      }
      await refreshList();
    },
    [refreshList, setNotice],
  );

  const rename = useCallback(
    (id: string, name: string) =>
      act(async () => {
        if (!name.trim()) return;
        if (id === workingRef.current.id && persistedRef.current) {
          update((s, now) => ({ ...s, name: name.trim(), updated: now }));
          await flush();
        } else if (store) await store.rename(id, name, nowIso());
      }),
    [act, update, flush, store, persistedRef, workingRef],
  );

  const duplicate = useCallback(
    (id: string) =>
      act(async () => {
        if (id === workingRef.current.id) await flush();
        if (!store) throw storeError;
        const copy = await store.duplicate(id, newSessionId(), nowIso());
        setNotice({ kind: "info", text: `Saved a copy as “${copy.name}”.`, openId: copy.id });
      }),
    [act, flush, store, storeError, setNotice, workingRef],
  );

  const remove = useCallback(
    (id: string) =>
      act(async () => {
        if (!store) throw storeError;
        await store.delete(id);
        if (id === workingRef.current.id) {
          // The open work stays on screen, unsaved, and can be saved again.
          persistedRef.current = false;
          setDraft();
        }
      }),
    [act, store, storeError, persistedRef, workingRef, setDraft],
  );

  /** Downloads a session file (the open session by default). */
  const exportSession = useCallback(
    async (id?: string) => {
      const s = !id || id === workingRef.current.id ? capture(workingRef.current) : await store?.get(id);
      if (!s) return;
      const file = toSessionFile(s, VERSION, nowIso());
      download(sessionFileName(s), JSON.stringify(file, null, 2) + "\n", "application/json");
    },
    [capture, store, workingRef],
  );

  /** Imports session files; never overwrites: a taken id or name gets a new one, and says so. */
  const importFiles = useCallback(
    async (files: File[]) => {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const notices = await importSessionFiles(store, read, graph, nowIso(), newSessionId, storeError);
      // The last file's outcome is the one shown (an error first, if any).
      const shown = notices.find((n) => n.kind === "error") ?? notices[notices.length - 1];
      if (shown) setNotice(shown);
      await refreshList();
    },
    [store, storeError, graph, refreshList, setNotice],
  );

  return { open, close, rename, duplicate, remove, exportSession, importFiles };
}
