/**
 * The research workspace for the components that show or change it: the open session (menu,
 * notes, verdicts, pins) and documents being added. Every consumer renders nothing without a
 * provider, so the viewer also runs without sessions (e.g. in benchmarks).
 */
import { createContext, useContext } from "react";
import type { IngestState } from "../../ingest/useIngest";
import type { SessionController } from "../useSessionController";

export interface IngestHandle {
  state: IngestState;
  add: (files: File[]) => void;
  cancel: () => void;
  dismiss: () => void;
}

export interface Research {
  session: SessionController;
  ingest: IngestHandle;
  /** Edges brought or strengthened by the last added documents (drawn highlighted). */
  highlight: string[];
  /** Claims taken out by rejections. */
  rejectedClaims: number;
}

export const ResearchContext = createContext<Research | null>(null);

export function useResearch(): Research | null {
  return useContext(ResearchContext);
}

export function useSession(): SessionController | null {
  return useContext(ResearchContext)?.session ?? null;
}
