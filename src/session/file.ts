/**
 * Session files: a session exported to JSON (`*.entente-session.json`) and read back, validated
 * against the session schema with a message naming the first problem and where. Importing never
 * overwrites: a session whose id is taken gets a new id, and one whose name is taken a new name.
 *
 * @example
 * const file = toSessionFile(session, VERSION, new Date().toISOString());
 * const back = readSessionFile(JSON.stringify(file), "a.entente-session.json");
 */
import { SessionFileError } from "./errors";
import { importName } from "./naming";
import { SESSION_FILE_KIND, SESSION_FILE_VERSION, SessionFileSchema, type Session, type SessionFile } from "./schema";

export const SESSION_FILE_SUFFIX = ".entente-session.json";

/** Wraps a session for export. */
export function toSessionFile(session: Session, version: string, now: string): SessionFile {
  return {
    kind: SESSION_FILE_KIND,
    version: SESSION_FILE_VERSION,
    exported: now,
    generator: { name: "entente", version },
    session,
  };
}

/** A file name for the session: its name, made safe for every file system. */
export function sessionFileName(session: Pick<Session, "name">): string {
  const base =
    session.name
      .normalize("NFKC")
      .replace(/[\\/:*?"<>|]+/g, " ")
      .split("")
      .map((c) => (c.charCodeAt(0) < 32 ? " " : c))
      .join("")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 80) || "session";
  return `${base}${SESSION_FILE_SUFFIX}`;
}

/** Parses and validates a session file's text; throws `SessionFileError` saying what is wrong. */
export function readSessionFile(text: string, fileName: string): Session {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new SessionFileError(`${fileName} is not a session file: it is not JSON (${why}).`, fileName, "(root)");
  }
  if (typeof data === "object" && data !== null && "nodes" in data && "edges" in data) {
    throw new SessionFileError(
      `${fileName} is a graph file, not a session. Open graphs with the viewer's ?graph= link; import sessions exported with “Export session”.`,
      fileName,
      "(root)",
    );
  }
  const r = SessionFileSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path.map(String).join(".") || "(root)";
    throw new SessionFileError(
      `${fileName} is not a valid session file: at ${path}, ${issue.message}.`,
      fileName,
      path,
    );
  }
  return r.data.session;
}

/** What an import does to a session so that nothing existing is overwritten. */
export interface ImportPlan {
  session: Session;
  /** The name the file had, when the session had to be renamed. */
  renamedFrom: string | null;
}

/** Gives an incoming session a fresh id and a free name. */
export function planImport(
  incoming: Session,
  existing: { id: string; name: string }[],
  newId: string,
  now: string,
): ImportPlan {
  const taken = existing.map((s) => s.name);
  const name = importName(incoming.name, taken);
  const id = existing.some((s) => s.id === incoming.id) ? newId : incoming.id;
  return {
    session: { ...incoming, id, name, updated: now },
    renamedFrom: name === incoming.name.trim() ? null : incoming.name,
  };
}
