/**
 * The research controls, grouped by where the viewer places them: top-bar buttons, messages over
 * the canvas, and renderless controllers under <SigmaContainer>. Each renders nothing without the
 * workspace provider.
 */
import { useCallback, type RefObject } from "react";
import type Sigma from "sigma";
import { SigmaBridge } from "../../export/ui/SigmaBridge";
import { AddDocumentsButton } from "../../ingest/ui/AddDocumentsButton";
import { DropZone } from "../../ingest/ui/DropZone";
import { HighlightController } from "../../ingest/ui/HighlightController";
import { IngestPanel, type EdgeLabel } from "../../ingest/ui/IngestPanel";
import type { RenderGraph } from "../../render/types";
import { setPinned } from "../model";
import { useResearch } from "./context";
import { DragController } from "./DragController";
import { PinController } from "./PinController";
import { SessionToast, StorageBanner } from "./SessionAlerts";
import { SessionMenu } from "./SessionMenu";

/** Top bar: the session menu and "Add documents". */
export function ResearchButtons() {
  const r = useResearch();
  if (!r) return null;
  return (
    <>
      <SessionMenu />
      <AddDocumentsButton onFiles={r.ingest.add} busy={r.ingest.state.status === "running"} />
    </>
  );
}

/** Over the canvas: storage errors, notices, document progress and results, the drop target. */
export function ResearchOverlay(props: {
  describe: (edgeKey: string) => EdgeLabel | null;
  onSelectEdge: (key: string) => void;
}) {
  const r = useResearch();
  if (!r) return null;
  return (
    <>
      <div className="research-stack">
        <StorageBanner />
        <SessionToast />
      </div>
      <IngestPanel
        state={r.ingest.state}
        describe={props.describe}
        onSelectEdge={props.onSelectEdge}
        onCancel={r.ingest.cancel}
        onDismiss={r.ingest.dismiss}
      />
      <DropZone onFiles={r.ingest.add} busy={r.ingest.state.status === "running"} />
    </>
  );
}

/**
 * Under <SigmaContainer>: the sigma handle for picture exports, pins, dragging nodes (which pins
 * them) and highlighted new edges. `canDrag`: force layout shown and not running.
 */
export function ResearchControllers(props: {
  render: RenderGraph;
  sigmaRef: RefObject<Sigma | null>;
  canDrag: boolean;
}) {
  const r = useResearch();
  const update = r?.session.update;
  const touch = r?.session.touch;
  const onDrop = useCallback(
    (node: string) => {
      update?.((s, now) => setPinned(s, node, true, now));
      touch?.();
    },
    [update, touch],
  );
  return (
    <>
      <SigmaBridge sigmaRef={props.sigmaRef} />
      {r && <PinController render={props.render} pinned={r.session.session.pinned} />}
      {r && <DragController render={props.render} enabled={props.canDrag} onDrop={onDrop} />}
      {r && <HighlightController render={props.render} edges={r.highlight} />}
    </>
  );
}
