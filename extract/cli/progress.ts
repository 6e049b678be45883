/**
 * Progress of a long run on stderr: documents/s, MB/s, ETA and claims found — a bar redrawn in
 * place on a TTY, a plain line every few seconds otherwise — and a summary line at the end.
 */
import { lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Bytes of the inputs, for the ETA (a stat-only walk; unreadable paths count 0, the real walk reports them). */
export function inputBytes(paths: string[]): number {
  let total = 0;
  const visit = (p: string, depth: number): void => {
    try {
      const st = depth === 0 ? statSync(p) : lstatSync(p);
      if (st.isDirectory() && depth < 64) {
        for (const name of readdirSync(p)) if (!name.startsWith(".")) visit(join(p, name), depth + 1);
      } else if (st.isFile()) total += st.size;
    } catch {
      // reported by the walk itself
    }
  };
  for (const p of paths) if (p !== "-") visit(p, 0);
  return total;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`
    : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

export class Progress {
  private readonly started = Date.now();
  private last = Date.now();
  docs = 0;
  bytes = 0;
  claims = 0;
  skipped = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly totalBytes: number,
    private readonly tty = process.stderr.isTTY === true,
  ) {}

  private line(): string {
    const s = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = this.bytes / s;
    const eta = this.totalBytes > 0 && rate > 0 ? clock(Math.max(0, this.totalBytes - this.bytes) / rate) : "?";
    const of = this.totalBytes > 0 ? `/${mb(this.totalBytes)}` : "";
    return `${this.docs} documents, ${mb(this.bytes)}${of} MB, ${(this.docs / s).toFixed(1)} docs/s, ${mb(rate)} MB/s, ${this.claims} claims, ETA ${eta}`;
  }

  /** Called after each document. */
  tick(bytes: number, claims: number): void {
    this.docs++;
    this.bytes += bytes;
    this.claims += claims;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < (this.tty ? 200 : 5000)) return;
    this.last = now;
    if (this.tty) {
      const width = 24;
      const frac = this.totalBytes > 0 ? Math.min(1, this.bytes / this.totalBytes) : 0;
      const filled = Math.round(frac * width);
      process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.line()}\x1b[K`);
    } else {
      process.stderr.write(`entente: ${this.line()}\n`);
    }
  }

  /** Clears the bar before another message is printed. */
  clear(): void {
    if (this.enabled && this.tty) process.stderr.write("\r\x1b[K");
  }

  /** The summary line (printed unless quiet). */
  summary(what: string): void {
    this.clear();
    if (!this.enabled) return;
    const s = (Date.now() - this.started) / 1000;
    process.stderr.write(
      `entente: ${what}: ${this.docs} documents (${this.skipped} skipped), ${mb(this.bytes)} MB in ${s.toFixed(1)} s (${mb(this.bytes / Math.max(s, 0.001))} MB/s), ${this.claims} claims\n`,
    );
  }
}
