/**
 * Sessions in IndexedDB (through idb). Every write is one transaction, so a failed save leaves the
 * previously saved version intact; every failure is a `SessionStorageError` saying why (quota,
 * storage unavailable, database blocked) and the way out.
 *
 * @example
 * const store = await SessionStore.open();
 * await store.put(session);
 * const list = await store.list();
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { SessionStorageError, storageError } from "./errors";
import { summarize, type SessionSummary } from "./model";
import { copyName } from "./naming";
import { SessionSchema, type Session } from "./schema";

export const DB_NAME = "entente";
export const DB_VERSION = 1;

interface SessionDB extends DBSchema {
  sessions: { key: string; value: Session };
}

/** A row of the session list. */
export interface SessionListItem {
  id: string;
  name: string;
  graph: string;
  created: string;
  updated: string;
  summary: SessionSummary;
}

/** A fresh random id. */
export function newSessionId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function listItem(s: Session): SessionListItem {
  return { id: s.id, name: s.name, graph: s.graph, created: s.created, updated: s.updated, summary: summarize(s) };
}

export class SessionStore {
  private constructor(private readonly db: IDBPDatabase<SessionDB>) {}

  /** Opens (and creates or upgrades) the session database. */
  static async open(name = DB_NAME, version = DB_VERSION): Promise<SessionStore> {
    if (typeof indexedDB === "undefined") throw new SessionStorageError("unavailable", "indexedDB is not defined");
    let onBlocked: (e: Error) => void = () => {};
    const blocked = new Promise<never>((_ok, fail) => (onBlocked = fail));
    const opening = openDB<SessionDB>(name, version, {
      upgrade(db) {
        if (!db.objectStoreNames.contains("sessions")) db.createObjectStore("sessions", { keyPath: "id" });
      },
      blocked() {
        onBlocked(new SessionStorageError("blocked", "another tab holds an older version of the database open"));
      },
      blocking(_current, _next, event) {
        // A newer Entente tab wants to upgrade the database: let it.
        (event.target as IDBDatabase).close();
      },
    });
    try {
      return new SessionStore(await Promise.race([opening, blocked]));
    } catch (e) {
      // If the database opens after all, do not keep it.
      opening.then(
        (db) => db.close(),
        () => {},
      );
      throw storageError(e);
    }
  }

  private async run<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (e) {
      throw storageError(e);
    }
  }

  /** Every saved session, most recently changed first. Records that no longer validate are skipped. */
  async list(): Promise<SessionListItem[]> {
    const all = await this.run(() => this.db.getAll("sessions"));
    return all
      .filter((s) => SessionSchema.safeParse(s).success)
      .map(listItem)
      .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.name.localeCompare(b.name)));
  }

  /** One session, or null when there is none with this id (or its record is damaged). */
  async get(id: string): Promise<Session | null> {
    const s = await this.run(() => this.db.get("sessions", id));
    if (!s) return null;
    const r = SessionSchema.safeParse(s);
    return r.success ? r.data : null;
  }

  /** Saves a session (one transaction: on failure the previous version stays). */
  async put(session: Session): Promise<void> {
    await this.run(async () => {
      const tx = this.db.transaction("sessions", "readwrite");
      await Promise.all([tx.store.put(session), tx.done]);
    });
  }

  async delete(id: string): Promise<void> {
    await this.run(() => this.db.delete("sessions", id));
  }

  /** Renames a session; returns it renamed. */
  async rename(id: string, name: string, now: string): Promise<Session> {
    const s = await this.get(id);
    if (!s) throw new SessionStorageError("unknown", `no session ${id}`);
    const next = { ...s, name: name.trim() || s.name, updated: now };
    await this.put(next);
    return next;
  }

  /** Saves a copy of a session under a new id and a "(copy)" name; returns the copy. */
  async duplicate(id: string, newId: string, now: string): Promise<Session> {
    const s = await this.get(id);
    if (!s) throw new SessionStorageError("unknown", `no session ${id}`);
    const names = (await this.list()).map((x) => x.name);
    const copy = { ...s, id: newId, name: copyName(s.name, names), created: now, updated: now };
    await this.put(copy);
    return copy;
  }

  close(): void {
    this.db.close();
  }
}
