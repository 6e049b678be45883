#!/usr/bin/env node
/**
 * `npm run extract -- <files or folders…> -o <graph.json>`: documents in, graph.json out.
 * Exit codes: 0 all inputs extracted; 2 some inputs were skipped (the graph is still written);
 * 64 usage error; 1 nothing could be written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { collectInputs } from "./cli/files";
import { EXPORT_FORMATS, exportGraph, provenanceOf, type ExportFormat } from "./export/index";
import { serializeGraph } from "./graph/build";
import { extractGraph } from "./pipeline";
import { PartialDate, parseGraphJson } from "./schema/graph";
import { VERSION } from "./version";

const HELP = `entente extract ${VERSION}: documents → graph.json

Usage:
  npm run extract -- <files or folders…> -o <graph.json>
  npm run extract -- seeds -o -            (write to stdout)

Inputs: .txt, .html/.htm, .md files in any common Chinese charset (UTF-8, GBK/GB18030, Big5,
UTF-16), folders (searched recursively), and .ndjson/.jsonl files with one
{"id","text","format"?,"published"?} object per line. Document ids are paths relative to the
folder given, or the file name for a file named directly.

Options:
  -o, --output <file>      where to write graph.json ("-" for stdout; required); a folder for --format csv
      --format <f>         json (the graph.json contract; default), gexf (GEXF 1.3 with edge time
                           intervals), graphml, csv (nodes.csv, edges.csv, claims.csv, documents.csv)
      --published <date>   publication date (YYYY, YYYY-MM or YYYY-MM-DD) for documents whose
                           page gives none
      --no-text            leave the documents' cleaned text out of graph.json
      --debug-dropped      print the blocks the cleaner dropped as boilerplate, per document, to stderr
  -q, --quiet              no progress on stderr
  -h, --help               this help
  -v, --version            print the version

Exit codes: 0 ok; 2 some inputs skipped (each named on stderr with the reason; the graph is
still written); 64 usage error; 1 the graph could not be written.`;

function fail(code: number, message: string): never {
  process.stderr.write(`entente: ${message}\n`);
  process.exit(code);
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        published: { type: "string" },
        format: { type: "string", default: "json" },
        "no-text": { type: "boolean", default: false },
        "debug-dropped": { type: "boolean", default: false },
        quiet: { type: "boolean", short: "q", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (err) {
    fail(64, `${(err as Error).message}\nRun with --help for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  if (positionals.length === 0) fail(64, "no input files or folders given.\nRun with --help for usage.");
  if (!values.output) fail(64, 'no output given: add -o graph.json (or "-o -" for stdout).');
  if (values.published !== undefined && !PartialDate.safeParse(values.published).success) {
    fail(64, `--published "${values.published}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
  }

  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format))
    fail(64, `--format "${values.format}" is not one of ${EXPORT_FORMATS.join(", ")}.`);
  if (format === "csv" && values.output === "-") fail(64, "--format csv writes several files: give a folder with -o.");

  const { files, problems } = collectInputs(positionals, values.published);
  const showProgress = !values.quiet && files.length > 5 && values.output !== "-";
  const { graph, failures, extractions } = extractGraph(files, {
    version: VERSION,
    includeText: !values["no-text"],
    onProgress: showProgress
      ? (done, total) => {
          if (done === total || done % Math.max(1, Math.floor(total / 20)) === 0) {
            process.stderr.write(`entente: ${done}/${total} documents\n`);
          }
        }
      : undefined,
  });
  if (values["debug-dropped"]) {
    for (const x of extractions) {
      for (const d of x.doc.dropped)
        process.stderr.write(`[dropped] ${x.doc.id}: (${d.reason}) ${d.text.slice(0, 160)}\n`);
    }
  }
  const skipped = [...problems, ...failures];
  for (const p of skipped) process.stderr.write(`entente: skipped ${p.id}: ${p.reason}\n`);

  const valid = parseGraphJson(graph);
  if (!valid.ok) fail(1, `internal error, refusing to write an invalid graph: ${valid.error.message}`);
  const outputs =
    format === "json"
      ? [{ name: "graph.json", content: serializeGraph(graph) }]
      : exportGraph(graph, format, provenanceOf(graph, VERSION));
  if (values.output === "-") {
    process.stdout.write(outputs[0].content);
  } else {
    try {
      if (format === "csv") {
        mkdirSync(values.output, { recursive: true });
        for (const f of outputs) writeFileSync(join(values.output, f.name), f.content);
      } else {
        writeFileSync(values.output, outputs[0].content);
      }
    } catch (err) {
      fail(1, `cannot write ${values.output}: ${(err as Error).message}`);
    }
    if (!values.quiet) {
      const rel = graph.edges.filter((e) => !["leader-of", "party-to"].includes(e.attributes.relation)).length;
      process.stderr.write(
        `entente: wrote ${values.output}: ${extractions.length} documents, ${graph.nodes.length} nodes, ${graph.edges.length} edges (${rel} between states)\n`,
      );
    }
  }
  return skipped.length > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
