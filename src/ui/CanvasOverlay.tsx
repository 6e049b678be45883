/** Counts and layout status drawn over the canvas corner. Fixed-width numbers: no jumps while brushing. */
import type { FullGraph } from "../data/types";
import type { Era, VisibleGraph } from "../filters/types";
import type { LayoutStatus } from "../layout/useForceAtlas2";
import { fmt } from "./common/format";

export function CanvasOverlay({
  full,
  visible,
  era,
  layout,
}: {
  full: FullGraph;
  visible: VisibleGraph;
  era: Era | null;
  layout: LayoutStatus;
}) {
  const t = visible.totals;
  return (
    <>
      <div className="canvas-counts" data-testid="counts">
        <div className="era-label" data-testid="era-label">
          {era ? (era.from === era.to ? era.from : `${era.from} – ${era.to}`) : "All time"}
        </div>
        <div>
          <b className="num" data-testid="count-nodes">
            {fmt(t.nodes)}
          </b>{" "}
          nodes ·{" "}
          <b className="num" data-testid="count-active">
            {fmt(t.activeNodes)}
          </b>{" "}
          with relations
        </div>
        <div>
          <b className="num" data-testid="count-edges">
            {fmt(t.edges)}
          </b>{" "}
          of{" "}
          <span className="num" data-testid="count-edges-total">
            {fmt(full.edges.keys.length)}
          </span>{" "}
          edges
          {t.excluded > 0 && (
            <>
              {" "}
              ·{" "}
              <span className="num" data-testid="count-excluded">
                {fmt(t.excluded)}
              </span>{" "}
              excluded
            </>
          )}
        </div>
      </div>
      {layout.running && (
        <div className="layout-status" role="status" data-testid="layout-status">
          <span className="pulse" aria-hidden="true" /> Laying out… <span className="num">{layout.iterations}</span>
        </div>
      )}
    </>
  );
}
