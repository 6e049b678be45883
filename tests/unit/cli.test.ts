import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGraphJson, type GraphJson } from "../../extract/schema/graph";

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync("npx", ["tsx", "extract/cli.ts", ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function parse(text: string): GraphJson {
  const p = parseGraphJson(JSON.parse(text));
  if (!p.ok) throw p.error;
  return p.graph;
}

describe("extract CLI", () => {
  it("prints usage with --help and exits 0", () => {
    const r = cli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("npm run extract -- <files or folders…> -o <graph.json>");
  });

  it("rejects a call without output or inputs with exit 64 and a one-line reason", () => {
    expect(cli(["seeds"]).code).toBe(64);
    expect(cli(["seeds"]).stderr).toContain("-o graph.json");
    expect(cli(["-o", "-"]).code).toBe(64);
    expect(cli(["seeds", "-o", "-", "--published", "last week"]).stderr).toContain("is not a date");
  });

  it("writes byte-identical output for identical input, with ids relative to the folder given", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-cli-"));
    mkdirSync(join(dir, "in", "sub"), { recursive: true });
    copyFileSync("seeds/003_a142fbc17c73d9df.txt", join(dir, "in", "sub", "b.txt"));
    copyFileSync("seeds/000_709be9ed673aef3a.txt", join(dir, "in", "a.txt"));
    const a = cli([join(dir, "in"), "-o", join(dir, "one.json"), "-q"]);
    const b = cli([join(dir, "in"), "-o", join(dir, "two.json"), "-q"]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const one = readFileSync(join(dir, "one.json"), "utf8");
    expect(one).toBe(readFileSync(join(dir, "two.json"), "utf8"));
    const graph = parse(one);
    expect(graph.attributes.documents.map((d) => d.id)).toEqual(["a.txt", "sub/b.txt"]);
    expect(one).not.toMatch(/"(generatedAt|timestamp)"/);
  });

  it("skips unreadable files by name with a reason, exits 2, and still writes the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-bad-"));
    copyFileSync("seeds/001_208352db99854412.txt", join(dir, "good.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.html"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 3, 0, 0, 9]));
    const r = cli([dir, "-o", join(dir, "out.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/skipped empty\.txt: .*empty/i);
    expect(r.stderr).toMatch(/skipped binary\.html: .*binary/i);
    const graph = parse(readFileSync(join(dir, "out.json"), "utf8"));
    expect(graph.attributes.documents.map((d) => d.id)).toEqual(["good.txt"]);
    expect(graph.nodes.some((n) => n.key === "country:PRK")).toBe(true);
  });

  it("reads NDJSON inputs with a user-supplied publication date", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-nd-"));
    const line = JSON.stringify({
      id: "wire-1",
      text: "2019年，美国宣布对伊朗实施新的制裁。",
      published: "2019-05-08",
    });
    writeFileSync(join(dir, "docs.ndjson"), line + "\n");
    const r = cli([join(dir, "docs.ndjson"), "-o", "-", "-q"]);
    expect(r.code).toBe(0);
    const graph = parse(r.stdout);
    expect(graph.attributes.documents[0]).toMatchObject({ id: "wire-1.txt", published: "2019-05-08" });
    const edge = graph.edges.find((e) => e.attributes.relation === "opposes");
    expect(edge?.source).toBe("country:USA");
    expect(edge?.target).toBe("country:IRN");
    expect(edge?.attributes.claims[0].start).toBe("2019");
  });
});
