/**
 * Where the CLI writes: stdout, or a file replaced atomically. A file is written to a temporary
 * file in the same folder, flushed to disk and renamed over the target only when complete, so a
 * run that fails or is killed leaves the previous file as it was.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface Output {
  write(text: string): Promise<void>;
  /** Makes the output visible (renames the temporary file over the target). */
  commit(): Promise<void>;
  /** Drops what was written; the target is left untouched. */
  abort(): void;
}

const pending = new Set<string>();
let hooked = false;

/** Temporary files of outputs not yet committed are removed on SIGINT/SIGTERM. */
function removePendingOnSignal(): void {
  if (hooked) return;
  hooked = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const p of pending) {
        try {
          unlinkSync(p);
        } catch {
          // already gone
        }
      }
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
}

export function stdoutOutput(): Output {
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        if (process.stdout.write(text)) resolve();
        else process.stdout.once("drain", resolve).once("error", reject);
      }),
    commit: async () => {},
    abort: () => {},
  };
}

/** Opens `target` for an atomic replace; throws (with the OS reason) when the folder is not writable. */
export function fileOutput(target: string): Output {
  removePendingOnSignal();
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(tmp, "wx", 0o644);
  pending.add(tmp);
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: async (text) => {
      writeSync(fd, text);
    },
    commit: async () => {
      fsyncSync(fd);
      close();
      renameSync(tmp, target);
      pending.delete(tmp);
    },
    abort: () => {
      close();
      try {
        unlinkSync(tmp);
      } catch {
        // never created or already gone
      }
      pending.delete(tmp);
    },
  };
}

export function openOutput(target: string): Output {
  return target === "-" ? stdoutOutput() : fileOutput(target);
}
