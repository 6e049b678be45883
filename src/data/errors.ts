/**
 * Typed load errors. Every one says what failed and how to fix it; the viewer shows `message`.
 * Schema problems use `GraphSchemaError` from the contract module.
 */
import { GraphSchemaError } from "../../extract/schema/graph";

export { GraphSchemaError };

/** The graph file could not be fetched (network error or HTTP status). */
export class GraphFetchError extends Error {
  override name = "GraphFetchError";
  constructor(
    message: string,
    readonly url: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** The graph file is not JSON. */
export class GraphParseError extends Error {
  override name = "GraphParseError";
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
}

/** The file is valid per schema but cannot be drawn (e.g. duplicate keys graphology refuses). */
export class GraphBuildError extends Error {
  override name = "GraphBuildError";
}

export type GraphLoadError = GraphFetchError | GraphParseError | GraphBuildError | GraphSchemaError;
