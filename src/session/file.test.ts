import { describe, expect, it } from "vitest";
import { SessionFileError } from "./errors";
import { planImport, readSessionFile, sessionFileName, toSessionFile } from "./file";
import { addDocuments, setNote } from "./model";
import { sanction, session } from "./testing";

const NOW = "2026-03-01T09:00:00.000Z";

function full() {
  const s = setNote(session(), { type: "node", key: "country:PRK" }, "sanctions regime", NOW);
  return addDocuments(s, sanction(), NOW).session;
}

describe("session files", () => {
  it("round-trips a session with notes and added documents", () => {
    const s = full();
    const text = JSON.stringify(toSessionFile(s, "0.1.0", NOW));
    expect(readSessionFile(text, "x.json")).toEqual(s);
  });

  it.each<[string, string, RegExp, string]>([
    ["not JSON", "{nope", /x\.json is not a session file: it is not JSON/, "(root)"],
    ["a graph file", JSON.stringify({ nodes: [], edges: [] }), /is a graph file, not a session/, "(root)"],
    ["another kind", JSON.stringify({ ...toSessionFile(session(), "1", NOW), kind: "gephi" }), /at kind, /, "kind"],
    [
      "a newer version",
      JSON.stringify({ ...toSessionFile(session(), "1", NOW), version: 2 }),
      /at version, /,
      "version",
    ],
    [
      "a bad era",
      JSON.stringify(
        toSessionFile(
          {
            ...session(),
            view: { ...session().view, filters: { ...session().view.filters, era: { from: "1890" } } },
          } as never,
          "1",
          NOW,
        ),
      ),
      /at session\.view\.filters\.era\.from, /,
      "session.view.filters.era.from",
    ],
    [
      "a verdict without its claim",
      JSON.stringify(
        toSessionFile(
          {
            ...session(),
            verdicts: { x: { verdict: "rejected", edge: "e", relation: "ally", source: "a", target: "b", at: NOW } },
          } as never,
          "1",
          NOW,
        ),
      ),
      /at session\.verdicts\.x\.claim, /,
      "session.verdicts.x.claim",
    ],
  ])("refuses %s, naming where", (_name, text, message, path) => {
    let err: unknown;
    try {
      readSessionFile(text, "x.json");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SessionFileError);
    expect((err as SessionFileError).name).toBe("SessionFileError");
    expect((err as SessionFileError).message).toMatch(message);
    expect((err as SessionFileError).path).toBe(path);
  });

  it.each([
    ["Cold War", "Cold War.entente-session.json"],
    ['a/b:c*"d"', "a b c d.entente-session.json"],
    ["   ", "session.entente-session.json"],
  ])("file name for %j is %j", (name, file) => {
    expect(sessionFileName({ name })).toBe(file);
  });
});

describe("planImport", () => {
  const incoming = session({ id: "abc", name: "Cold War" });
  it.each([
    ["nothing in the way", [], "abc", "Cold War", null],
    ["same name", [{ id: "zzz", name: "Cold War" }], "abc", "Cold War (imported)", "Cold War"],
    ["same id and name (imported twice)", [{ id: "abc", name: "Cold War" }], "new", "Cold War (imported)", "Cold War"],
    ["same id, other name", [{ id: "abc", name: "Renamed here" }], "new", "Cold War", null],
  ])("%s", (_name, existing, id, name, renamedFrom) => {
    const plan = planImport(incoming, existing, "new", NOW);
    expect(plan.session.id).toBe(id);
    expect(plan.session.name).toBe(name);
    expect(plan.renamedFrom).toBe(renamedFrom);
    expect(plan.session.updated).toBe(NOW);
    expect(plan.session.notes).toBe(incoming.notes);
  });
});
