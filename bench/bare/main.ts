/**
 * Bare sigma: the baseline for bench/viewer.bench.ts. It fetches the same graph file, imports it
 * into graphology and draws it with default sigma settings — no validation, no UI, no filters.
 * `window.__bare` exposes what the bench measures.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";

interface Bare {
  renders: number;
  lastRenderMs: number;
  lastRenderAt: number;
  /** Hides edges outside [from, to] the straightforward way (string years, one batched update). */
  setEra(from: number, to: number): void;
  animateCamera(state: { ratio?: number; x?: number; y?: number }, duration: number): Promise<void>;
}

declare global {
  interface Window {
    __bare?: Bare;
  }
}

const url = new URLSearchParams(location.search).get("graph") ?? "graph.json";
const res = await fetch(url);
const json = (await res.json()) as SerializedGraph;
const graph = new Graph({ multi: true, type: "mixed", allowSelfLoops: true });
graph.import(json);
graph.updateEachNodeAttributes((_k, a) => ({ ...a, size: a.size ?? 3, color: a.color ?? "#2b4c7e" }));
const sigma = new Sigma(graph, document.getElementById("graph")!);
let started = 0;
const bare: Bare = {
  renders: 0,
  lastRenderMs: 0,
  lastRenderAt: 0,
  setEra(from, to) {
    graph.updateEachEdgeAttributes(
      (_e, a) => {
        const s = a.start ? Number(String(a.start).slice(0, 4)) : -Infinity;
        const e = a.end ? Number(String(a.end).slice(0, 4)) : Infinity;
        a.hidden = !(s <= to && e >= from);
        return a;
      },
      { attributes: ["hidden"] },
    );
  },
  animateCamera: (state, duration) =>
    new Promise((ok) => sigma.getCamera().animate(state, { duration: Math.max(1, duration) }, () => ok())),
};
sigma.on("beforeRender", () => (started = performance.now()));
sigma.on("afterRender", () => {
  bare.renders++;
  bare.lastRenderAt = performance.now();
  bare.lastRenderMs = bare.lastRenderAt - started;
  if (bare.renders === 1) performance.mark("bare:first-render");
});
// The constructor rendered synchronously, before the listeners existed.
performance.mark("bare:first-render");
bare.renders = 1;
window.__bare = bare;
