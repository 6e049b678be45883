/**
 * Runs tasks on N worker threads (or in this thread when N is 1) and hands the results back in
 * task order, with at most 2·N tasks in flight, so the output does not depend on N and memory does
 * not grow with the input.
 */
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { runTask, type Task, type TaskResult } from "./extract-one";

/**
 * Starts one worker on worker.ts (or worker.js once compiled). From TypeScript sources (tsx), the
 * worker first registers tsx's loader, which a worker thread does not inherit.
 */
function startWorker(): Worker {
  const url = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  if (!url.pathname.endsWith(".ts")) return new Worker(url);
  const api = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true });
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class TaskPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: Task; resolve: (r: TaskResult) => void }[] = [];
  private readonly callbacks = new Map<number, (r: TaskResult) => void>();
  private failure: Error | null = null;
  private closing = false;

  constructor(readonly jobs: number) {
    if (jobs <= 1) return;
    for (let i = 0; i < jobs; i++) {
      const worker = startWorker();
      const slot: Slot = { worker, busy: false };
      worker.on("message", (r: TaskResult) => {
        slot.busy = false;
        this.callbacks.get(r.seq)?.(r);
        this.callbacks.delete(r.seq);
        this.dispatch();
      });
      worker.on("error", (err) => this.fail(err));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a worker thread exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** A worker died: every task not yet done fails with the reason (the run reports and goes on). */
  private fail(err: Error): void {
    this.failure ??= err;
    const reason = `worker failed: ${this.failure.message}`;
    for (const [seq, cb] of this.callbacks) cb({ seq, ok: false, id: `document #${seq + 1}`, reason });
    this.callbacks.clear();
    for (const w of this.waiting.splice(0)) w.resolve({ seq: w.task.seq, ok: false, id: w.task.file.id, reason });
  }

  run(task: Task): Promise<TaskResult> {
    if (this.jobs <= 1) return Promise.resolve(runTask(task));
    if (this.failure)
      return Promise.resolve({
        seq: task.seq,
        ok: false,
        id: task.file.id,
        reason: `worker failed: ${this.failure.message}`,
      });
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.waiting.shift();
      if (!next) return;
      slot.busy = true;
      this.callbacks.set(next.task.seq, next.resolve);
      const bytes = next.task.file.bytes;
      slot.worker.postMessage(
        next.task,
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [],
      );
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Maps `items` through the pool, yielding results in input order with a bounded window. */
export async function* ordered<T>(
  pool: TaskPool,
  items: AsyncIterable<T>,
  toTask: (item: T) => Task | null,
  onOther: (item: T) => void,
): AsyncGenerator<TaskResult> {
  const window: Promise<TaskResult>[] = [];
  const limit = Math.max(1, pool.jobs * 2);
  for await (const item of items) {
    const task = toTask(item);
    if (!task) {
      onOther(item);
      continue;
    }
    window.push(pool.run(task));
    while (window.length >= limit) yield await (window.shift() as Promise<TaskResult>);
  }
  while (window.length > 0) yield await (window.shift() as Promise<TaskResult>);
}
