/**
 * A RecordStore on a temporary file: record lines are appended and read back by offset, so the
 * merger keeps only ids and offsets in memory. The file is removed by `close()` (and lives in the
 * OS temporary folder, so a killed run leaves nothing in the user's folders).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RecordStore } from "../graph/merge";

export interface SpoolHandle {
  position: number;
  length: number;
}

export class FileStore implements RecordStore<SpoolHandle> {
  private readonly dir = mkdtempSync(join(tmpdir(), "entente-spool-"));
  private readonly fd = openSync(join(this.dir, "records.ndjson"), "w+");
  private position = 0;

  put(line: string): SpoolHandle {
    const buf = Buffer.from(line, "utf8");
    const handle = { position: this.position, length: buf.length };
    writeSync(this.fd, buf, 0, buf.length, this.position);
    this.position += buf.length;
    return handle;
  }

  get(h: SpoolHandle): string {
    const buf = Buffer.allocUnsafe(h.length);
    readSync(this.fd, buf, 0, h.length, h.position);
    return buf.toString("utf8");
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
