#!/usr/bin/env node
/**
 * `npm run eval -- --gold <file> [inputs…]`: extracts the inputs (or reads `--graph`) and scores the
 * graph against a gold file in the format of ../shared/eval/seeds.gold.json.
 * `npm run eval -- --sample N --seed S --graph <file>`: N random claims as a TSV to judge.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { collectInputs } from "../cli/files";
import { extractGraph } from "../pipeline";
import { parseGraphJson, type GraphJson } from "../schema/graph";
import { VERSION } from "../version";
import { parseGold } from "./gold";
import { formatReport } from "./report";
import { sampleTsv } from "./sample";
import { scoreGraph } from "./score";

const HELP = `entente eval ${VERSION}: score a graph against a gold annotation

Usage:
  npm run eval -- --gold <gold.json> [files or folders…]   extract the inputs, then score
  npm run eval -- --gold <gold.json> --graph <graph.json>   score an existing graph
  npm run eval -- --sample <N> --seed <S> --graph <graph.json> [-o sample.tsv]
                                                            N random claims as a TSV to judge

With neither inputs nor --graph, the inputs are ./seeds.

Options:
  --gold <file>            gold file (required unless --sample): {documents: [{file, expect, optional, forbid, leaders, treaties}]}
  --graph <file>           score (or sample) this graph.json instead of extracting
  --published <date>       publication date for documents whose page gives none
  --json                   print the full report as JSON (per relation in "relations", per source in "sources")
  --source-depth <n>       folders of a document id that name its source (default 1: cctv-xwlb/…)
  --sample <N>             write N random relation claims as TSV (quote, pair, relation, time,
                           document, verdict — the last left blank for a reader to fill in)
  --seed <S>               seed of the sample (integer, default 1): same graph and seed, same rows
  -o, --out <file>         write the sample there instead of stdout
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
      "source-depth": { type: "string" },
      sample: { type: "string" },
      seed: { type: "string" },
      out: { type: "string", short: "o" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  const usage = (message: string): number => {
    process.stderr.write(`entente eval: ${message} Run with --help for usage.\n`);
    return 64;
  };
  const sample = values.sample === undefined ? null : Number(values.sample);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  const depth = values["source-depth"] === undefined ? 1 : Number(values["source-depth"]);
  if (sample !== null && !(Number.isInteger(sample) && sample > 0))
    return usage(`--sample wants a positive whole number, not "${values.sample}".`);
  if (!Number.isInteger(seed)) return usage(`--seed wants a whole number, not "${values.seed}".`);
  if (!(Number.isInteger(depth) && depth > 0))
    return usage(`--source-depth wants a positive whole number, not "${values["source-depth"]}".`);
  if (!values.gold && sample === null) return usage("--gold <file> is required (or --sample <N>).");
  let gold = null;
  if (values.gold) {
    try {
      gold = parseGold(JSON.parse(readFileSync(values.gold, "utf8")), values.gold);
    } catch (err) {
      process.stderr.write(`entente eval: ${(err as Error).message}\n`);
      return 64;
    }
  }

  let graph: GraphJson;
  if (values.graph) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(values.graph, "utf8"));
    } catch (err) {
      process.stderr.write(`entente eval: ${values.graph}: cannot read a JSON graph: ${(err as Error).message}\n`);
      return 64;
    }
    const parsed = parseGraphJson(data);
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

  if (sample !== null) {
    const tsv = sampleTsv(graph, sample, seed);
    if (values.out) writeFileSync(values.out, tsv);
    else process.stdout.write(tsv);
    if (!gold) return 0;
  }
  if (!gold) return 0;
  const report = scoreGraph(graph, gold, depth);
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
