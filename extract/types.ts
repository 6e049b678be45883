/**
 * Types passed between the pipeline stages. Every stage is a pure function of these, so the
 * whole pipeline runs in Node, in a Web Worker and in tests alike.
 *
 * bytes → decode (DecodedDocument) → clean (CleanDocument) → sentences (Sentence[])
 *       → mentions (Mention[]) → claims (ExtractedClaim[]) → graph (GraphJson)
 */
import type { Lang, PartialDate, PublishedSource, StateRelation, TimeSource } from "./schema/graph";

/** One input file as read from disk or dropped in the browser. */
export interface SourceFile {
  /** Path relative to the input root; becomes the document id. */
  id: string;
  bytes: Uint8Array;
  /** A publication date the user supplies (CLI flag or NDJSON field), used when the page has none. */
  published?: string;
}

export type SourceFormat = "txt" | "html" | "md";

export interface DecodedDocument {
  id: string;
  format: SourceFormat;
  /** The charset the bytes were decoded from (e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE"). */
  charset: string;
  /** Decoded text, markup still present for html/md. */
  raw: string;
  published?: string;
}

/** A block of visible text: a paragraph, heading or list item, after markup is stripped. */
export interface Block {
  text: string;
  kind: "heading" | "paragraph" | "item";
}

/** A block the cleaner dropped, with why (kept inspectable for `--debug-dropped`). */
export interface DroppedBlock {
  text: string;
  reason: string;
}

export interface CleanDocument {
  id: string;
  charset: string;
  format: SourceFormat;
  title: string;
  published: PartialDate | null;
  publishedSource: PublishedSource;
  lang: Lang;
  /**
   * The article body as text, blocks joined by "\n". Claim offsets point into this string. The text
   * keeps the document's own characters (Traditional stays Traditional).
   */
  text: string;
  /**
   * Same length as `text`, one code unit per code unit: full-width forms folded to ASCII,
   * Traditional folded to Simplified. Matching runs on this; quotes are cut from `text`.
   */
  norm: string;
  dropped: DroppedBlock[];
}

export interface Sentence {
  /** [start, end) in CleanDocument.text */
  start: number;
  end: number;
  text: string;
}

export type MentionKind = "country" | "leader" | "treaty";

export interface Mention {
  kind: MentionKind;
  /** Node key: country:RUS, leader:vladimir-putin, treaty:sino-russian-secret-treaty. */
  key: string;
  /** For leaders and demonym/metonym forms: the state(s) they stand for. A joint form (中俄) has several. */
  states: string[];
  /** [start, end) in the text that was searched. */
  start: number;
  end: number;
  surface: string;
  /** How the surface form was recognised. */
  via: "name" | "short" | "historical" | "capital" | "demonym" | "joint" | "leader" | "title-pattern" | "treaty";
}

export interface ClaimTime {
  start: PartialDate | null;
  end: PartialDate | null;
  source: TimeSource;
}

export type ClaimStatus = "asserted" | "negated" | "speculative" | "reported" | "question";

export interface ExtractedClaim {
  relation: StateRelation;
  /** country:XXX node keys; for `opposes`, source acts on target. */
  source: string;
  target: string;
  doc: string;
  sentence: Sentence;
  time: ClaimTime;
  status: ClaimStatus;
  trigger: string;
  lang: Lang;
}

/** A leader found in a document, with the state led. */
export interface LeaderFound {
  key: string;
  label: string;
  labelEn?: string;
  names: string[];
  country: string;
  role?: string;
  doc: string;
  sentence: Sentence;
}

/** A treaty found in a document, with its parties. */
export interface TreatyFound {
  key: string;
  label: string;
  labelEn?: string;
  names: string[];
  parties: string[];
  year: number | null;
  doc: string;
  sentence: Sentence;
}

/**
 * What the graph needs of one document's extraction: a DocumentExtraction, or a claims NDJSON
 * record read back by `npm run merge` (no normalised text, no dropped blocks).
 */
export interface GraphInput {
  doc: {
    id: string;
    title: string;
    published: PartialDate | null;
    publishedSource?: PublishedSource;
    lang: Lang;
    charset?: string;
    text?: string;
  };
  claims: ExtractedClaim[];
  leaders: LeaderFound[];
  treaties: TreatyFound[];
  countries: string[];
  /** What the extraction bounded in this document (see DocumentExtraction.notes). */
  notes?: string[];
}

export interface DocumentExtraction {
  doc: CleanDocument;
  claims: ExtractedClaim[];
  leaders: LeaderFound[];
  treaties: TreatyFound[];
  /** Countries mentioned in the body (node keys). */
  countries: string[];
  /** What the extraction bounded in this document (cut sentences, capped mentions), one line each. */
  notes?: string[];
}
