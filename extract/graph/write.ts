/**
 * graph.json as a stream of text chunks, byte-identical to `serializeGraph` (2-space JSON with a
 * final newline) but never holding the whole text: nodes, edges and documents are serialised one at
 * a time, and the documents come from an iterable (read back from a store as they are written).
 *
 * @example
 * for (const chunk of graphJsonChunks(graph, docs)) out.write(chunk);
 */
import type { DocumentInfo, GraphJson } from "../schema/graph";

/** Indents a JSON.stringify(…, null, 2) text to sit at `depth`; strings never hold a raw newline. */
function indent(text: string, depth: number): string {
  return depth === 0 ? text : text.replace(/\n/g, "\n" + "  ".repeat(depth));
}

function* arrayChunks(items: Iterable<unknown>, depth: number): Generator<string> {
  const pad = "\n" + "  ".repeat(depth + 1);
  let first = true;
  for (const item of items) {
    yield (first ? "[" : ",") + pad + indent(JSON.stringify(item, null, 2), depth + 1);
    first = false;
  }
  yield first ? "[]" : "\n" + "  ".repeat(depth) + "]";
}

function* objectChunks(
  obj: Record<string, unknown>,
  depth: number,
  member: (key: string, value: unknown, depth: number) => Generator<string> | null,
): Generator<string> {
  const pad = "\n" + "  ".repeat(depth + 1);
  let first = true;
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || typeof value === "function") continue;
    yield (first ? "{" : ",") + pad + JSON.stringify(key) + ": ";
    first = false;
    const streamed = member(key, value, depth + 1);
    if (streamed) yield* streamed;
    else yield indent(JSON.stringify(value, null, 2), depth + 1);
  }
  yield first ? "{}" : "\n" + "  ".repeat(depth) + "}";
}

/**
 * The text of `graph` with `attributes.documents` replaced by `documents`, in chunks. The chunks
 * joined equal `serializeGraph({ ...graph, attributes: { ...graph.attributes, documents } })`.
 */
export function* graphJsonChunks(graph: GraphJson, documents: Iterable<DocumentInfo>): Generator<string> {
  yield* objectChunks(graph, 0, (key, value, depth) => {
    if (key === "nodes" || key === "edges") return arrayChunks(value as unknown[], depth);
    if (key !== "attributes") return null;
    return objectChunks(value as Record<string, unknown>, depth, (k, v, d) => {
      if (k === "documents") return arrayChunks(documents, d);
      if (k === "excludedClaims") return arrayChunks(v as unknown[], d);
      return null;
    });
  });
  yield "\n";
}

/** Groups small chunks into pieces of about `size` characters, for fewer writes. */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf: string[] = [];
  let length = 0;
  for (const c of chunks) {
    buf.push(c);
    length += c.length;
    if (length >= size) {
      yield buf.join("");
      buf = [];
      length = 0;
    }
  }
  if (length > 0) yield buf.join("");
}
