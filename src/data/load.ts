/**
 * Fetches, parses, validates and indexes a graph file. Validation (zod, the contract in
 * extract/schema/graph.ts) runs in a worker, started by the caller with `validate()` — the viewer
 * starts it right after its first frame, so it costs nothing on the way there — and settles to the
 * typed error naming the first problem (or null); the caller shows that error in place of the
 * view. If the text cannot even be indexed, it is validated at once and that error is thrown.
 *
 * @example
 * const { value, validate } = await loadGraph("graph.json", undefined, (full) => full);
 * const error = await validate(); // GraphSchemaError naming the first problem, or null
 */
import type { GraphJson } from "../../extract/schema/graph";
import { buildFullGraph } from "./build";
import { GraphBuildError, GraphFetchError, GraphParseError } from "./errors";
import type { FullGraph } from "./types";
import { validateGraphText } from "./validate";

export interface Loaded<T> {
  value: T;
  /** Validates the text (once; later calls share the result): the schema error, or null when valid. */
  validate: () => Promise<Error | null>;
}

/**
 * Parses graph text (already fetched) into a FullGraph and runs `prepare` on it; schema validation
 * waits for the caller's `validate()`. Throws typed errors when the text is not JSON or cannot be
 * indexed (then it validates at once, so the error names the first problem).
 */
export async function parseGraphText<T = FullGraph>(
  text: string,
  url: string,
  prepare?: (full: FullGraph) => T,
): Promise<Loaded<T>> {
  let validation: Promise<Error | null> | null = null;
  const validate = () => (validation ??= validateGraphText(text, url));
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
  if (result) return { value: result.value, validate };
  // Not indexable: the validator says why (or, if it finds nothing, the indexing error stands).
  const invalid = await validate();
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
  const invalid = await loaded.validate();
  if (invalid) throw invalid;
  return loaded.value;
}

/** Fetches `url` relative to the page and returns the indexed (and prepared) graph, with its validator. */
export async function loadGraph<T = FullGraph>(
  url: string,
  signal?: AbortSignal,
  prepare?: (full: FullGraph) => T,
): Promise<Loaded<T>> {
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
