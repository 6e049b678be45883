#!/usr/bin/env node
/**
 * `npm run merge -- <claims files…> -o graph.json`: the reduce step. Reads claims NDJSON (written
 * by `npm run extract -- … --claims`, or by `merge --claims`) and builds the graph. Associative
 * and order-independent: any partition of the documents, mapped separately and merged, gives the
 * same bytes as a direct run.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { checkOutputs, fail, OUTPUT_OPTIONS, parseOrFail } from "./cli/args";
import { fsReason } from "./cli/inputs";
import { Progress } from "./cli/progress";
import { FileStore } from "./cli/spool";
import { writeMerged } from "./cli/write-graph";
import { GraphMerger } from "./graph/merge";
import { parseClaimLine } from "./schema/claims";
import { VERSION } from "./version";

const HELP = `entente merge ${VERSION}: claims NDJSON → graph.json (the reduce step)

Usage:
  npm run merge -- <claims files…> -o <graph.json>
  npm run merge -- part-*.ndjson --claims merged.ndjson     (merge claims into claims, to merge again)
  cat part-*.ndjson | npm run merge -- - -o graph.json

Inputs are claims NDJSON files ("-" for stdin), as written by
\`npm run extract -- <inputs> --claims <file>\` or by this command's --claims. The graph does not
depend on how the documents were split or in which order the files come. Two different records
with one document id: the smaller line (code-unit order) is kept and the other named on stderr.

Options:
  -o, --output <file>      where to write graph.json ("-" for stdout); a folder for --format csv
      --claims <file>      write the merged claims NDJSON (sorted by document id; mergeable again)
      --documents <file>   write the documents (with their text) as NDJSON and leave the text out
                           of graph.json
      --format <f>         json (default), gexf, graphml, csv
      --no-text            leave the documents' text out of graph.json
  -q, --quiet              no summary on stderr
  -h, --help               this help
  -v, --version            print the version

Exit codes: 0 ok; 2 some lines skipped (each named with file and line); 64 usage error;
1 nothing could be merged or written.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseOrFail(argv, OUTPUT_OPTIONS);
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  if (positionals.length === 0) fail(64, "no claims files given.\nRun with --help for usage.");
  const format = checkOutputs(values);
  const progress = new Progress(!values.quiet, 0, false);
  const store = new FileStore();
  const merger = new GraphMerger(store, "smallest");
  let problems = 0;
  let failure = "";
  const warn = (where: string, reason: string): void => {
    problems++;
    process.stderr.write(`entente: skipped ${where}: ${reason}\n`);
  };
  try {
    for (const file of positionals) {
      const name = file === "-" ? "stdin" : file;
      let n = 0;
      try {
        const input = file === "-" ? process.stdin : createReadStream(file);
        for await (const line of createInterface({ input, crlfDelay: Infinity })) {
          n++;
          if (line.trim() === "") continue;
          const parsed = parseClaimLine(line);
          if (!parsed.ok) {
            warn(`${name}:${n}`, parsed.reason);
            continue;
          }
          const dup = merger.add(parsed.record);
          if (dup) warn(`${name}:${n}`, dup);
          progress.tick(Buffer.byteLength(line), parsed.record.claims.length);
        }
      } catch (err) {
        warn(n > 0 ? `${name}:${n + 1}` : name, fsReason(err, "file"));
      }
    }
    if (merger.documentCount === 0) throw new Error("nothing could be merged: no output written.");
    const includeText = !values["no-text"];
    await writeMerged(merger.finish({ version: VERSION, includeText }), {
      output: values.output,
      claims: values.claims,
      documents: values.documents,
      format,
      includeText,
      version: VERSION,
    });
  } catch (err) {
    failure = (err as Error).message;
  } finally {
    store.close();
  }
  if (failure) fail(1, failure);
  progress.summary(`merged ${merger.documentCount} documents`);
  return problems > 0 ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => fail(1, `internal error: ${(err as Error).stack ?? String(err)}`),
);
