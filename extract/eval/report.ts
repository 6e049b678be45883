/** Plain-text rendering of an EvalReport: a summary table, then per-document misses and false hits. */
import { STATE_RELATIONS } from "../schema/graph";
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
    "| relation    | strict P | strict R | strict F1 | loose P | loose R | loose F1 |  TP |  FP |  FN |",
    "|-------------|----------|----------|-----------|---------|---------|----------|-----|-----|-----|",
    ...STATE_RELATIONS.map((rel) => {
      const s = r.relations.strict[rel];
      const l = r.relations.loose[rel];
      const n = (x: number): string => String(x).padStart(3);
      return `| ${rel.padEnd(11)} | ${f(s.precision).padEnd(8)} | ${f(s.recall).padEnd(8)} | ${f(s.f1).padEnd(9)} | ${f(l.precision).padEnd(7)} | ${f(l.recall).padEnd(7)} | ${f(l.f1).padEnd(8)} | ${n(s.tp)} | ${n(s.fp)} | ${n(s.fn)} |`;
    }),
    "(TP/FP/FN strict)",
    "",
    "| source (documents)             | strict P | strict R | strict F1 | loose F1 |",
    "|--------------------------------|----------|----------|-----------|----------|",
    ...r.sources.map(
      (s) =>
        `| ${`${s.source} (${s.documents})`.padEnd(30)} | ${f(s.strict.precision).padEnd(8)} | ${f(s.strict.recall).padEnd(8)} | ${f(s.strict.f1).padEnd(9)} | ${f(s.loose.f1).padEnd(8)} |`,
    ),
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
