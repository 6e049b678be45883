import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW } from "../state";
import type { CameraView, ViewState } from "../state/types";
import { decodeView, encodeView } from "./state";

const V = DEFAULT_VIEW;

describe("URL state", () => {
  it("a default view has an empty query", () => {
    expect(encodeView(V, null)).toBe("");
  });

  it.each<{ name: string; view: ViewState; camera: CameraView | null; query: string }>([
    {
      name: "era",
      view: { ...V, filters: { ...V.filters, era: { from: 1890, to: 1900 } } },
      camera: null,
      query: "era=1890-1900",
    },
    {
      name: "relations and kinds",
      view: { ...V, filters: { ...V.filters, relations: ["ally", "opposes"], kinds: ["country"] } },
      camera: null,
      query: "rel=ally%2Copposes&kind=country",
    },
    {
      name: "no relations at all",
      view: { ...V, filters: { ...V.filters, relations: [] } },
      camera: null,
      query: "rel=none",
    },
    {
      name: "toggles",
      view: { ...V, filters: { ...V.filters, undated: false, excluded: true } },
      camera: null,
      query: "undated=0&excl=1",
    },
    {
      name: "node selection",
      view: { ...V, selection: { type: "node", key: "leader:vladimir-putin" } },
      camera: null,
      query: "sel=node%3Aleader%3Avladimir-putin",
    },
    {
      name: "edge selection with odd key",
      view: { ...V, selection: { type: "edge", key: "a&b=c:d" } },
      camera: null,
      query: "sel=edge%3Aa%26b%3Dc%3Ad",
    },
    {
      name: "excluded claim",
      view: { ...V, selection: { type: "excluded", index: 3 } },
      camera: null,
      query: "sel=excluded%3A3",
    },
    {
      name: "reader",
      view: { ...V, reader: { doc: "en/partnership.html", range: [42, 113] } },
      camera: null,
      query: "doc=en%2Fpartnership.html&at=42-113",
    },
    {
      name: "layout, lang, thickness",
      view: { ...V, layout: "geo", lang: "zh", thickness: "claims" },
      camera: null,
      query: "layout=geo&lang=zh&w=claims",
    },
    { name: "camera rounded", view: V, camera: { x: 0.123456, y: 0.5, ratio: 0.25 }, query: "cam=0.1235%2C0.5%2C0.25" },
  ])("$name round-trips", ({ view, camera, query }) => {
    const q = encodeView(view, camera);
    expect(q).toBe(query);
    const back = decodeView(q);
    expect(back.view).toEqual(view);
    if (camera) expect(back.camera).toEqual({ x: Number(camera.x.toFixed(4)), y: camera.y, ratio: camera.ratio });
  });

  it("keeps extra params such as the graph file first", () => {
    expect(encodeView({ ...V, lang: "zh" }, null, { graph: "fixtures/small.json" })).toBe(
      "graph=fixtures%2Fsmall.json&lang=zh",
    );
  });

  it.each([
    ["era=banana", "era", null],
    ["era=1900-1890", "era", { from: 1890, to: 1900 }],
    ["rel=ally,bogus", "relations", ["ally"]],
    ["sel=weird", "selection", null],
    ["sel=excluded:x", "selection", null],
    ["layout=spiral", "layout", "force"],
  ] as const)("ignores or repairs malformed %s", (query, field, value) => {
    const { view } = decodeView(query);
    const got = field === "era" || field === "relations" ? view.filters[field] : view[field];
    expect(got).toEqual(value);
  });

  it("rejects a malformed camera", () => {
    expect(decodeView("cam=1,2").camera).toBeNull();
    expect(decodeView("cam=1,2,-1").camera).toBeNull();
  });
});
