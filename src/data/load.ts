/**
 * Fetches, parses, validates and indexes a graph file. Validation (zod, the contract in
 * extract/schema/graph.ts) runs in a worker while this thread parses, indexes and prepares the
 * same text, so it costs no time on the way to the first frame. The prepared value comes back with
 * `validation`, which settles to the typed error (or null) — callers show that error in place of
 * the view. If the text cannot even be indexed, the validator's error is thrown instead.
 *
 * @example
 * const { value, validation } = await loadGraph("graph.json", undefined, (full) => full);
 * const error = await validation; // GraphSchemaError naming the first problem, or null
 */
import type { GraphJson } from "../../extract/schema/graph";
import { buildFullGraph } from "./build";
import { GraphBuildError, GraphFetchError, GraphParseError } from "./errors";
import type { FullGraph } from "./types";
import { validateGraphText, warmValidator } from "./validate";

export interface Loaded<T> {
  value: T;
  /** Settles to the schema error naming the first problem, or null when the file is valid. */
  validation: Promise<Error | null>;
}

/**
 * Parses graph text (already fetched) into a FullGraph and runs `prepare` on it while the validator
 * works. Throws typed errors when the text is not JSON or cannot be indexed.
 */
export async function parseGraphText<T = FullGraph>(
  text: string,
  url: string,
  prepare?: (full: FullGraph) => T,
): Promise<Loaded<T>> {
  const validation = validateGraphText(text, url);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new GraphParseError(`${url} is not valid JSON (${why}). Re-run \`npm run build:graph\`.`, url);
  }
  performance.mark("entente:parsed");
  let result: { value: T } | null = null;
  let buildError: unknown = null;
  try {
    // Indexing trusts the shape; if the shape is wrong the validator explains why.
    const full = buildFullGraph(data as GraphJson);
    result = { value: prepare ? prepare(full) : (full as T) };
  } catch (e) {
    buildError = e;
  }
  performance.mark("entente:prepared");
  if (result) return { value: result.value, validation };
  // Not indexable: the validator says why (or, if it finds nothing, the indexing error stands).
  const invalid = await validation;
  throw (
    invalid ??
    (buildError instanceof GraphBuildError
      ? buildError
      : new GraphBuildError(`${url} could not be drawn: ${String(buildError)}`))
  );
}

/** Like parseGraphText, but also waits for validation and throws its error: for callers that need both. */
export async function parseValidGraphText<T = FullGraph>(
  text: string,
  url: string,
  prepare?: (full: FullGraph) => T,
): Promise<T> {
  const loaded = await parseGraphText(text, url, prepare);
  const invalid = await loaded.validation;
  if (invalid) throw invalid;
  return loaded.value;
}

/** Fetches `url` relative to the page and returns the indexed (and prepared) graph, with its validation. */
export async function loadGraph<T = FullGraph>(
  url: string,
  signal?: AbortSignal,
  prepare?: (full: FullGraph) => T,
): Promise<Loaded<T>> {
  warmValidator();
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new GraphFetchError(`Could not fetch ${url} (${why}). Is the viewer served over HTTP?`, url, null);
  }
  if (!res.ok) {
    const hint = res.status === 404 ? " Build it with `npm run build:graph`." : "";
    throw new GraphFetchError(`Could not fetch ${url}: HTTP ${res.status}.${hint}`, url, res.status);
  }
  return parseGraphText(await res.text(), url, prepare);
}
