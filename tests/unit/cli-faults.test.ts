/**
 * CLI faults: unreadable folders and files, vanished files, broken and looping symbolic links,
 * invalid NDJSON fields — reported by name, skipped, the rest written — and atomic output: a failed
 * or killed run leaves the previous file intact.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeFs, readInputs, type InputFs, type InputItem } from "../../extract/cli/inputs";

function cli(script: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync("npx", ["tsx", script, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function collect(paths: string[], fs: InputFs): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, { fs })) out.push(item);
  return out;
}

const errno = (code: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: operation failed, '${path}'`), { code });

describe("CLI inputs that cannot be read", () => {
  it("reports a folder that cannot be listed and a file that vanished, and reads the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-eacces-"));
    mkdirSync(join(dir, "locked"));
    copyFileSync("seeds/000_709be9ed673aef3a.txt", join(dir, "locked", "x.txt"));
    copyFileSync("seeds/001_208352db99854412.txt", join(dir, "a.txt"));
    copyFileSync("seeds/002_c6f460691c974e18.txt", join(dir, "gone.txt"));
    // The errors the OS gives a non-root user, injected at the walker's file system boundary.
    const fs: InputFs = {
      ...nodeFs,
      readdir: (p) => (p.endsWith("locked") ? Promise.reject(errno("EACCES", p)) : nodeFs.readdir(p)),
      readFile: (p) => (p.endsWith("gone.txt") ? Promise.reject(errno("ENOENT", p)) : nodeFs.readFile(p)),
    };
    const items = await collect([dir], fs);
    expect(items.filter((i) => i.kind === "file").map((i) => i.kind === "file" && i.file.id)).toEqual(["a.txt"]);
    expect(items.filter((i) => i.kind === "problem")).toEqual([
      { kind: "problem", id: "gone.txt", reason: "file vanished before it could be read", skipped: true },
      { kind: "problem", id: "locked", reason: "cannot read folder: permission denied", skipped: true },
    ]);
  });

  it("follows symbolic links, names broken and looping ones, writes the rest and exits 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-links-"));
    const outside = mkdtempSync(join(tmpdir(), "entente-outside-"));
    copyFileSync("seeds/001_208352db99854412.txt", join(outside, "linked.txt"));
    mkdirSync(join(dir, "in", "sub"), { recursive: true });
    copyFileSync("seeds/000_709be9ed673aef3a.txt", join(dir, "in", "a.txt"));
    symlinkSync(join(outside, "linked.txt"), join(dir, "in", "b.txt"));
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "in", "broken.txt"));
    symlinkSync("..", join(dir, "in", "sub", "loop"));
    const r = cli("extract/cli.ts", [join(dir, "in"), "-o", join(dir, "out.json"), "-q", "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("skipped broken.txt: broken symbolic link");
    expect(r.stderr).toContain("skipped sub/loop: symbolic link loop");
    const graph = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as {
      attributes: { documents: { id: string }[] };
    };
    expect(graph.attributes.documents.map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
  }, 30_000);

  it("warns about invalid NDJSON fields with file and line, and still extracts those documents", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-fields-"));
    const text = "2019年，美国宣布对伊朗实施新的制裁。";
    const lines = [
      { id: "ok", text, published: "2019-05-08" },
      { id: "month", text, published: "2018-13-45" },
      { id: "word", text, published: "abc" },
      { id: "fmt", text, format: "pdf" },
    ];
    writeFileSync(join(dir, "docs.ndjson"), lines.map((l) => JSON.stringify(l)).join("\n") + "\n{oops\n");
    const r = cli("extract/cli.ts", [join(dir, "docs.ndjson"), "-o", "-", "-q", "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('warning docs.ndjson:2: "published" "2018-13-45" is not a date');
    expect(r.stderr).toContain('warning docs.ndjson:3: "published" "abc" is not a date');
    expect(r.stderr).toContain('warning docs.ndjson:4: "format" "pdf" is not one of');
    expect(r.stderr).toContain("skipped docs.ndjson:5: not valid JSON");
    const graph = JSON.parse(r.stdout) as { attributes: { documents: { id: string; published: string | null }[] } };
    expect(graph.attributes.documents.map((d) => [d.id, d.published])).toEqual([
      ["fmt.txt", null],
      ["month.txt", null],
      ["ok.txt", "2019-05-08"],
      ["word.txt", null],
    ]);
  }, 30_000);

  it("exits 1 and leaves the previous output as it was when nothing could be extracted", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-none-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "out.json"), "previous\n");
    const r = cli("extract/cli.ts", [join(dir, "empty.txt"), join(dir, "missing"), "-o", join(dir, "out.json"), "-q"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/skipped empty\.txt: .*empty/i);
    expect(r.stderr).toContain(`skipped ${join(dir, "missing")}: no such file or folder`);
    expect(r.stderr).toContain("nothing could be extracted");
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("previous\n");
    expect(readdirSync(dir).sort()).toEqual(["empty.txt", "out.json"]);
  }, 30_000);
});

describe("atomic output", () => {
  it("leaves the previous graph.json intact when the run is killed mid-write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-kill-"));
    const r = cli("extract/cli.ts", ["seeds/002_c6f460691c974e18.txt", "--claims", join(dir, "one.ndjson"), "-q"]);
    expect(r.code).toBe(0);
    // A large claims file (3,000 documents) so that writing graph.json takes a while.
    const line = readFileSync(join(dir, "one.ndjson"), "utf8").trimEnd();
    const id = JSON.stringify("002_c6f460691c974e18.txt");
    const many = Array.from({ length: 3000 }, (_, i) => line.split(id).join(JSON.stringify(`doc-${i}.txt`)));
    writeFileSync(join(dir, "many.ndjson"), many.join("\n") + "\n");
    writeFileSync(join(dir, "graph.json"), "previous\n");
    const child = spawn(
      "npx",
      ["tsx", "extract/merge.ts", join(dir, "many.ndjson"), "-o", join(dir, "graph.json"), "-q"],
      {
        detached: true,
        stdio: "ignore",
      },
    );
    const caught = await new Promise<string | null>((resolve) => {
      const timer = setInterval(() => {
        const tmp = readdirSync(dir).find((n) => n.startsWith(".graph.json.") && n.endsWith(".tmp"));
        if (tmp && statSync(join(dir, tmp)).size > 0) {
          clearInterval(timer);
          // SIGKILL the whole process group (npx → tsx → node), as an OOM killer or power loss would.
          process.kill(-(child.pid as number), "SIGKILL");
          resolve(tmp);
        }
      }, 1);
      child.on("exit", () => {
        clearInterval(timer);
        resolve(null);
      });
    });
    expect(caught, "the run finished before it could be killed mid-write").not.toBeNull();
    expect(readFileSync(join(dir, "graph.json"), "utf8")).toBe("previous\n");
  }, 120_000);
});
