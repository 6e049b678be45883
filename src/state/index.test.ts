import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, viewReducer } from ".";

describe("viewReducer", () => {
  it("toggles a relation off and on, keeping canonical order", () => {
    const off = viewReducer(DEFAULT_VIEW, { type: "toggleRelation", relation: "partner" });
    expect(off.filters.relations).toEqual(["ally", "non-aligned", "opposes", "leader-of", "party-to"]);
    const on = viewReducer(off, { type: "toggleRelation", relation: "partner" });
    expect(on.filters.relations).toEqual(DEFAULT_VIEW.filters.relations);
  });

  it("normalises a reversed era and keeps identity when nothing changes", () => {
    const a = viewReducer(DEFAULT_VIEW, { type: "setEra", era: { from: 1945, to: 1939 } });
    expect(a.filters.era).toEqual({ from: 1939, to: 1945 });
    expect(viewReducer(a, { type: "setEra", era: { from: 1939, to: 1945 } })).toBe(a);
  });

  it("toggles kinds", () => {
    const s = viewReducer(DEFAULT_VIEW, { type: "toggleKind", kind: "leader" });
    expect(s.filters.kinds).toEqual(["country", "treaty"]);
  });
});

describe("selection and reader", () => {
  it("selecting something closes the document reader; opening it keeps the selection", () => {
    const sel = viewReducer(DEFAULT_VIEW, { type: "select", selection: { type: "edge", key: "e1" } });
    const reading = viewReducer(sel, { type: "openReader", reader: { doc: "d", range: [1, 5] } });
    expect(reading.selection).toEqual({ type: "edge", key: "e1" });
    expect(viewReducer(reading, { type: "select", selection: { type: "node", key: "n" } }).reader).toBeNull();
  });
});
