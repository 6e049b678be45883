import type { ReactNode } from "react";
import type { Lang } from "../../extract/schema/graph";
import type { FullGraph } from "../data/types";
import type { VisibleGraph } from "../filters/types";
import type { Positions } from "../layout/types";
import type { LayoutStatus } from "../layout/useForceAtlas2";
import type { RenderGraph } from "../render/types";
import type { CameraView, LayoutName, Selection, Thickness } from "../state/types";

/** What the graph view needs from the app. */
export interface GraphViewProps {
  full: FullGraph;
  render: RenderGraph;
  visible: VisibleGraph;
  selection: Selection | null;
  layout: LayoutName;
  lang: Lang;
  thickness: Thickness;
  /** Positions came from the file: do not run ForceAtlas2 on load. */
  positionsFromFile: boolean;
  geo: Positions;
  /** Camera to restore on load (from the URL). */
  initialCamera: CameraView | null;
  /** The layout status as last reported (drives re-focusing once it settles). */
  layoutRunning: boolean;
  /** Bumped by the "re-run layout" button. */
  layoutRun: number;
  onSelect: (s: Selection | null) => void;
  onCamera: (c: CameraView) => void;
  onLayoutStatus: (s: LayoutStatus) => void;
  /** More renderless controllers, mounted under <SigmaContainer> (research tools). */
  children?: ReactNode;
}
