import { describe, expect, it } from "vitest";
import { parseGraphJson, type GraphJson } from "../../extract/schema/graph";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { buildFullGraph } from "../data/build";
import { geoPositions, mercatorY } from "./geo";

function full(json: GraphJson = smallGraph()) {
  const r = parseGraphJson(json);
  if (!r.ok) throw r.error;
  return buildFullGraph(r.graph);
}

describe("geoPositions", () => {
  const f = full();
  const p = geoPositions(f);
  const at = (key: string) => {
    const i = f.nodes.index.get(key)!;
    return { x: p.x[i], y: p.y[i] };
  };

  it("puts countries at lng / Mercator lat", () => {
    expect(at("country:RUS").x).toBeCloseTo(37.6, 4);
    expect(at("country:RUS").y).toBeCloseTo(mercatorY(55.75), 4);
    expect(at("country:RUS").y).toBeGreaterThan(at("country:CHN").y);
    expect(at("country:USA").x).toBeLessThan(at("country:GBR").x);
  });

  it.each([
    ["leader:vladimir-putin", "country:RUS"],
    ["leader:xi-jinping", "country:CHN"],
  ])("%s sits beside %s", (leader, country) => {
    const a = at(leader);
    const b = at(country);
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    expect(d).toBeGreaterThan(1);
    expect(d).toBeLessThan(7);
  });

  it("puts a treaty near the middle of its parties", () => {
    const t = at("treaty:sino-russian-secret-treaty");
    const mid = {
      x: (at("country:RUS").x + at("country:CHN").x) / 2,
      y: (at("country:RUS").y + at("country:CHN").y) / 2,
    };
    expect(Math.hypot(t.x - mid.x, t.y - mid.y)).toBeLessThan(3);
  });

  it("parks countries without coordinates under the map, leaders beside them", () => {
    const json = smallGraph();
    const rus = json.nodes.find((n) => n.key === "country:RUS")!;
    delete rus.attributes.lat;
    delete rus.attributes.lng;
    const g = full(json);
    const q = geoPositions(g);
    const r = g.nodes.index.get("country:RUS")!;
    const putin = g.nodes.index.get("leader:vladimir-putin")!;
    expect(q.y[r]).toBeLessThan(-70);
    expect(Math.hypot(q.x[putin] - q.x[r], q.y[putin] - q.y[r])).toBeLessThan(7);
  });
});
