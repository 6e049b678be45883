// Dependency audit of the production dependencies (`npm audit --omit=dev`), for scripts/test.sh.
// Fails (exit 1) on a high or critical advisory; when the registry cannot answer (offline CI, a
// proxy), says so and passes (exit 0), since the audit then has nothing to judge.
import { spawnSync } from "node:child_process";

const r = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
function parse(text) {
  try {
    return JSON.parse(text || "null");
  } catch {
    return null;
  }
}
const report = parse(r.stdout);
const counts = report?.metadata?.vulnerabilities;
if (r.error || !counts) {
  const why =
    r.error?.message || report?.message || report?.error?.summary || (r.stderr || "no answer").trim().split("\n")[0];
  console.log(`audit: the npm registry could not answer (${why}); no advisory checked`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
const summary = Object.entries(counts)
  .filter(([k]) => k !== "total")
  .map(([k, n]) => `${n} ${k}`)
  .join(", ");
console.log(`audit (production dependencies): ${summary}`);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
    if (v.severity === "high" || v.severity === "critical") console.log(`  ${v.severity}: ${name} (${v.range})`);
  console.log(`audit: ${serious} high or critical advisory(ies) in production dependencies`);
  process.exit(1);
}
