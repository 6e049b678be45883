/** One document through the pipeline into a claims record: the unit of work of `--jobs`. */
import { toRecord } from "../graph/record";
import { extractFile } from "../pipeline";
import type { ClaimRecord } from "../schema/claims";
import type { SourceFile } from "../types";

export interface Task {
  seq: number;
  file: SourceFile;
  includeText: boolean;
  debugDropped: boolean;
}

export type TaskResult =
  | { seq: number; ok: true; record: ClaimRecord; dropped: string[] }
  | { seq: number; ok: false; id: string; reason: string };

export function runTask(t: Task): TaskResult {
  try {
    const x = extractFile(t.file);
    const dropped = t.debugDropped
      ? x.doc.dropped.map((d) => `[dropped] ${x.doc.id}: (${d.reason}) ${d.text.slice(0, 160)}`)
      : [];
    return { seq: t.seq, ok: true, record: toRecord(x, t.includeText), dropped };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { seq: t.seq, ok: false, id: t.file.id, reason: e.message };
  }
}
