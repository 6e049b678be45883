/** The fuzz harness's worker thread: checks each case it is sent (./check.ts) and answers. */
import { parentPort } from "node:worker_threads";
import type { SourceFile } from "../../extract/types";
import { checkCase } from "./check";

parentPort?.on("message", (file: SourceFile) => {
  let problems: string[];
  try {
    problems = checkCase(file);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    problems = [`crash: ${e.name}: ${e.message} ${(e.stack ?? "").split("\n").slice(1, 4).join(" ").trim()}`];
  }
  parentPort?.postMessage(problems);
});
