/**
 * Sigma settings: one module-level constant (never re-created per render — an inline object would
 * make react-sigma rebuild sigma). Reducers are set later, by AppearanceController only.
 */
import { EdgeCurvedArrowProgram, default as EdgeCurveProgram } from "@sigma/edge-curve";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { LABEL_COLOR } from "../render/palette";
import type { RenderEdgeAttributes, RenderNodeAttributes } from "../render/types";

export const LABEL_FONT =
  'system-ui, "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const SIGMA_SETTINGS: Partial<Settings<RenderNodeAttributes, RenderEdgeAttributes>> = {
  allowInvalidContainer: true,
  // Edges are picked geometrically (graph/pick.ts): sigma's edge picking would draw every edge a
  // second time each frame, and misses thin edges at its half-resolution picking buffer.
  enableEdgeEvents: false,
  renderEdgeLabels: false,
  defaultEdgeType: "line",
  edgeProgramClasses: {
    line: EdgeRectangleProgram,
    arrow: EdgeArrowProgram,
    curved: EdgeCurveProgram,
    curvedArrow: EdgeCurvedArrowProgram,
  },
  labelFont: LABEL_FONT,
  labelSize: 12,
  labelWeight: "500",
  labelColor: { attribute: "labelColor", color: LABEL_COLOR },
  labelDensity: 0.9,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 4,
  stagePadding: 56,
  minCameraRatio: 0.01,
  maxCameraRatio: 6,
  zIndex: true,
};
