/**
 * `npm run fuzz -- --seconds N --seed S`: mutates the seeds and the fixture pages (scripts/fuzz/mutate.ts),
 * extracts each case in a worker thread that is killed past `--timeout` seconds (default 10), checks the
 * graph against the schema and every quote against its offset (scripts/fuzz/check.ts), and writes each
 * failing case (hang, crash, invalid graph) to `--out` (default fuzz-failures/) with a one-line
 * reproduction command. Exit code 1 when a case failed.
 *
 * `npx tsx scripts/fuzz.ts --replay <file>` checks one saved case in-process (no timeout).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type { SourceFile } from "../extract/types";
import { checkCase } from "./fuzz/check";
import { mutate, rng } from "./fuzz/mutate";

const ROOT = join(import.meta.dirname, "..");
const SOURCES = ["seeds", "extract/clean/fixtures", "extract/ingest/fixtures"];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

function corpus(): SourceFile[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .sort()
      .map((name) => ({ id: name, bytes: new Uint8Array(readFileSync(join(ROOT, dir, name))) })),
  );
}

function replay(path: string): number {
  const problems = checkCase({ id: basename(path), bytes: new Uint8Array(readFileSync(path)) });
  for (const p of problems) console.log(p);
  console.log(problems.length === 0 ? `${path}: passes` : `${path}: ${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

class Runner {
  private worker = this.start();
  constructor(private readonly timeoutMs: number) {}

  private start(): Worker {
    // A worker does not inherit tsx's loader: register it, then load the TypeScript worker.
    const api = JSON.stringify(import.meta.resolve("tsx/esm/api"));
    const worker = JSON.stringify(new URL("./fuzz/worker.ts", import.meta.url).href);
    return new Worker(`import(${api}).then((m) => { m.register(); return import(${worker}); });`, { eval: true });
  }

  /** The problems of one case, or ["hang: …"] when the worker had to be killed. */
  run(file: SourceFile): Promise<string[]> {
    return new Promise((resolve) => {
      const w = this.worker;
      const timer = setTimeout(() => {
        w.removeAllListeners("message");
        void w.terminate();
        this.worker = this.start();
        resolve([`hang: no answer within ${this.timeoutMs / 1000} s`]);
      }, this.timeoutMs);
      w.once("message", (problems: string[]) => {
        clearTimeout(timer);
        resolve(problems);
      });
      w.postMessage(file);
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

async function main(): Promise<number> {
  const replayPath = option("replay", "");
  if (replayPath) return replay(replayPath);
  const seconds = Number(option("seconds", "60"));
  const seed = Number(option("seed", "1"));
  const timeoutMs = Number(option("timeout", "10")) * 1000;
  const out = resolve(option("out", "fuzz-failures"));
  const sources = corpus();
  const r = rng(seed);
  const runner = new Runner(timeoutMs);
  const deadline = Date.now() + seconds * 1000;
  let cases = 0;
  const failed: string[] = [];
  const kinds = new Map<string, number>();
  while (Date.now() < deadline) {
    const src = sources[Math.floor(r() * sources.length)];
    const { bytes, applied } = mutate(src.bytes, r);
    const id = src.id;
    const problems = await runner.run({ id, bytes });
    cases++;
    if (problems.length === 0) continue;
    const kind = problems[0].split(":")[0];
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    mkdirSync(out, { recursive: true });
    const name = `seed${seed}-case${cases}-${applied.join("+")}-${id}`;
    const path = join(out, name);
    writeFileSync(path, bytes);
    const repro = `npx tsx scripts/fuzz.ts --replay ${relative(process.cwd(), path)}`;
    writeFileSync(`${path}.txt`, `${problems.join("\n")}\n${repro}\n`);
    failed.push(`${name}: ${problems[0]}\n    ${repro}`);
  }
  await runner.close();
  const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
  console.log(
    `fuzz: ${cases} cases in ${seconds} s (seed ${seed}), ${failed.length} failed${summary ? ` (${summary})` : ""}`,
  );
  for (const f of failed) console.log(`  ${f}`);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
