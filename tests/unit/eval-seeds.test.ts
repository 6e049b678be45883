import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// Issue 3's targets on the seeds' gold annotation, measured with the product's own eval command.
describe("npm run eval on the seeds gold", () => {
  it("meets strict F1 ≥ 0.85, loose F1 ≥ 0.90, no forbidden edge, every leader and treaty", () => {
    const r = spawnSync(
      "npx",
      ["tsx", "extract/eval/cli.ts", "--gold", "tests/data/seeds.gold.json", "seeds", "--json"],
      {
        encoding: "utf8",
        maxBuffer: 64 << 20,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const summary = {
      strict: report.strict.f1,
      loose: report.loose.f1,
      forbidden: report.forbidden,
      leaders: report.leaders.accuracy,
      treaties: report.treaties.accuracy,
    };
    expect(summary.forbidden, JSON.stringify(report.documents.map((d: { forbidden: string[] }) => d.forbidden))).toBe(
      0,
    );
    expect(summary.strict).toBeGreaterThanOrEqual(0.85);
    expect(summary.loose).toBeGreaterThanOrEqual(0.9);
    expect(summary.leaders).toBe(1);
    expect(summary.treaties).toBe(1);
  });
});
