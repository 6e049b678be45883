/**
 * The open research session, as React state: its content (notes, verdicts, pins, added documents),
 * whether and how it is saved, and the actions of the session menu. A session saved once is saved
 * again automatically after every change (debounced); each save is one IndexedDB transaction, so a
 * failed save keeps the last good version and says how to keep the work (export the file).
 * The view, camera and layout positions are read from the viewer at save time (`bindLive`).
 *
 * @example
 * const ctl = useSessionController(boot, { graph: "graph.json", view, camera });
 * ctl.update((s, now) => setNote(s, { type: "node", key }, text, now));
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GraphJson } from "../../extract/schema/graph";
import type { CameraView, ViewState } from "../state/types";
import { SESSION_PARAM, type SessionBoot } from "./boot";
import { nowIso, type LiveView, type SaveStatus, type SessionNotice } from "./controllerTypes";
import { SessionStorageError, storageError } from "./errors";
import { addDocuments, newSession, setView } from "./model";
import { defaultName } from "./naming";
import type { Session } from "./schema";
import { newSessionId, type SessionListItem } from "./store";
import { useSessionLibrary } from "./useSessionLibrary";

export { sessionUrl, type LiveView, type SaveStatus, type SessionNotice } from "./controllerTypes";
const AUTOSAVE_MS = 400;

export function useSessionController(
  boot: SessionBoot,
  init: { graph: string; defaultGraph: string; view: ViewState; camera: CameraView | null },
) {
  const store = boot.store;
  const [working, setWorking] = useState<Session>(
    () =>
      boot.session ??
      newSession({
        id: newSessionId(),
        name: "Unsaved session",
        graph: init.graph,
        view: init.view,
        camera: init.camera,
        now: nowIso(),
      }),
  );
  const [persisted, setPersisted] = useState(boot.session !== null);
  const [status, setStatus] = useState<SaveStatus>(boot.session ? "saved" : "draft");
  const [error, setError] = useState<SessionStorageError | null>(null);
  const [list, setList] = useState<SessionListItem[]>(boot.list);
  const [notice, setNotice] = useState<SessionNotice | null>(boot.notice ? { kind: "info", text: boot.notice } : null);

  const workingRef = useRef(working);
  const persistedRef = useRef(persisted);
  const live = useRef<LiveView | null>(null);
  const timer = useRef<number | null>(null);
  const saving = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);
  /** Counts changes, so a save knows whether more came in while it ran. */
  const changes = useRef(0);
  useEffect(() => {
    workingRef.current = working;
    persistedRef.current = persisted;
  }, [working, persisted]);

  /** The working session with the viewer's current view, camera and positions. */
  const capture = useCallback((s: Session): Session => {
    const l = live.current;
    if (!l) return s;
    const next = setView(s, l.view(), l.camera(), s.updated);
    const positions = l.positions();
    return positions ? { ...next, positions } : next;
  }, []);

  const refreshList = useCallback(async () => {
    if (!store) return;
    try {
      setList(await store.list());
    } catch (e) {
      setError(storageError(e));
    }
  }, [store]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (!persistedRef.current) return false;
    if (saving.current) {
      // A save is under way: it saves once more when it ends.
      again.current = true;
      return saving.current;
    }
    const run = (async () => {
      let ok: boolean;
      let saved: number;
      do {
        again.current = false;
        saved = changes.current;
        setStatus("saving");
        try {
          if (!store) throw boot.storeError ?? new SessionStorageError("unavailable", "no store");
          await store.put(capture(workingRef.current));
          ok = true;
          setError(null);
        } catch (e) {
          ok = false;
          setError(storageError(e));
        }
      } while (again.current);
      // A change made while saving is still to be written (its own save is scheduled).
      setStatus(!ok ? "error" : changes.current === saved ? "saved" : "pending");
      return ok;
    })();
    saving.current = run;
    try {
      return await run;
    } finally {
      saving.current = null;
    }
  }, [store, boot.storeError, capture]);

  /** Something changed: save soon (sessions saved once only). */
  const touch = useCallback(() => {
    changes.current++;
    if (!persistedRef.current) return;
    setStatus((s) => (s === "error" ? s : "pending"));
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
  }, [flush]);

  useEffect(() => {
    // Leaving the page (reload, tab closed, app switched): write what is pending now.
    const hide = () => {
      if (document.visibilityState === "hidden" && timer.current !== null) void flush();
    };
    const leave = () => {
      if (timer.current !== null) void flush();
    };
    document.addEventListener("visibilitychange", hide);
    window.addEventListener("pagehide", leave);
    return () => {
      document.removeEventListener("visibilitychange", hide);
      window.removeEventListener("pagehide", leave);
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [flush]);

  /** Changes the session's content. */
  const update = useCallback(
    (fn: (s: Session, now: string) => Session) => {
      const prev = workingRef.current;
      let next = fn(prev, nowIso());
      if (next === prev) return;
      if (next.added !== prev.added || next.verdicts !== prev.verdicts) {
        // The graph is about to be rebuilt: keep every node where it is on screen.
        const positions = live.current?.positions();
        if (positions) next = { ...next, positions };
      }
      workingRef.current = next;
      setWorking(next);
      touch();
    },
    [touch],
  );

  const bindLive = useCallback((l: LiveView | null) => {
    live.current = l;
  }, []);

  /** Saves the open session under a new name and id; from then on it saves itself. */
  const saveAs = useCallback(
    async (name: string): Promise<boolean> => {
      const now = nowIso();
      const names = list.map((x) => x.name);
      const s: Session = {
        ...capture(workingRef.current),
        id: newSessionId(),
        name: name.trim() || defaultName(names),
        created: now,
        updated: now,
      };
      try {
        if (!store) throw boot.storeError ?? new SessionStorageError("unavailable", "no store");
        await store.put(s);
      } catch (e) {
        setError(storageError(e));
        setStatus("error");
        return false;
      }
      workingRef.current = s;
      persistedRef.current = true;
      setWorking(s);
      setPersisted(true);
      setStatus("saved");
      setError(null);
      void refreshList();
      return true;
    },
    [list, capture, store, boot.storeError, refreshList],
  );

  const setDraft = useCallback(() => {
    setPersisted(false);
    setStatus("draft");
    setError(null);
  }, []);
  const { open, close, rename, duplicate, remove, exportSession, importFiles } = useSessionLibrary({
    store,
    storeError: boot.storeError,
    graph: init.graph,
    defaultGraph: init.defaultGraph,
    live,
    workingRef,
    persistedRef,
    update,
    flush,
    capture,
    refreshList,
    setNotice,
    setDraft,
  });

  /** Keeps the extraction of documents added in the browser in the session. */
  const addExtraction = useCallback(
    (graph: GraphJson) => update((s, now) => addDocuments(s, graph, now).session),
    [update],
  );

  const urlKeep = useMemo(() => {
    const keep: Record<string, string> = init.graph !== init.defaultGraph ? { graph: init.graph } : {};
    if (persisted) keep[SESSION_PARAM] = working.id;
    return keep;
  }, [init.graph, init.defaultGraph, persisted, working.id]);

  /** The viewer's current force-layout positions, when it can give them. */
  const currentPositions = useCallback(() => live.current?.positions() ?? null, []);
  /** The viewer's current view and camera (null before the viewer is up). */
  const currentView = useCallback(() => {
    const l = live.current;
    return l ? { view: l.view(), camera: l.camera() } : null;
  }, []);

  const dismissNotice = useCallback(() => setNotice(null), []);

  return useMemo(
    () => ({
      session: working,
      persisted,
      status,
      error,
      list,
      notice,
      storeError: boot.storeError,
      urlKeep,
      currentPositions,
      currentView,
      update,
      touch,
      bindLive,
      flush,
      saveAs,
      open,
      close,
      rename,
      duplicate,
      remove,
      exportSession,
      importFiles,
      addExtraction,
      refreshList,
      dismissNotice,
    }),
    [
      working,
      persisted,
      status,
      error,
      list,
      notice,
      boot.storeError,
      urlKeep,
      currentPositions,
      currentView,
      update,
      touch,
      bindLive,
      flush,
      saveAs,
      open,
      close,
      rename,
      duplicate,
      remove,
      exportSession,
      importFiles,
      addExtraction,
      refreshList,
      dismissNotice,
    ],
  );
}

export type SessionController = ReturnType<typeof useSessionController>;
