/** Zoom in / out / fit buttons over the canvas. */
import { useCamera } from "@react-sigma/core";

export function ZoomControls() {
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 250, factor: 1.6 });
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => zoomIn()} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoomOut()} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={() => reset()} aria-label="Fit graph" title="Fit graph">
        ⤢
      </button>
    </div>
  );
}
