/** Plain-text rendering of an EvalReport: a summary table, then per-document misses and false hits. */
import type { Counts, EvalReport } from "./score";

const f = (x: number): string => x.toFixed(3);

function row(name: string, c: Counts): string {
  return `| ${name.padEnd(6)} | ${f(c.precision)} | ${f(c.recall)} | ${f(c.f1)} | ${String(c.tp).padStart(3)} | ${String(c.fp).padStart(3)} | ${String(c.fn).padStart(3)} |`;
}

/** Formats the report as Markdown-compatible text. */
export function formatReport(r: EvalReport): string {
  const lines = [
    "| score  | P     | R     | F1    |  TP |  FP |  FN |",
    "|--------|-------|-------|-------|-----|-----|-----|",
    row("strict", r.strict),
    row("loose", r.loose),
    "",
    `forbidden edges: ${r.forbidden}`,
    `leaders: ${r.leaders.found}/${r.leaders.total} (${f(r.leaders.accuracy)})`,
    `treaties: ${r.treaties.found}/${r.treaties.total} (${f(r.treaties.accuracy)})`,
    "",
  ];
  for (const d of r.documents) {
    lines.push(`## ${d.file}${d.found ? "" : " (not in the graph)"}`);
    lines.push(`strict ${f(d.strict.f1)}  loose ${f(d.loose.f1)}`);
    const list = (label: string, items: string[]): void => {
      if (items.length > 0) lines.push(`  ${label}: ${items.join("; ")}`);
    };
    list("missed", d.misses);
    list(
      "time mismatch",
      d.strictMisses.filter((m) => !d.misses.includes(m)),
    );
    list("false hits", d.falseHits);
    list("FORBIDDEN", d.forbidden);
    list("leaders missed", d.leaders.missing);
    list("treaties missed", d.treaties.missing);
    lines.push("");
  }
  return lines.join("\n");
}
