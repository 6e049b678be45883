/**
 * Session names that never collide: an imported session whose name is taken becomes
 * "Name (imported)", then "Name (imported 2)"…; a duplicate becomes "Name (copy)", "Name (copy 2)"….
 * Names are compared trimmed and case-insensitively, as the analyst reads them.
 *
 * @example
 * importName("Cold War", ["Cold War"]) // "Cold War (imported)"
 */

const SUFFIX = /\s+\((?:imported|copy)(?:\s+\d+)?\)$/i;

function fold(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/** `name`, or `name (<tag>)`, `name (<tag> 2)`… — the first not in `taken`. */
export function freeName(name: string, taken: Iterable<string>, tag: string): string {
  const used = new Set([...taken].map(fold));
  const clean = name.trim() || "Untitled session";
  if (!used.has(fold(clean))) return clean;
  const base = clean.replace(SUFFIX, "") || clean;
  for (let n = 1; ; n++) {
    const candidate = `${base} (${tag}${n === 1 ? "" : ` ${n}`})`;
    if (!used.has(fold(candidate))) return candidate;
  }
}

/** The name an imported session gets. */
export function importName(name: string, taken: Iterable<string>): string {
  return freeName(name, taken, "imported");
}

/** The name of a duplicate of `name` (never `name` itself). */
export function copyName(name: string, taken: Iterable<string>): string {
  return freeName(name, [...taken, name], "copy");
}

/** A default name for a new session: "Session 1", "Session 2"… */
export function defaultName(taken: Iterable<string>): string {
  const used = new Set([...taken].map(fold));
  for (let n = 1; ; n++) if (!used.has(`session ${n}`)) return `Session ${n}`;
}
