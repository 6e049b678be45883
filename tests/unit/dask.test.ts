/**
 * scripts/dask_extract.py on a local Dask cluster of 2 worker processes on 127.0.0.1: the seeds,
 * split into partitions of two files, mapped on the workers and merged, give the local run's bytes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const PYTHON = "/usr/bin/python3";
const probe = spawnSync(PYTHON, ["-c", "import distributed"], { encoding: "utf8" });
const hasDask = probe.status === 0;
if (!hasDask)
  console.warn(
    `skipping the Dask test: ${PYTHON} cannot import distributed (apt-get install python3-distributed): ${(probe.stderr ?? probe.error?.message ?? "").trim().split("\n").pop()}`,
  );

describe.skipIf(!hasDask)("Dask map and merge (scripts/dask_extract.py)", () => {
  it("gives the same graph.json as a local run of the seeds", () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-dask-"));
    const local = spawnSync("npx", ["tsx", "extract/cli.ts", "seeds", "-o", join(dir, "local.json"), "-q"], {
      encoding: "utf8",
    });
    expect(local.status).toBe(0);
    const r = spawnSync(
      PYTHON,
      [
        "scripts/dask_extract.py",
        "seeds",
        "-o",
        join(dir, "dask.json"),
        "--local-workers",
        "2",
        "--files-per-partition",
        "2",
      ],
      { encoding: "utf8" },
    );
    expect(r.stderr).not.toMatch(/Traceback/);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, "dask.json"), "utf8") === readFileSync(join(dir, "local.json"), "utf8")).toBe(true);
  }, 120_000);
});
