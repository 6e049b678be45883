/**
 * PNG of the current picture, drawn from sigma's own canvases (`@sigma/export-image` is not
 * installed): sigma renders one frame synchronously, and every layer — edges and nodes (WebGL),
 * labels and hover boxes (2D) — is copied onto one canvas over the background before the browser
 * clears the WebGL buffers. The image has the canvas's device-pixel size.
 *
 * @example
 * const blob = await sigmaToPng(sigma, "#fbfcfd");
 */
import type Sigma from "sigma";

/** Layers that hold no picture (the mouse-capture layer). */
const SKIP = new Set(["mouse"]);

/** Draws every sigma layer onto one canvas. */
export function sigmaToCanvas(sigma: Sigma, background: string): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const layers = Object.entries(sigma.getCanvases()).filter(([id]) => !SKIP.has(id));
  const ref = layers[0]?.[1];
  const w = ref?.width || Math.round(width * (window.devicePixelRatio || 1));
  const h = ref?.height || Math.round(height * (window.devicePixelRatio || 1));
  const out = document.createElement("canvas");
  out.width = w;
  out.height = h;
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw on a canvas, so the picture cannot be exported.");
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, w, h);
  // Render now: the WebGL layers keep their drawing buffer only until this task ends.
  sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
  for (const [, canvas] of layers) ctx.drawImage(canvas, 0, 0, w, h);
  return out;
}

/** The current picture as a PNG blob. */
export function sigmaToPng(sigma: Sigma, background: string): Promise<Blob> {
  const canvas = sigmaToCanvas(sigma, background);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The browser could not encode the PNG."))), "image/png"),
  );
}
