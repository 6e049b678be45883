/**
 * Writes a merged graph: graph.json streamed chunk by chunk (documents read back one at a time),
 * the documents to a side NDJSON file (`--documents`), merged claims lines (`merge --claims`), or
 * another export format (built in memory: GEXF, GraphML and CSV need the whole graph). Every file
 * is replaced atomically; on any failure nothing already there is damaged.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { EXPORT_FORMATS, exportGraph, provenanceOf, type ExportFormat } from "../export/index";
import type { MergedGraph } from "../graph/merge";
import { batched, graphJsonChunks } from "../graph/write";
import { parseGraphJson } from "../schema/graph";
import { openOutput } from "./output";

export interface WriteOptions {
  output?: string;
  format: ExportFormat;
  /** Side file for the documents (with text); graph.json then has none. */
  documents?: string;
  /** Merged claims lines (merge only). */
  claims?: string;
  includeText: boolean;
  version: string;
}

export { EXPORT_FORMATS };

async function writeAll(target: string, chunks: Iterable<string>): Promise<void> {
  const out = openOutput(target);
  try {
    for (const piece of batched(chunks)) await out.write(piece);
    await out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
}

function* asLines(lines: Iterable<string>): Generator<string> {
  for (const l of lines) yield l + "\n";
}

/** Writes what was asked for; throws an Error whose message names the file and the problem. */
export async function writeMerged(m: MergedGraph, o: WriteOptions): Promise<void> {
  const valid = parseGraphJson(m.graph);
  if (!valid.ok) throw new Error(`internal error, refusing to write an invalid graph: ${valid.error.message}`);
  const step = async (target: string, chunks: () => Iterable<string>): Promise<void> => {
    try {
      await writeAll(target, chunks());
    } catch (err) {
      throw new Error(`cannot write ${target}: ${(err as Error).message}`, { cause: err });
    }
  };
  if (o.claims) await step(o.claims, () => asLines(m.lines()));
  if (o.documents)
    await step(o.documents, () =>
      asLines(
        (function* () {
          for (const d of m.documents()) yield JSON.stringify(d);
        })(),
      ),
    );
  if (!o.output) return;
  const inlineText = o.includeText && !o.documents;
  if (o.format === "json") {
    const docs = inlineText ? m.documents() : m.graph.attributes.documents;
    await step(o.output, () => graphJsonChunks(m.graph, docs));
    return;
  }
  const graph = inlineText
    ? { ...m.graph, attributes: { ...m.graph.attributes, documents: [...m.documents()] } }
    : m.graph;
  const files = exportGraph(graph, o.format, provenanceOf(graph, o.version));
  if (o.format === "csv") {
    try {
      mkdirSync(o.output, { recursive: true });
    } catch (err) {
      throw new Error(`cannot write ${o.output}: ${(err as Error).message}`, { cause: err });
    }
    for (const f of files) await step(join(o.output, f.name), () => [f.content]);
  } else {
    await step(o.output, () => [files[0].content]);
  }
}
