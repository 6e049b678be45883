/**
 * Opens the session store and the session a link names (`?session=<id>`), before the viewer
 * mounts, so the first picture already has the session's positions, verdicts and documents.
 * Nothing here throws: a store that cannot open or a session that is not in this browser becomes
 * a notice, and the viewer opens with the link's view.
 *
 * @example
 * const boot = await bootSession(new URLSearchParams(location.search).get("session"));
 */
import type { SessionStorageError } from "./errors";
import { storageError } from "./errors";
import type { Session } from "./schema";
import { SessionStore, type SessionListItem } from "./store";

export interface SessionBoot {
  store: SessionStore | null;
  storeError: SessionStorageError | null;
  session: Session | null;
  /** The saved sessions, for the menu. */
  list: SessionListItem[];
  /** Said to the analyst once, e.g. when a shared link names a session this browser does not have. */
  notice: string | null;
}

export const SESSION_PARAM = "session";

export async function bootSession(id: string | null): Promise<SessionBoot> {
  let store: SessionStore;
  try {
    store = await SessionStore.open();
  } catch (e) {
    const err = storageError(e);
    const notice = id ? `The session in this link could not be opened. ${err.message}` : null;
    return { store: null, storeError: err, session: null, list: [], notice };
  }
  let list: SessionListItem[] = [];
  try {
    list = await store.list();
  } catch {
    // The menu lists them again when opened.
  }
  if (!id) return { store, storeError: null, session: null, list, notice: null };
  try {
    const session = await store.get(id);
    if (session) return { store, storeError: null, session, list, notice: null };
    return {
      store,
      storeError: null,
      session: null,
      list,
      notice:
        "This link names a session that is not saved in this browser. The link's view is shown; import the session file to get its notes and verdicts.",
    };
  } catch (e) {
    return { store, storeError: storageError(e), session: null, list, notice: storageError(e).message };
  }
}

/** True when the URL carries view parameters of its own (besides graph and session). */
export function hasViewParams(search: string): boolean {
  return [...new URLSearchParams(search).keys()].some((k) => k !== "graph" && k !== SESSION_PARAM);
}
