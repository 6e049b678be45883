import { describe, expect, it } from "vitest";
import { extractGraph } from "../pipeline";
import { parseGraphJson } from "../schema/graph";
import { historicalNode, resolveHistorical } from "./historical";

const text = (y: string) => ({ start: y, end: y, source: "text" as const });

describe("historical states by the claim's date", () => {
  const bytes = new TextEncoder().encode(
    [
      "1897年，大韩帝国与俄国结成同盟。",
      "1962年，东德与苏联结成同盟。",
      "2023年，朝鲜与俄罗斯结成同盟。",
      "朝鲜与俄罗斯是盟友。",
      "1962年，德国与法国结成同盟。",
    ].join("\n"),
  );
  const { graph } = extractGraph([{ id: "h.txt", bytes, published: "2024-01-01" }], { version: "test" });
  const keys = graph.edges.map((e) => e.key);

  it("gives an 1890s Korea claim to the Korean state (COW 730), never to the DPRK", () => {
    expect(keys).toContain("ally:country:RUS--country:cow-730");
    const prk = graph.edges.find((e) => e.key === "ally:country:PRK--country:RUS");
    expect(prk?.attributes.claims.every((c) => (c.start ?? "") >= "2023")).toBe(true);
  });

  it("gives East Germany in 1962 its own node, and leaves an unnamed 'Germany' on Germany", () => {
    expect(keys).toContain("ally:country:RUS--country:cow-265");
    expect(keys).toContain("ally:country:DEU--country:FRA");
  });

  it("writes historical nodes with their COW code, dates of existence and successors, valid in the contract", () => {
    const korea = graph.nodes.find((n) => n.key === "country:cow-730");
    expect(korea?.attributes).toMatchObject({
      cow: 730,
      labelEn: "Korea (Joseon / Korean Empire)",
      existed: [{ start: "1887-01-01", end: "1905-11-17" }],
      successor: ["country:KOR", "country:PRK"],
    });
    const r = parseGraphJson(graph);
    expect(r.ok ? "" : r.error.message).toBe("");
  });

  it("leaves Korea under Japanese rule unresolved and keeps present and document-dated claims", () => {
    expect(resolveHistorical("country:PRK", text("1920"), "1920年，朝鲜与日本对立")).toBeNull();
    expect(resolveHistorical("country:KOR", text("1948-10"), "")).toBeNull(); // ROK in COW from 1949-06-29
    expect(resolveHistorical("country:PRK", text("1950"), "")).toBe("country:PRK");
    expect(resolveHistorical("country:PRK", text("1880"), "")).toBe("country:cow-730");
    expect(resolveHistorical("country:PRK", { start: "1896", end: "1896", source: "document" }, "")).toBe(
      "country:PRK",
    );
    expect(resolveHistorical("country:CZE", text("1968"), "")).toBe("country:cow-315");
    expect(resolveHistorical("country:CZE", text("1993"), "")).toBe("country:CZE");
    expect(resolveHistorical("country:DEU", text("1970"), "西德与美国结盟")).toBe("country:cow-260");
    expect(resolveHistorical("country:RUS", text("1950"), "苏联")).toBe("country:RUS");
    expect(historicalNode("country:RUS")).toBeNull();
  });
});
