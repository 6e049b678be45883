import { describe, expect, it } from "vitest";
import { parseGraphJson } from "../../extract/schema/graph";
import {
  addDocuments,
  noteKey,
  noteTarget,
  removeAddedDocument,
  setNote,
  setPinned,
  setVerdict,
  summarize,
  verdictOf,
} from "./model";
import { invasion, sanction, session, smallGraph } from "./testing";

const T1 = "2026-02-01T10:00:00.000Z";
const T2 = "2026-02-01T11:00:00.000Z";

describe("notes", () => {
  it.each([
    [{ type: "node" as const, key: "country:RUS" }, "node:country:RUS"],
    [{ type: "edge" as const, key: "opposes:country:USA->country:PRK" }, "edge:opposes:country:USA->country:PRK"],
  ])("%o is stored under %s and parsed back", (target, key) => {
    expect(noteKey(target)).toBe(key);
    expect(noteTarget(key)).toEqual(target);
  });

  it("sets, replaces and (with blank text) removes a note, stamping the session", () => {
    const t = { type: "node" as const, key: "country:RUS" };
    const a = setNote(session(), t, "Check the 1969 sources", T1);
    expect(a.notes).toEqual({ "node:country:RUS": { text: "Check the 1969 sources", updated: T1 } });
    expect(a.updated).toBe(T1);
    expect(setNote(a, t, "Check the 1969 sources", T2)).toBe(a);
    expect(setNote(a, t, "   ", T2).notes).toEqual({});
    expect(noteTarget("nonsense")).toBeNull();
  });
});

describe("verdicts and pins", () => {
  const e = smallGraph().edges[1];
  const ref = {
    edge: e.key,
    relation: e.attributes.relation,
    source: e.source,
    target: e.target,
    claim: e.attributes.claims[0],
  };

  it("records a verdict with a copy of the claim, switches it, and clears it", () => {
    const a = setVerdict(session(), ref, "confirmed", T1);
    expect(verdictOf(a, e.key, ref.claim)).toBe("confirmed");
    const b = setVerdict(a, ref, "rejected", T2);
    expect(verdictOf(b, e.key, ref.claim)).toBe("rejected");
    expect(Object.values(b.verdicts)[0]).toMatchObject({
      edge: e.key,
      relation: "opposes",
      source: "country:RUS",
      target: "country:JPN",
      claim: ref.claim,
      at: T2,
    });
    expect(setVerdict(b, ref, "rejected", T2)).toBe(b);
    expect(verdictOf(setVerdict(b, ref, null, T2), e.key, ref.claim)).toBeNull();
  });

  it("pins and unpins nodes, keeping them sorted", () => {
    const a = setPinned(setPinned(session(), "country:RUS", true, T1), "country:CHN", true, T1);
    expect(a.pinned).toEqual(["country:CHN", "country:RUS"]);
    expect(setPinned(a, "country:RUS", true, T1)).toBe(a);
    expect(setPinned(a, "country:RUS", false, T1).pinned).toEqual(["country:CHN"]);
  });
});

describe("added documents", () => {
  it("keeps each batch's extraction, merged, and counts it", () => {
    const one = addDocuments(session(), sanction(), T1);
    expect(one.merge.newEdges).toEqual(["opposes:country:USA->country:PRK"]);
    const two = addDocuments(one.session, invasion(), T2);
    const added = two.session.added!;
    expect(added.attributes.documents.map((d) => d.id)).toEqual(["sanction.html", "invasion.md"]);
    expect(added.edges.map((x) => x.key).sort()).toEqual([
      "opposes:country:RUS->country:UKR",
      "opposes:country:USA->country:PRK",
    ]);
    expect(parseGraphJson(added).ok).toBe(true);
    expect(summarize(two.session)).toEqual({ notes: 0, confirmed: 0, rejected: 0, pinned: 0, documents: 2 });
    // The same document again adds nothing.
    expect(addDocuments(two.session, invasion(), T2).merge.addedClaims).toBe(0);
  });

  it("removes one added document and the relations only it supported", () => {
    const s = addDocuments(addDocuments(session(), sanction(), T1).session, invasion(), T1).session;
    const r = removeAddedDocument(s, "sanction.html", T2);
    expect(r.added!.attributes.documents.map((d) => d.id)).toEqual(["invasion.md"]);
    expect(r.added!.edges.map((x) => x.key)).toEqual(["opposes:country:RUS->country:UKR"]);
    expect(r.added!.nodes.map((n) => n.key).sort()).toEqual(["country:RUS", "country:UKR"]);
    expect(removeAddedDocument(r, "invasion.md", T2).added).toBeNull();
  });
});
