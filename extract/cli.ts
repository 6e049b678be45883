#!/usr/bin/env node
/**
 * `npm run extract -- <files or folders…> -o <graph.json>`: documents in, graph.json out. Inputs
 * are read lazily, extracted on `--jobs` worker threads, merged one document at a time and the
 * output is streamed; `--claims` writes the map step's claims NDJSON (see `npm run merge`).
 * Exit codes: 0 all inputs extracted; 2 some inputs were skipped or had invalid fields (the graph
 * is still written); 64 usage error; 1 nothing could be extracted or written.
 */
import { checkOutputs, fail, OUTPUT_OPTIONS, parseJobs, parseOrFail } from "./cli/args";
import { readInputs, type InputItem } from "./cli/inputs";
import { openOutput } from "./cli/output";
import { ordered, TaskPool } from "./cli/pool";
import { inputBytes, Progress } from "./cli/progress";
import { FileStore } from "./cli/spool";
import { writeMerged } from "./cli/write-graph";
import { GraphMerger } from "./graph/merge";
import { recordLine } from "./graph/record";
import { PartialDate } from "./schema/graph";
import { VERSION } from "./version";

const HELP = `entente extract ${VERSION}: documents → graph.json

Usage:
  npm run extract -- <files or folders…> -o <graph.json>
  npm run extract -- seeds -o -                       (write to stdout)
  npm run extract -- docs.ndjson --claims claims.ndjson (map step; see npm run merge)
  cat docs.ndjson | npm run extract -- - --claims -

Inputs: .txt, .html/.htm, .md files in any common Chinese charset (UTF-8, GBK/GB18030, Big5,
UTF-16), folders (searched recursively, symbolic links followed, loops reported), and
.ndjson/.jsonl files with one {"id","text","format"?,"published"?} object per line ("-" reads
such lines from stdin). Document ids are paths relative to the folder given, or the file name for
a file named directly.

Options:
  -o, --output <file>      where to write graph.json ("-" for stdout); a folder for --format csv
      --claims <file>      also (or instead) write claims NDJSON: one line per document with its
                           record, claims, leaders and treaties ("-" for stdout)
      --documents <file>   write the documents (with their cleaned text) as NDJSON to this file
                           and leave the text out of graph.json
      --format <f>         json (the graph.json contract; default), gexf (GEXF 1.3 with edge time
                           intervals), graphml, csv (nodes.csv, edges.csv, claims.csv, documents.csv)
  -j, --jobs <n>           worker threads (default: the machine's cores); output is the same for any n
      --relative-to <dir>  ids of files named directly are their paths relative to <dir> (as if
                           <dir> had been given): lets a partition of a folder keep the folder's ids
      --published <date>   publication date (YYYY, YYYY-MM or YYYY-MM-DD) for documents whose
                           page gives none
      --no-text            leave the documents' cleaned text out of graph.json and the claims
      --debug-dropped      print the blocks the cleaner dropped as boilerplate, per document, to stderr
  -q, --quiet              no progress or summary on stderr
  -h, --help               this help
  -v, --version            print the version

Files are written to a temporary file beside the target and renamed over it when complete.
Exit codes: 0 ok; 2 some inputs skipped or had invalid fields (each named on stderr with the
reason; the rest is still written); 64 usage error; 1 nothing could be extracted or written.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseOrFail(argv, {
    ...OUTPUT_OPTIONS,
    published: { type: "string" },
    jobs: { type: "string", short: "j" },
    "relative-to": { type: "string" },
    "debug-dropped": { type: "boolean", default: false },
  });
  if (values.help) {
    process.stdout.write(HELP + "\n");
    return 0;
  }
  if (values.version) {
    process.stdout.write(VERSION + "\n");
    return 0;
  }
  if (positionals.length === 0) fail(64, "no input files or folders given.\nRun with --help for usage.");
  const format = checkOutputs(values);
  if (values.published !== undefined && !PartialDate.safeParse(values.published).success) {
    fail(64, `--published "${values.published}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const jobs = parseJobs(values.jobs);
  const includeText = !values["no-text"];
  const showProgress = !values.quiet;
  const progress = new Progress(showProgress, showProgress ? inputBytes(positionals) : 0);
  const say = (line: string): void => {
    progress.clear();
    process.stderr.write(line + "\n");
  };

  const store = values.output || values.documents ? new FileStore() : null;
  const merger = store ? new GraphMerger(store, "first") : null;
  let claimsOut;
  try {
    claimsOut = values.claims ? openOutput(values.claims) : null;
  } catch (err) {
    fail(1, `cannot write ${values.claims}: ${(err as Error).message}`);
  }
  const pool = new TaskPool(jobs);
  let seq = 0;
  let problems = 0;
  let failure = "";
  const sizes = new Map<number, number>();
  const report = (item: InputItem): void => {
    if (item.kind !== "problem") return;
    problems++;
    if (item.skipped) progress.skipped++;
    say(`entente: ${item.skipped ? "skipped" : "warning"} ${item.id}: ${item.reason}`);
  };
  try {
    const items = readInputs(positionals, { published: values.published, relativeTo: values["relative-to"] });
    const toTask = (item: InputItem) => {
      if (item.kind !== "file") return null;
      sizes.set(seq, item.bytes);
      return { seq: seq++, file: item.file, includeText, debugDropped: values["debug-dropped"] };
    };
    for await (const r of ordered(pool, items, toTask, report)) {
      const bytes = sizes.get(r.seq) ?? 0;
      sizes.delete(r.seq);
      if (!r.ok) {
        problems++;
        progress.skipped++;
        say(`entente: skipped ${r.id}: ${r.reason}`);
        continue;
      }
      for (const d of r.dropped) say(d);
      if (claimsOut) await claimsOut.write(recordLine(r.record) + "\n");
      const dup = merger?.add(r.record);
      if (dup) {
        problems++;
        say(`entente: skipped ${r.record.doc.id}: ${dup}`);
      }
      progress.tick(bytes, r.record.claims.length);
    }
    if (progress.docs === 0) throw new Error("nothing could be extracted: no output written.");
    await claimsOut?.commit();
    if (merger) {
      await writeMerged(merger.finish({ version: VERSION, includeText }), {
        output: values.output,
        documents: values.documents,
        format,
        includeText,
        version: VERSION,
      });
    }
  } catch (err) {
    claimsOut?.abort();
    failure = (err as Error).message;
  } finally {
    await pool.close();
    store?.close();
  }
  if (failure) fail(1, failure);
  progress.summary(values.output && values.output !== "-" ? `wrote ${values.output}` : "done");
  return problems > 0 ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => fail(1, `internal error: ${(err as Error).stack ?? String(err)}`),
);
