/** Command-line options shared by `npm run extract` and `npm run merge`. */
import { availableParallelism } from "node:os";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXPORT_FORMATS, type ExportFormat } from "../export/index";

export function fail(code: number, message: string): never {
  process.stderr.write(`entente: ${message}\n`);
  process.exit(code);
}

export const OUTPUT_OPTIONS = {
  output: { type: "string", short: "o" },
  claims: { type: "string" },
  documents: { type: "string" },
  format: { type: "string", default: "json" },
  "no-text": { type: "boolean", default: false },
  quiet: { type: "boolean", short: "q", default: false },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} satisfies ParseArgsConfig["options"];

export function parseOrFail<O extends ParseArgsConfig["options"]>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (err) {
    fail(64, `${(err as Error).message}\nRun with --help for usage.`);
  }
}

/** Checks the output options; exits 64 with a one-line reason when they do not fit together. */
export function checkOutputs(v: {
  output?: string;
  claims?: string;
  documents?: string;
  format?: string;
}): ExportFormat {
  if (!v.output && !v.claims)
    fail(64, 'no output given: add -o graph.json (or "-o -" for stdout), or --claims <file|->.');
  const format = v.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) fail(64, `--format "${v.format}" is not one of ${EXPORT_FORMATS.join(", ")}.`);
  if (format === "csv" && v.output === "-") fail(64, "--format csv writes several files: give a folder with -o.");
  const toStdout = [v.output, v.claims, v.documents].filter((t) => t === "-").length;
  if (toStdout > 1) fail(64, 'only one of -o, --claims and --documents can be "-" (stdout).');
  if (v.documents && format !== "json") fail(64, "--documents goes with --format json.");
  return format;
}

export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) fail(64, `--jobs "${value}" is not a whole number from 1 to 256.`);
  return n;
}
