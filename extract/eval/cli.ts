#!/usr/bin/env node
/**
 * `npm run eval -- --gold <file> [inputs…]`: extracts the inputs (or reads `--graph`) and scores the
 * graph against a gold file in the format of ../shared/eval/seeds.gold.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { collectInputs } from "../cli/files";
import { extractGraph } from "../pipeline";
import { parseGraphJson, type GraphJson } from "../schema/graph";
import { VERSION } from "../version";
import { parseGold } from "./gold";
import { formatReport } from "./report";
import { scoreGraph } from "./score";

const HELP = `entente eval ${VERSION}: score a graph against a gold annotation

Usage:
  npm run eval -- --gold <gold.json> [files or folders…]   extract the inputs, then score
  npm run eval -- --gold <gold.json> --graph <graph.json>   score an existing graph

With neither inputs nor --graph, the inputs are ./seeds.

Options:
  --gold <file>            gold file (required): {documents: [{file, expect, optional, forbid, leaders, treaties}]}
  --graph <file>           score this graph.json instead of extracting
  --published <date>       publication date for documents whose page gives none
  --json                   print the full report as JSON
  --min-strict-f1 <x>      exit 1 when strict F1 is below x (also --min-loose-f1)
  --max-forbidden <n>      exit 1 when more than n forbidden edges are produced
  -h, --help               this help`;

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      gold: { type: "string" },
      graph: { type: "string" },
      published: { type: "string" },
      json: { type: "boolean", default: false },
      "min-strict-f1": { type: "string" },
      "min-loose-f1": { type: "string" },
      "max-forbidden": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  if (!values.gold) {
    process.stderr.write("entente eval: --gold <file> is required. Run with --help for usage.\n");
    return 64;
  }
  let gold;
  try {
    gold = parseGold(JSON.parse(readFileSync(values.gold, "utf8")), values.gold);
  } catch (err) {
    process.stderr.write(`entente eval: ${(err as Error).message}\n`);
    return 64;
  }

  let graph: GraphJson;
  if (values.graph) {
    const parsed = parseGraphJson(JSON.parse(readFileSync(values.graph, "utf8")));
    if (!parsed.ok) {
      process.stderr.write(`entente eval: ${values.graph}: ${parsed.error.message}\n`);
      return 64;
    }
    graph = parsed.graph;
  } else {
    const inputs = positionals.length > 0 ? positionals : existsSync("seeds") ? ["seeds"] : [];
    if (inputs.length === 0) {
      process.stderr.write("entente eval: give input files or folders, or --graph <graph.json>.\n");
      return 64;
    }
    const { files, problems } = collectInputs(inputs, values.published);
    const result = extractGraph(files, { version: VERSION });
    for (const p of [...problems, ...result.failures])
      process.stderr.write(`entente eval: skipped ${p.id}: ${p.reason}\n`);
    graph = result.graph;
  }

  const report = scoreGraph(graph, gold);
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));

  let failed = false;
  const check = (ok: boolean, message: string): void => {
    if (!ok) {
      process.stderr.write(`entente eval: ${message}\n`);
      failed = true;
    }
  };
  if (values["min-strict-f1"])
    check(
      report.strict.f1 >= Number(values["min-strict-f1"]),
      `strict F1 ${report.strict.f1.toFixed(3)} < ${values["min-strict-f1"]}`,
    );
  if (values["min-loose-f1"])
    check(
      report.loose.f1 >= Number(values["min-loose-f1"]),
      `loose F1 ${report.loose.f1.toFixed(3)} < ${values["min-loose-f1"]}`,
    );
  if (values["max-forbidden"])
    check(
      report.forbidden <= Number(values["max-forbidden"]),
      `${report.forbidden} forbidden edges > ${values["max-forbidden"]}`,
    );
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
