/**
 * Bytes → text. Finds the format from the file extension and the charset from the bytes: BOM, then
 * UTF-16 by its NUL pattern, then strict UTF-8, then chardet among GB18030 and Big5 (and a
 * Latin-1 fallback for stray bytes in English files). Never assumes UTF-8: the People's Daily 1998
 * corpus is GBK. Decoding uses `TextDecoder` only, so this runs in Node and in a Web Worker.
 *
 * @example
 * const doc = decodeSource({ id: "a.txt", bytes });
 * doc.charset; // "GB18030"
 */
import { analyse } from "chardet";
import type { DecodedDocument, SourceFile, SourceFormat } from "../types";
import { BinaryFileError, DecodeError, EmptyFileError, UnsupportedFormatError } from "./errors";
import { isJsSpace } from "./whitespace";

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: "txt",
  text: "txt",
  html: "html",
  htm: "html",
  xhtml: "html",
  md: "md",
  markdown: "md",
};

/** How many leading bytes the sniffing looks at. */
const SAMPLE = 64 * 1024;

/** The extension of a document id, lower-cased, without the dot ("" when none). */
export function extensionOf(id: string): string {
  const name = id.slice(id.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** The format a document id's extension names; throws `UnsupportedFormatError` otherwise. */
export function formatFromExtension(id: string): SourceFormat {
  const ext = extensionOf(id);
  const format = EXTENSIONS[ext];
  if (!format) throw new UnsupportedFormatError(id, ext ? `.${ext}` : "");
  return format;
}

const HTML_TAG =
  /<\/?(?:p|div|br|span|a|img|h[1-6]|li|ul|ol|table|tr|td|center|strong|em|b|section|article|hr)\b[^<>]*>/gi;
const MD_LINK = /\]\([^)\s]+\)/g;
const MD_HEADING = /^#{1,6}[ \t]+\S/gm;

function countMatches(re: RegExp, text: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

/**
 * Refines the format of a `.txt` file whose content is markup: pages saved as text are often
 * markdown with inline HTML (or plain HTML). Other formats are returned unchanged.
 */
export function sniffFormat(text: string, format: SourceFormat): SourceFormat {
  if (format !== "txt") return format;
  const head = text.slice(0, SAMPLE);
  if (/^\s*<(?:!doctype\s+html|html[\s>])/i.test(head)) return "html";
  const tags = countMatches(HTML_TAG, head, 4);
  const links = countMatches(MD_LINK, head, 3);
  const headings = countMatches(MD_HEADING, head, 2);
  if (tags >= 4 || links >= 2 || (headings >= 1 && (tags >= 2 || links >= 1))) return "md";
  return "txt";
}

type Utf16 = "UTF-16LE" | "UTF-16BE";

/** UTF-16 without BOM: NUL bytes nearly all on one side of each code unit. */
function utf16ByNuls(bytes: Uint8Array, n: number, counts: SampleCounts): { nuls: number; guess: Utf16 | null } {
  const { even, odd } = counts;
  const nuls = even + odd;
  if (nuls === 0) return { nuls, guess: null };
  if (nuls >= 2 && (bytes.length % 2 === 0 || bytes.length > n)) {
    if (odd >= nuls * 0.95) return { nuls, guess: "UTF-16LE" };
    if (even >= nuls * 0.95) return { nuls, guess: "UTF-16BE" };
  }
  return { nuls, guess: null };
}

/** Share of code units that are common in Chinese or ASCII text (for UTF-16 without NULs). */
function textLikeShare(text: string): number {
  const n = Math.min(text.length, 4096);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff01 && c <= 0xff5e) ||
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x2014 ||
      c === 0x201c ||
      c === 0x201d
    )
      good++;
  }
  return good / n;
}

/** Strict decoders by label, made once (a fatal TextDecoder keeps no state between calls). */
const decoders = new Map<string, TextDecoder>();

function tryDecode(label: string, bytes: Uint8Array): string | null {
  let d = decoders.get(label);
  if (!d) {
    d = new TextDecoder(label, { fatal: true });
    decoders.set(label, d);
  }
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** Control bytes other than tab, LF, VT, FF, CR and ESC, in the sample. */
function controlShare(n: number, counts: SampleCounts): number {
  return n ? counts.ctl / n : 0;
}

/** What the sniffing counts in the first n bytes, in one pass. */
interface SampleCounts {
  /** NUL bytes at even and odd offsets. */
  even: number;
  odd: number;
  /** Control bytes other than tab, LF, VT, FF, CR and ESC (NULs included). */
  ctl: number;
}

function countSample(bytes: Uint8Array, n: number): SampleCounts {
  let even = 0;
  let odd = 0;
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b >= 0x20) continue;
    if (b === 0) {
      if (i & 1) odd++;
      else even++;
    }
    if (b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ctl++;
  }
  return { even, odd, ctl };
}

/** chardet names → TextDecoder labels, for the charsets this stage accepts. */
const CHARDET_LABELS: Record<string, { label: string; charset: string }> = {
  GB18030: { label: "gb18030", charset: "GB18030" },
  GBK: { label: "gb18030", charset: "GB18030" },
  GB2312: { label: "gb18030", charset: "GB18030" },
  Big5: { label: "big5", charset: "Big5" },
  "UTF-16LE": { label: "utf-16le", charset: "UTF-16LE" },
  "UTF-16BE": { label: "utf-16be", charset: "UTF-16BE" },
  "ISO-8859-1": { label: "windows-1252", charset: "windows-1252" },
  "windows-1252": { label: "windows-1252", charset: "windows-1252" },
};

