/**
 * The research session model: pure functions from a session to the next one. Notes, verdicts,
 * pins, the saved view and added documents all change here; storage and UI only call these.
 *
 * @example
 * let s = newSession({ id, name: "Cold War", graph: "graph.json", view, camera: null, now });
 * s = setNote(s, { type: "node", key: "country:RUS" }, "check 1969 sources", now);
 * s = setVerdict(s, ref, "rejected", now);
 */
import type { GraphJson } from "../../extract/schema/graph";
import { mergeGraphs, type MergeResult } from "../ingest/merge";
import type { CameraView, ViewState } from "../state/types";
import { claimId, type ClaimRef } from "./claims";
import type { Session, VerdictKind } from "./schema";
import { filterClaims } from "./verdicts";

/** What a note is attached to. */
export interface NoteTarget {
  type: "node" | "edge";
  key: string;
}

/** The key a note is stored under: "node:<key>" or "edge:<key>". */
export function noteKey(target: NoteTarget): string {
  return `${target.type}:${target.key}`;
}

/** Parses a note key back into its target. */
export function noteTarget(key: string): NoteTarget | null {
  const at = key.indexOf(":");
  const type = key.slice(0, at);
  return (type === "node" || type === "edge") && at < key.length - 1 ? { type, key: key.slice(at + 1) } : null;
}

/** A new session holding the current view. */
export function newSession(init: {
  id: string;
  name: string;
  graph: string;
  view: ViewState;
  camera: CameraView | null;
  now: string;
}): Session {
  return {
    id: init.id,
    name: init.name,
    created: init.now,
    updated: init.now,
    graph: init.graph,
    view: init.view,
    camera: init.camera,
    positions: {},
    pinned: [],
    notes: {},
    verdicts: {},
    added: null,
  };
}

/** Sets (or, with blank text, removes) the note on a node or edge. */
export function setNote(s: Session, target: NoteTarget, text: string, now: string): Session {
  const key = noteKey(target);
  const notes = { ...s.notes };
  if (text.trim() === "") {
    if (!(key in notes)) return s;
    delete notes[key];
  } else {
    if (notes[key]?.text === text) return s;
    notes[key] = { text, updated: now };
  }
  return { ...s, notes, updated: now };
}

/** Records a verdict on a claim; `null` restores the claim to no verdict. */
export function setVerdict(s: Session, ref: ClaimRef, verdict: VerdictKind | null, now: string): Session {
  const id = claimId(ref.edge, ref.claim);
  const verdicts = { ...s.verdicts };
  if (verdict === null) {
    if (!(id in verdicts)) return s;
    delete verdicts[id];
  } else {
    if (verdicts[id]?.verdict === verdict) return s;
    verdicts[id] = { verdict, ...ref, at: now };
  }
  return { ...s, verdicts, updated: now };
}

/** The verdict on a claim, if any. */
export function verdictOf(s: Session, edge: string, claim: ClaimRef["claim"]): VerdictKind | null {
  return s.verdicts[claimId(edge, claim)]?.verdict ?? null;
}

/** Pins a node in place (the force layout does not move it), or unpins it. */
export function setPinned(s: Session, key: string, pinned: boolean, now: string): Session {
  const has = s.pinned.includes(key);
  if (has === pinned) return s;
  const next = pinned ? [...s.pinned, key].sort() : s.pinned.filter((k) => k !== key);
  return { ...s, pinned: next, updated: now };
}

/** Stores the view (filters, selection, layout…) and camera. */
export function setView(s: Session, view: ViewState, camera: CameraView | null, now: string): Session {
  if (s.view === view && sameCamera(s.camera, camera)) return s;
  return { ...s, view, camera, updated: now };
}

function sameCamera(a: CameraView | null, b: CameraView | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.ratio === b.ratio);
}

/** Stores node positions (graph coordinates). */
export function setPositions(s: Session, positions: Session["positions"], now: string): Session {
  return { ...s, positions, updated: now };
}

/** An empty graph to merge added documents into. */
function emptyGraph(like: GraphJson): GraphJson {
  return {
    options: like.options,
    attributes: { schemaVersion: like.attributes.schemaVersion, documents: [], excludedClaims: [] },
    nodes: [],
    edges: [],
  };
}

/** Keeps the extraction of documents added in the browser; returns what they brought. */
export function addDocuments(s: Session, extraction: GraphJson, now: string): { session: Session; merge: MergeResult } {
  const merge = mergeGraphs(s.added ?? emptyGraph(extraction), extraction);
  return { session: { ...s, added: merge.graph, updated: now }, merge };
}

/** Removes one added document and the claims it brought (edges left without claims go too). */
export function removeAddedDocument(s: Session, doc: string, now: string): Session {
  if (!s.added || !s.added.attributes.documents.some((d) => d.id === doc)) return s;
  const kept = filterClaims(s.added, (_e, c) => c.doc !== doc).graph;
  const documents = kept.attributes.documents.filter((d) => d.id !== doc);
  if (documents.length === 0) return { ...s, added: null, updated: now };
  const excludedClaims = (kept.attributes.excludedClaims ?? []).filter((c) => c.doc !== doc);
  const used = new Set(kept.edges.flatMap((e) => [e.source, e.target]));
  const nodes = kept.nodes.filter((n) => used.has(n.key));
  return {
    ...s,
    added: { ...kept, attributes: { ...kept.attributes, documents, excludedClaims }, nodes },
    updated: now,
  };
}

/** Counts shown in the session list and panel. */
export interface SessionSummary {
  notes: number;
  confirmed: number;
  rejected: number;
  pinned: number;
  documents: number;
}

export function summarize(s: Session): SessionSummary {
  const verdicts = Object.values(s.verdicts);
  return {
    notes: Object.keys(s.notes).length,
    confirmed: verdicts.filter((v) => v.verdict === "confirmed").length,
    rejected: verdicts.filter((v) => v.verdict === "rejected").length,
    pinned: s.pinned.length,
    documents: s.added?.attributes.documents.length ?? 0,
  };
}
