/** The session controller's shared types and helpers: save status, notices, the live view, session URLs. */
import type { CameraView, ViewState } from "../state/types";
import { encodeView } from "../url/state";
import { SESSION_PARAM } from "./boot";
import type { Session } from "./schema";

/** draft: never saved · pending: changes not written yet · saving · saved · error: last save failed. */
export type SaveStatus = "draft" | "pending" | "saving" | "saved" | "error";

export interface SessionNotice {
  kind: "info" | "error";
  text: string;
  /** A session the notice offers to open (after an import). */
  openId?: string;
}

/** What the viewer lends the session at save time. */
export interface LiveView {
  view(): ViewState;
  camera(): CameraView | null;
  /** Force-layout positions, or null when they should not be taken now (geographic layout, layout running). */
  positions(): Session["positions"] | null;
}

export const nowIso = () => new Date().toISOString();

/** The URL that opens a session: its view and camera, its graph, and its id. */
export function sessionUrl(s: Session, defaultGraph: string): string {
  const keep: Record<string, string> = s.graph !== defaultGraph ? { graph: s.graph } : {};
  keep[SESSION_PARAM] = s.id;
  return `${window.location.pathname}?${encodeView(s.view, s.camera, keep)}`;
}
