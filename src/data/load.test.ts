import { describe, expect, it } from "vitest";
import { NOT_JSON, unknownNodeGraph } from "../../tests/browser/fixtures/bad";
import { smallGraph } from "../../tests/browser/fixtures/small";
import { parseGraphText, parseValidGraphText } from "./load";

describe("parseGraphText (inline validation in Node)", () => {
  it("indexes a valid graph", async () => {
    const full = await parseValidGraphText(JSON.stringify(smallGraph()), "small.json");
    expect([full.nodes.keys.length, full.edges.keys.length, full.excluded.claims.length]).toEqual([12, 16, 2]);
  });

  it.each<[string, string, string, string]>([
    [
      "unknown node",
      JSON.stringify(unknownNodeGraph()),
      "GraphSchemaError",
      'graph.json is invalid at edges.2.target: unknown node "country:XXX"',
    ],
    ["not JSON", NOT_JSON, "GraphParseError", "g.json is not valid JSON"],
    ["wrong shape", JSON.stringify({ nodes: 3 }), "GraphSchemaError", "graph.json is invalid at options"],
    [
      "bad relation",
      JSON.stringify({
        ...smallGraph(),
        edges: [{ ...smallGraph().edges[0], attributes: { ...smallGraph().edges[0].attributes, relation: "friend" } }],
      }),
      "GraphSchemaError",
      "edges.0.attributes.relation",
    ],
    [
      "duplicate node",
      JSON.stringify({ ...smallGraph(), nodes: [...smallGraph().nodes, smallGraph().nodes[0]] }),
      "GraphBuildError",
      'lists node "country:CHN" twice',
    ],
  ])("%s", async (_name, text, errorName, message) => {
    const err = await parseValidGraphText(text, "g.json").catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe(errorName);
    expect((err as Error).message).toContain(message);
  });

  it("returns an indexable but invalid graph at once, with its validation error to follow", async () => {
    const loaded = await parseGraphText(
      JSON.stringify(unknownNodeGraph())
        .replace('"country:XXX"', '"country:JPN"')
        .replace('"relation":"party-to"', '"relation":"friend"'),
      "g.json",
    );
    expect(loaded.value.edges.keys).toHaveLength(16);
    expect((await loaded.validate())?.message).toContain("edges.2.attributes.relation");
  });
});
