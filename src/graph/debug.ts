/**
 * `window.__entente`: a read-only debug handle for browser tests and benchmarks (visible edge keys,
 * counts, screen positions). It exposes no way to change data.
 */
import type { CameraState } from "sigma/types";
import type { Selection } from "../state/types";

export interface EntenteDebug {
  ready: boolean;
  /** Number of frames sigma has drawn. */
  renders: number;
  /** Duration of sigma's last render (ms). */
  lastRenderMs: number;
  /** performance.now() at the end of the last render. */
  lastRenderAt: number;
  counts(): { nodes: number; activeNodes: number; edges: number; excluded: number };
  visibleEdges(): string[];
  visibleNodes(): string[];
  fadedNodes(): string[];
  /** Viewport position (CSS px, relative to the graph container) of a node. */
  nodeViewport(key: string): { x: number; y: number } | null;
  /** Viewport position of the point at `u` (default 0.5, the midpoint) along a drawn edge. */
  edgeViewport(key: string, u?: number): { x: number; y: number } | null;
  /** The edge a click at viewport (x, y) would select, as the app picks it. */
  edgeAt(x: number, y: number): string | null;
  /** Drawn thickness of an edge (after hover/selection/highlight reducers); 0 if unknown. */
  edgeSize(key: string): number;
  camera(): CameraState;
  /** Animates the view (benchmarks); resolves when the animation ends. */
  animateCamera(state: Partial<CameraState>, duration: number): Promise<void>;
  layoutRunning(): boolean;
  cameraAnimating(): boolean;
  selection(): Selection | null;
  /** Hover/selection emphasis: how many times it was computed, and what it keeps bright. */
  focus(): { builds: number; nodes: string[]; edges: string[] };
}

declare global {
  interface Window {
    __entente?: EntenteDebug;
  }
}
