/**
 * The graph canvas: <SigmaContainer> with renderless controllers. Sigma is created once per render
 * graph (the settings object is a module constant); everything else flows through controllers.
 */
import { SigmaContainer } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useCallback, useRef, useState } from "react";
import { useForceAtlas2 } from "../layout/useForceAtlas2";
import type { Selection } from "../state/types";
import { AppearanceController } from "./AppearanceController";
import { CameraController } from "./CameraController";
import { DebugController, type FocusLog } from "./DebugController";
import { EventsController } from "./EventsController";
import type { Focus } from "./focus";
import { LayoutController } from "./LayoutController";
import { RebakeController } from "./RebakeController";
import { SIGMA_SETTINGS } from "./settings";
import type { GraphViewProps } from "./types";
import { VisibilityController } from "./VisibilityController";
import { ZoomControls } from "./ZoomControls";

export function GraphView(props: GraphViewProps) {
  const { full, render, visible, selection } = props;
  const [hovered, setHovered] = useState<string | null>(null);
  const fa2 = useForceAtlas2(render.graph, props.onLayoutStatus);
  // Selections made by clicking the canvas are already in view: the camera does not chase them.
  const canvasSelection = useRef<Selection | null>(null);
  const focusLog = useRef<FocusLog>({ builds: 0, focus: null });
  const onFocus = useCallback((focus: Focus | null) => {
    focusLog.current.builds++;
    focusLog.current.focus = focus;
  }, []);
  return (
    <SigmaContainer className="graph-canvas" graph={render.graph} settings={SIGMA_SETTINGS}>
      <VisibilityController full={full} render={render} visible={visible} />
      <RebakeController full={full} render={render} lang={props.lang} thickness={props.thickness} />
      <AppearanceController
        render={render}
        visible={visible}
        hovered={hovered}
        selection={selection}
        onFocus={onFocus}
      />
      <EventsController
        render={render}
        onHover={setHovered}
        onSelect={props.onSelect}
        canvasSelection={canvasSelection}
      />
      <LayoutController
        fa2={fa2}
        render={render}
        layout={props.layout}
        geo={props.geo}
        positionsFromFile={props.positionsFromFile}
        layoutRun={props.layoutRun}
      />
      <CameraController
        render={render}
        initialCamera={props.initialCamera}
        selection={selection}
        canvasSelection={canvasSelection}
        layoutRunning={props.layoutRunning}
        onCamera={props.onCamera}
      />
      <DebugController
        render={render}
        visible={visible}
        selection={selection}
        layoutRunning={fa2.isRunning}
        focusLog={focusLog}
      />
      {props.children}
      <ZoomControls />
    </SigmaContainer>
  );
}
