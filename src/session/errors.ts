/**
 * Typed session errors. Each message says what happened and the way out; the UI shows `message`
 * as is and offers "Export session" next to every storage error, since nothing is lost while the
 * session is still open.
 */

export type StorageFailure = "quota" | "unavailable" | "blocked" | "unknown";

const EXPORT_HINT = "Your work is still open in this tab: export the session to a file now to keep it.";

const MESSAGES: Record<StorageFailure, string> = {
  quota: `The browser's storage for this site is full, so the session was not saved. ${EXPORT_HINT} Then delete old sessions or free disk space and save again.`,
  unavailable: `This browser does not let the viewer store sessions (private browsing, or site storage is turned off). ${EXPORT_HINT}`,
  blocked: `The session database is held by another Entente tab that uses an older version. ${EXPORT_HINT} Then close the other Entente tabs and reload.`,
  unknown: `The session could not be saved. ${EXPORT_HINT}`,
};

/** Saving or reading sessions in IndexedDB failed. `kind` says why; earlier saves are intact. */
export class SessionStorageError extends Error {
  override name = "SessionStorageError";
  constructor(
    readonly kind: StorageFailure,
    readonly detail: string,
  ) {
    super(MESSAGES[kind]);
  }
}

/** A session file that is not JSON or does not match the session schema. */
export class SessionFileError extends Error {
  override name = "SessionFileError";
  constructor(
    message: string,
    readonly file: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** Maps a DOMException (or anything thrown by IndexedDB) to a SessionStorageError. */
export function storageError(err: unknown): SessionStorageError {
  if (err instanceof SessionStorageError) return err;
  const name = err instanceof Error || err instanceof DOMException ? err.name : "";
  const detail = err instanceof Error || err instanceof DOMException ? `${err.name}: ${err.message}` : String(err);
  if (name === "QuotaExceededError" || /quota/i.test(detail)) return new SessionStorageError("quota", detail);
  if (name === "SecurityError" || name === "InvalidStateError" || name === "NotAllowedError" || name === "UnknownError")
    return new SessionStorageError("unavailable", detail);
  return new SessionStorageError("unknown", detail);
}
