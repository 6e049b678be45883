/**
 * PNG of the current picture with `@sigma/export-image`: it draws the same graph, settings
 * (reducers included, so hover and selection show as on screen) and camera in a temporary renderer
 * and stacks its layers over the background. The image has the canvas's device-pixel size.
 *
 * @example
 * const blob = await sigmaToPng(sigma, "#fbfcfd");
 */
import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";

/** Sigma's layers that hold the picture (not the mouse-capture layer). */
function pictureLayers(sigma: Sigma): string[] {
  return Object.keys(sigma.getCanvases()).filter((id) => id !== "mouse");
}

/** The current picture as a PNG blob. */
export async function sigmaToPng(sigma: Sigma, background: string): Promise<Blob> {
  try {
    return await toBlob(sigma, { format: "png", backgroundColor: background, layers: pictureLayers(sigma) });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(`The browser could not draw the PNG (${why}).`, { cause: e });
  }
}
