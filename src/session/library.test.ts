import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { SessionStorageError } from "./errors";
import { toSessionFile } from "./file";
import { importSessionFiles } from "./library";
import { setNote } from "./model";
import { SessionStore } from "./store";
import { session } from "./testing";

const NOW = "2026-06-01T00:00:00.000Z";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

function file(name: string, s = session({ id: "abc", name: "Cold War" })) {
  return { name, text: JSON.stringify(toSessionFile(s, "0.1.0", NOW)) };
}

describe("importSessionFiles", () => {
  it("imports into an empty store as is", async () => {
    const store = await SessionStore.open();
    const ids = ["n1"];
    const notices = await importSessionFiles(store, [file("a.json")], "graph.json", NOW, () => ids.shift()!);
    expect(notices).toEqual([{ kind: "info", text: "Imported “Cold War”.", openId: "abc" }]);
    expect((await store.list()).map((s) => [s.id, s.name])).toEqual([["abc", "Cold War"]]);
  });

  it("importing the same file twice keeps both, the second renamed with a new id; the first is untouched", async () => {
    const store = await SessionStore.open();
    const first = setNote(
      session({ id: "abc", name: "Cold War" }),
      { type: "node", key: "country:RUS" },
      "original",
      NOW,
    );
    await store.put(first);
    const incoming = setNote(first, { type: "node", key: "country:RUS" }, "from the file", NOW);
    const notices = await importSessionFiles(store, [file("a.json", incoming)], "graph.json", NOW, () => "n1");
    expect(notices[0]).toEqual({
      kind: "info",
      text: "Imported “Cold War” as “Cold War (imported)”: a session with that name already exists.",
      openId: "n1",
    });
    expect((await store.get("abc"))!.notes["node:country:RUS"].text).toBe("original");
    expect((await store.get("n1"))!.notes["node:country:RUS"].text).toBe("from the file");
  });

  it("says when a session was made on another graph, and refuses what is not a session", async () => {
    const store = await SessionStore.open();
    const notices = await importSessionFiles(
      store,
      [file("a.json", session({ id: "x", graph: "corpus.json" })), { name: "notes.txt", text: "hello" }],
      "graph.json",
      NOW,
      () => "n",
    );
    expect(notices[0].text).toBe("Imported “Cold War”. It was made on corpus.json.");
    expect(notices[1]).toMatchObject({
      kind: "error",
      text: expect.stringMatching(/^notes\.txt is not a session file: it is not JSON/),
    });
  });

  it("without storage, explains instead of importing", async () => {
    const err = new SessionStorageError("unavailable", "test");
    const notices = await importSessionFiles(null, [file("a.json")], "graph.json", NOW, () => "n", err);
    expect(notices).toEqual([{ kind: "error", text: err.message }]);
  });
});
