/**
 * The map and reduce steps: `extract --claims` over any partition of the seeds, then `merge`,
 * gives the bytes of a direct run; merged claims merge again; `--jobs` does not change a byte.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

function run(script: string, args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync("npx", ["tsx", script, ...args], { encoding: "utf8", maxBuffer: 64 << 20, input });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const extract = (args: string[], input?: string) => run("extract/cli.ts", args, input);
const merge = (args: string[]) => run("extract/merge.ts", args);

const SEEDS = [
  "seeds/000_709be9ed673aef3a.txt",
  "seeds/001_208352db99854412.txt",
  "seeds/002_c6f460691c974e18.txt",
  "seeds/003_a142fbc17c73d9df.txt",
];

describe("map (extract --claims) and reduce (merge)", () => {
  const dir = mkdtempSync(join(tmpdir(), "entente-merge-"));
  const part = (name: string): string => join(dir, name);
  let direct = "";

  beforeAll(() => {
    const r = extract(["seeds", "-o", part("direct.json"), "-q", "--jobs", "1"]);
    expect(r.code).toBe(0);
    direct = readFileSync(part("direct.json"), "utf8");
    for (const [name, files] of [
      ["a.ndjson", SEEDS.slice(0, 1)],
      ["bcd.ndjson", SEEDS.slice(1)],
      ["ab.ndjson", SEEDS.slice(0, 2)],
      ["cd.ndjson", SEEDS.slice(2)],
    ] as const) {
      const m = extract([...files, "--claims", part(name), "-q", "--jobs", "1"]);
      expect(m.stderr).toBe("");
      expect(m.code).toBe(0);
    }
  }, 120_000);

  it("writes one claims line per document with its record and claims", () => {
    const lines = readFileSync(part("bcd.ndjson"), "utf8").trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { doc: { id: string } }).doc.id)).toEqual([
      "001_208352db99854412.txt",
      "002_c6f460691c974e18.txt",
      "003_a142fbc17c73d9df.txt",
    ]);
    const first = JSON.parse(lines[0]) as {
      claims: { doc: string; sentence: { text: string } }[];
      doc: { text: string };
    };
    expect(first.claims.length).toBeGreaterThan(0);
    for (const c of first.claims) expect(first.doc.text).toContain(c.sentence.text);
  });

  it("gives the direct run's bytes for seeds split 1+3 and 2+2, in either order", () => {
    for (const files of [
      ["a.ndjson", "bcd.ndjson"],
      ["bcd.ndjson", "a.ndjson"],
      ["cd.ndjson", "ab.ndjson"],
    ]) {
      const r = merge([...files.map(part), "-o", "-", "-q"]);
      expect(r.code).toBe(0);
      expect(r.stdout === direct).toBe(true);
    }
  }, 60_000);

  it("merges merged claims again: merging merged outputs (2)+(2) equals merging all at once", () => {
    const m = extract([SEEDS[0], "--claims", part("a0.ndjson"), "-q", "--jobs", "1"]);
    expect(m.code).toBe(0);
    expect(merge([part("a0.ndjson"), part("bcd.ndjson"), "--claims", part("abcd.ndjson"), "-q"]).code).toBe(0);
    expect(merge([part("ab.ndjson"), "--claims", part("ab2.ndjson"), "-q"]).code).toBe(0);
    expect(merge([part("cd.ndjson"), "--claims", part("cd2.ndjson"), "-q"]).code).toBe(0);
    const nested = merge([part("ab2.ndjson"), part("cd2.ndjson"), "-o", "-", "-q"]);
    const flat = merge([part("abcd.ndjson"), "-o", "-", "-q"]);
    expect(nested.stdout === direct).toBe(true);
    expect(flat.stdout === direct).toBe(true);
    // A document given twice (same record) is kept once, silently: merging is idempotent.
    const twice = merge([part("abcd.ndjson"), part("ab.ndjson"), "-o", "-", "-q"]);
    expect(twice.code).toBe(0);
    expect(twice.stdout === direct).toBe(true);
  }, 90_000);

  it("gives the same bytes with --jobs 2 as with --jobs 1, for the graph and the claims", () => {
    const r = extract(["seeds", "-o", part("j2.json"), "--claims", part("j2.ndjson"), "-q", "--jobs", "2"]);
    expect(r.code).toBe(0);
    expect(readFileSync(part("j2.json"), "utf8") === direct).toBe(true);
    const one = extract(["seeds", "--claims", "-", "-q", "--jobs", "1"]);
    expect(readFileSync(part("j2.ndjson"), "utf8") === one.stdout).toBe(true);
  }, 60_000);

  it("reads documents NDJSON from stdin and writes the text to a side file with --documents", () => {
    const text = readFileSync(SEEDS[3], "utf8");
    const input = JSON.stringify({ id: "003_a142fbc17c73d9df.txt", text }) + "\n";
    const r = extract(["-", "-o", part("stdin.json"), "--documents", part("docs.ndjson"), "-q"], input);
    expect(r.code).toBe(0);
    const graph = JSON.parse(readFileSync(part("stdin.json"), "utf8")) as { attributes: { documents: object[] } };
    expect(graph.attributes.documents[0]).not.toHaveProperty("text");
    const docs = readFileSync(part("docs.ndjson"), "utf8").trimEnd().split("\n");
    expect(docs).toHaveLength(1);
    const doc = JSON.parse(docs[0]) as { id: string; text: string };
    expect(doc.id).toBe("003_a142fbc17c73d9df.txt");
    expect(doc.text.length).toBeGreaterThan(1000);
  }, 30_000);

  it("names a bad claims line with file and line number, skips it and merges the rest (exit 2)", () => {
    const good = readFileSync(part("a.ndjson"), "utf8").trimEnd();
    const bad = JSON.stringify({ claimsFormat: 1, doc: { id: "x.txt" }, claims: [] });
    writeFileSync(part("bad.ndjson"), `${good}\n{not json\n${bad}\n`);
    const r = merge([part("bad.ndjson"), "-o", "-", "-q"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`skipped ${part("bad.ndjson")}:2: not valid JSON`);
    expect(r.stderr).toMatch(new RegExp(`skipped ${part("bad.ndjson")}:3: not a claims record: doc\\.title`));
    const graph = JSON.parse(r.stdout) as { attributes: { documents: { id: string }[] } };
    expect(graph.attributes.documents.map((d) => d.id)).toEqual(["000_709be9ed673aef3a.txt"]);
  }, 30_000);
});
