/**
 * Typed errors thrown by the ingest stage. Each names the file and the reason, so the CLI can report
 * "skipped <file>: <reason>" and keep going with the other files.
 */

/** Base class of every error the extraction pipeline throws on purpose. */
export class ExtractError extends Error {
  override name = "ExtractError";
  constructor(
    message: string,
    /** The document id (path relative to the input root). */
    readonly file: string,
  ) {
    super(message);
  }
}

/** The file's extension is not one of .txt, .html/.htm, .md/.markdown. */
export class UnsupportedFormatError extends ExtractError {
  override name = "UnsupportedFormatError";
  constructor(file: string, ext: string) {
    super(
      `${file}: unsupported file type "${ext || "(no extension)"}" (expected .txt, .html, .htm, .md or .markdown)`,
      file,
    );
  }
}

/** The file has no bytes, or only a byte-order mark and whitespace. */
export class EmptyFileError extends ExtractError {
  override name = "EmptyFileError";
  constructor(file: string) {
    super(`${file}: file is empty`, file);
  }
}

/** The bytes are not text (NUL bytes outside UTF-16, or many control characters). */
export class BinaryFileError extends ExtractError {
  override name = "BinaryFileError";
  constructor(
    file: string,
    readonly reason: string,
  ) {
    super(`${file}: looks like a binary file (${reason})`, file);
  }
}

/** No supported charset decodes the bytes. */
export class DecodeError extends ExtractError {
  override name = "DecodeError";
  constructor(
    file: string,
    readonly reason: string,
  ) {
    super(`${file}: cannot decode text (${reason})`, file);
  }
}
