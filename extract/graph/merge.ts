/**
 * The reduce step: merges claims records into one graph, one record at a time. The result does not
 * depend on the order or the grouping of the records (associative, order-independent), so any
 * partition of the inputs, mapped separately and merged, gives the graph of a direct run.
 *
 * Memory: the merger keeps each record without its document text; the full record lines go to a
 * `RecordStore` (a temporary file in the CLI, memory in tests and the browser) and are read back
 * one at a time, in document id order, when the output is written.
 *
 * @example
 * const m = new GraphMerger(new MemoryStore(), "smallest");
 * m.add(record, "claims.ndjson:1");
 * const { graph } = m.finish({ version: "0.1.0" });
 */
import type { ClaimRecord } from "../schema/claims";
import type { DocumentInfo, GraphJson } from "../schema/graph";
import type { GraphInput } from "../types";
import { buildGraph } from "./build";
import { documentRecord, graphInputOf, recordLine } from "./record";

/** Where full record lines are kept until the output is written. */
export interface RecordStore<H> {
  put(line: string): H;
  get(handle: H): string;
}

export class MemoryStore implements RecordStore<string> {
  put(line: string): string {
    return line;
  }
  get(handle: string): string {
    return handle;
  }
}

/**
 * Two records with one document id: "first" keeps the one added first (a direct run, whose
 * records arrive in input order); "smallest" keeps the smaller line in code-unit order, which does
 * not depend on the order records arrive in (merge). Identical records are kept once, silently.
 */
export type DuplicatePolicy = "first" | "smallest";

interface Entry<H> {
  handle: H;
  input: GraphInput;
}

export interface MergedGraph {
  /** The graph with its documents' text left out (see `documents`). */
  graph: GraphJson;
  /** The document records, with text, in the graph's order (read back from the store). */
  documents(): Iterable<DocumentInfo>;
  /** The merged claims lines, sorted by document id: input to a later merge. */
  lines(): Iterable<string>;
}

export class GraphMerger<H> {
  private readonly entries = new Map<string, Entry<H>>();
  claimCount = 0;

  constructor(
    private readonly store: RecordStore<H>,
    private readonly duplicates: DuplicatePolicy,
  ) {}

  get documentCount(): number {
    return this.entries.size;
  }

  /**
   * What is kept of a record: a fresh copy, because quotes cut from a document's text with slice()
   * would otherwise keep the whole text alive in memory.
   */
  private keep(record: ClaimRecord): GraphInput {
    return JSON.parse(JSON.stringify(graphInputOf(record))) as GraphInput;
  }

  /** Adds one record; returns a one-line warning when a record with the same id was already in. */
  add(record: ClaimRecord): string | null {
    const id = record.doc.id;
    const line = recordLine(record);
    const old = this.entries.get(id);
    if (old) {
      const oldLine = this.store.get(old.handle);
      if (oldLine === line) return null;
      const replace = this.duplicates === "smallest" && line < oldLine;
      if (replace) {
        this.claimCount -= old.input.claims.length;
        this.entries.set(id, { handle: this.store.put(line), input: this.keep(record) });
        this.claimCount += record.claims.length;
      }
      const kept = this.duplicates === "first" ? "kept the first" : "kept the smaller record";
      return `duplicate document id "${id}" with different content; ${kept}`;
    }
    this.entries.set(id, { handle: this.store.put(line), input: this.keep(record) });
    this.claimCount += record.claims.length;
    return null;
  }

  finish(options: { version: string; includeText: boolean }): MergedGraph {
    const ids = [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const graph = buildGraph(
      ids.map((id) => (this.entries.get(id) as Entry<H>).input),
      { version: options.version, includeText: false },
    );
    // The store holds lines this merger wrote from validated records: parsed without revalidation.
    const read = (id: string): ClaimRecord =>
      JSON.parse(this.store.get((this.entries.get(id) as Entry<H>).handle)) as ClaimRecord;
    const includeText = options.includeText;
    return {
      graph,
      *documents() {
        for (const id of ids) yield documentRecord(read(id).doc, includeText);
      },
      *lines() {
        for (const id of ids) yield recordLine(read(id));
      },
    };
  }
}
