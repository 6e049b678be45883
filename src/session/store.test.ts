import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bootSession } from "./boot";
import { SessionStorageError } from "./errors";
import { addDocuments, setNote } from "./model";
import { SessionStore } from "./store";
import { sanction, session } from "./testing";

const T = (h: number) => `2026-04-01T${String(h).padStart(2, "0")}:00:00.000Z`;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

describe("SessionStore", () => {
  it("saves, lists (newest first), renames, duplicates and deletes", async () => {
    const store = await SessionStore.open();
    await store.put(session({ id: "a", name: "Late Qing", updated: T(1) }));
    await store.put(setNote(session({ id: "b", name: "Cold War" }), { type: "node", key: "country:RUS" }, "x", T(2)));
    expect((await store.list()).map((s) => [s.name, s.summary.notes])).toEqual([
      ["Cold War", 1],
      ["Late Qing", 0],
    ]);
    const renamed = await store.rename("a", "  Boxer era ", T(3));
    expect(renamed.name).toBe("Boxer era");
    const copy = await store.duplicate("b", "c", T(4));
    expect(copy).toMatchObject({ id: "c", name: "Cold War (copy)", created: T(4) });
    expect(copy.notes).toEqual((await store.get("b"))!.notes);
    await store.delete("b");
    expect((await store.list()).map((s) => s.name)).toEqual(["Cold War (copy)", "Boxer era"]);
    expect(await store.get("b")).toBeNull();
    store.close();
  });

  it("keeps sessions across connections (a reload), added documents included", async () => {
    const s = addDocuments(session({ id: "x" }), sanction(), T(1)).session;
    const a = await SessionStore.open();
    await a.put(s);
    a.close();
    const b = await SessionStore.open();
    expect(await b.get("x")).toEqual(s);
    b.close();
  });

  it("a save that exceeds the quota fails with its message and leaves the saved version intact", async () => {
    const store = await SessionStore.open();
    const v1 = session({ id: "q", name: "v1" });
    await store.put(v1);
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const err = await store.put({ ...v1, name: "v2" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SessionStorageError);
    expect(err).toMatchObject({ name: "SessionStorageError", kind: "quota" });
    expect((err as Error).message).toMatch(/storage for this site is full.*export the session to a file now/);
    vi.restoreAllMocks();
    expect((await store.get("q"))!.name).toBe("v1");
    store.close();
  });

  it("reports storage that is not there (private mode) as unavailable", async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error — simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const err = await SessionStore.open().catch((e: unknown) => e);
      expect(err).toMatchObject({ name: "SessionStorageError", kind: "unavailable" });
      const boot = await bootSession("abc");
      expect(boot.store).toBeNull();
      expect(boot.storeError?.kind).toBe("unavailable");
      expect(boot.notice).toMatch(/could not be opened.*private browsing/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it("reports a database held open by an older tab as blocked", async () => {
    const old = await new Promise<IDBDatabase>((ok) => {
      const req = indexedDB.open("entente-blocked", 1);
      req.onsuccess = () => ok(req.result); // never closes on versionchange
    });
    const err = await SessionStore.open("entente-blocked", 2).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "SessionStorageError", kind: "blocked" });
    old.close();
  });

  it("skips records that no longer match the schema", async () => {
    const store = await SessionStore.open();
    await store.put(session({ id: "ok" }));
    await store.put({ ...session({ id: "bad" }), view: null } as never);
    expect((await store.list()).map((s) => s.id)).toEqual(["ok"]);
    expect(await store.get("bad")).toBeNull();
    store.close();
  });
});

describe("bootSession", () => {
  it("opens the linked session, or says it is not in this browser", async () => {
    const store = await SessionStore.open();
    await store.put(session({ id: "here" }));
    store.close();
    expect((await bootSession("here")).session?.id).toBe("here");
    const missing = await bootSession("elsewhere");
    expect(missing.session).toBeNull();
    expect(missing.notice).toMatch(/not saved in this browser.*import the session file/);
    expect((await bootSession(null)).notice).toBeNull();
  });
});
