/**
 * Validates graph text against the contract off the main thread (the viewer starts it once the
 * graph is on screen). Replies `{ ok: true }` or `{ ok: false, name, message, path }`.
 */
import { parseGraphJson } from "../../extract/schema/graph";
import type { ValidationReply } from "./validate";

self.onmessage = (e: MessageEvent<string>) => {
  let reply: ValidationReply;
  try {
    const r = parseGraphJson(JSON.parse(e.data));
    reply = r.ok ? { ok: true } : { ok: false, name: "GraphSchemaError", message: r.error.message, path: r.error.path };
  } catch (err) {
    reply = { ok: false, name: "GraphParseError", message: err instanceof Error ? err.message : String(err), path: "" };
  }
  self.postMessage(reply);
};