/** Share of ASCII bytes; a Latin-1 guess is accepted only for nearly-ASCII files. */
function asciiShare(bytes: Uint8Array, n: number): number {
  let a = 0;
  for (let i = 0; i < n; i++) if (bytes[i] < 0x80) a++;
  return n ? a / n : 1;
}

/** `text.trim() === ""`, without building the trimmed string. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isJsSpace(c)) return false;
  }
  return true;
}

/**
 * Detects the charset of `bytes` and decodes them. Returns the text (CRLF and CR folded to LF, BOM
 * removed) and the charset name. Throws `EmptyFileError`, `BinaryFileError` or `DecodeError`.
 */
export function decodeBytes(id: string, bytes: Uint8Array): { text: string; charset: string } {
  if (bytes.length === 0) throw new EmptyFileError(id);
  const n = Math.min(bytes.length, SAMPLE);
  let sample: SampleCounts | null = null;
  const counts = (): SampleCounts => (sample ??= countSample(bytes, n));
  let result: { text: string; charset: string } | null = null;

  // 1. Byte-order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const t = tryDecode("utf-8", bytes);
    if (t === null) throw new DecodeError(id, "UTF-8 byte-order mark but invalid UTF-8");
    result = { text: t, charset: "UTF-8" };
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = tryDecode("utf-16le", bytes);
    if (t === null) throw new DecodeError(id, "UTF-16LE byte-order mark but invalid UTF-16");
    result = { text: t, charset: "UTF-16LE" };
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = tryDecode("utf-16be", bytes);
    if (t === null) throw new DecodeError(id, "UTF-16BE byte-order mark but invalid UTF-16");
    result = { text: t, charset: "UTF-16BE" };
  }

  if (!result) {
    // 2. UTF-16 without BOM, by its NUL pattern; NULs otherwise mean binary.
    const { nuls, guess } = utf16ByNuls(bytes, n, counts());
    if (guess) {
      const t = tryDecode(guess === "UTF-16LE" ? "utf-16le" : "utf-16be", bytes);
      if (t === null || textLikeShare(t) < 0.8) {
        throw new BinaryFileError(id, `${nuls} NUL bytes in the first ${n} bytes and not valid ${guess} text`);
      }
      result = { text: t, charset: guess };
    } else if (nuls > 0) {
      throw new BinaryFileError(id, `${nuls} NUL byte${nuls === 1 ? "" : "s"} in the first ${n} bytes`);
    }
  }

  if (!result) {
    // 3. Valid UTF-8 (this includes plain ASCII), unless it is mostly control characters.
    const utf8 = tryDecode("utf-8", bytes);
    if (utf8 !== null && controlShare(n, counts()) <= 0.05) result = { text: utf8, charset: "UTF-8" };
  }

  if (!result) {
    // 4. UTF-16 of pure CJK text has no NULs: accept it when it decodes to text-like code units.
    if (bytes.length % 2 === 0) {
      for (const [label, charset] of [
        ["utf-16le", "UTF-16LE"],
        ["utf-16be", "UTF-16BE"],
      ] as const) {
        const t = tryDecode(label, bytes);
        if (t !== null && textLikeShare(t) >= 0.97) {
          result = { text: t, charset };
          break;
        }
      }
    }
  }

  if (!result) {
    const ctl = controlShare(n, counts());
    if (ctl > 0.05) throw new BinaryFileError(id, `${Math.round(ctl * 100)}% control characters`);
  }

  if (!result) {
    // 5. chardet's ranking among the charsets we accept; the first that decodes strictly wins.
    const sample = bytes.length > n ? bytes.subarray(0, n) : bytes;
    const ranked = analyse(sample)
      .map((m) => CHARDET_LABELS[m.name])
      .filter((x): x is { label: string; charset: string } => x !== undefined);
    const order = [...ranked, CHARDET_LABELS.GB18030, CHARDET_LABELS.Big5];
    const seen = new Set<string>();
    for (const cand of order) {
      if (seen.has(cand.charset)) continue;
      seen.add(cand.charset);
      if (cand.charset === "windows-1252" && asciiShare(bytes, n) < 0.95) continue;
      if (cand.charset.startsWith("UTF-16")) continue;
      const t = tryDecode(cand.label, bytes);
      if (t !== null) {
        result = { text: t, charset: cand.charset };
        break;
      }
    }
  }

  if (!result) throw new DecodeError(id, "not valid UTF-8, UTF-16, GB18030 or Big5");
  let text = result.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  if (isBlank(text)) throw new EmptyFileError(id);
  return { text, charset: result.charset };
}

/**
 * Decodes one source file: format from the extension (a `.txt` file whose content is markup is
 * treated as markdown-with-HTML or HTML), charset from the bytes.
 *
 * @throws UnsupportedFormatError, EmptyFileError, BinaryFileError, DecodeError (all `ExtractError`)
 */
export function decodeSource(file: SourceFile): DecodedDocument {
  const format = formatFromExtension(file.id);
  const { text, charset } = decodeBytes(file.id, file.bytes);
  return {
    id: file.id,
    format: sniffFormat(text, format),
    charset,
    raw: text,
    ...(file.published !== undefined ? { published: file.published } : {}),
  };
}
