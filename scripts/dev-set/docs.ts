/**
 * Writes the development set's documents from ../shared/corpora as NDJSON, one file per language
 * and split: <out>/dev-<lang>-<split>.ndjson ({id, text, published, format} a line), for
 * `npm run eval -- --gold tests/data/dev/<lang>.gold.json --split <split> <out>/dev-<lang>-<split>.ndjson`.
 *
 * Usage: npx tsx scripts/dev-set/docs.ts <out-folder> [--corpora <path>] [--split tune|scored|heldout]
 *        [--lang zh|en] [--folder]   (--folder writes one text file per document instead)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readDevDocs, type DevEntry } from "./sources";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function loadManifest(): DevEntry[] {
  const read = (f: string): DevEntry[] =>
    (JSON.parse(readFileSync(join(root, "tests/data/dev", f), "utf8")) as { documents: DevEntry[] }).documents;
  return [...read("manifest.json"), ...read("heldout.manifest.json")];
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): number {
  const out = argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  const corpora = arg(argv, "--corpora") ?? resolve(root, "..", "shared", "corpora");
  if (!out) {
    process.stderr.write(
      "usage: npx tsx scripts/dev-set/docs.ts <out-folder> [--corpora <path>] [--split tune|scored|heldout] [--lang zh|en] [--folder]\n",
    );
    return 64;
  }
  if (!existsSync(corpora)) {
    process.stderr.write(`dev-set: corpora not found at ${corpora}\n`);
    return 66;
  }
  const splits = arg(argv, "--split") ? [arg(argv, "--split")] : ["tune", "scored", "heldout"];
  const langs = arg(argv, "--lang") ? [arg(argv, "--lang")] : ["zh", "en"];
  mkdirSync(out, { recursive: true });
  const entries = loadManifest();
  for (const lang of langs)
    for (const split of splits) {
      const docs = readDevDocs(
        corpora,
        entries.filter((e) => e.lang === lang && e.split === split),
      );
      if (argv.includes("--folder")) {
        const dir = join(out, `dev-${lang}-${split}`);
        for (const d of docs) {
          const file = join(dir, d.id.replace(/[#/]/g, "__") + ".txt");
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, `id: ${d.id}\npublished: ${d.published ?? "(not given)"}\n\n${d.text}`);
        }
        process.stdout.write(`wrote ${docs.length} documents to ${dir}/\n`);
      } else {
        const file = join(out, `dev-${lang}-${split}.ndjson`);
        writeFileSync(file, docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
        process.stdout.write(`wrote ${docs.length} documents to ${file}\n`);
      }
    }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2));
