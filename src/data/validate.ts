/**
 * Schema validation of graph text, in a Web Worker when available (so it never blocks the page),
 * inline otherwise. Resolves with the typed error, or null when valid.
 *
 * @example
 * const error = await validateGraphText(text, "graph.json");
 */
import { GraphSchemaError, parseGraphJson } from "../../extract/schema/graph";
import { GraphParseError } from "./errors";

export type ValidationReply =
  { ok: true } | { ok: false; name: "GraphSchemaError" | "GraphParseError"; message: string; path: string };

function toError(reply: ValidationReply, url: string): Error | null {
  if (reply.ok) return null;
  if (reply.name === "GraphSchemaError") return new GraphSchemaError(reply.message, reply.path);
  return new GraphParseError(`${url} is not valid JSON (${reply.message}). Re-run \`npm run build:graph\`.`, url);
}

function validateInline(text: string, url: string): Error | null {
  try {
    const r = parseGraphJson(JSON.parse(text));
    return r.ok ? null : r.error;
  } catch (e) {
    return toError(
      { ok: false, name: "GraphParseError", message: e instanceof Error ? e.message : String(e), path: "" },
      url,
    );
  }
}

export function validateGraphText(text: string, url: string): Promise<Error | null> {
  if (typeof Worker === "undefined") return Promise.resolve(validateInline(text, url));
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./validate.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<ValidationReply>) => {
      worker.terminate();
      resolve(toError(e.data, url));
    };
    worker.onerror = () => {
      // The worker could not start (e.g. blocked by a CSP): validate here instead.
      worker.terminate();
      resolve(validateInline(text, url));
    };
    worker.postMessage(text);
  });
}
