/**
 * The Export menu in the top bar: the current view or the whole graph as graph JSON, GEXF,
 * GraphML or CSV tables, and the current picture as PNG or SVG. Each click downloads one file,
 * carrying the provenance (documents, Entente version, filters).
 */
import { useState } from "react";
import type Sigma from "sigma";
import { provenanceOf } from "../../../extract/export";
import { describeProvenance } from "../../../extract/export/provenance";
import { VERSION } from "../../../extract/version";
import type { FullGraph } from "../../data/types";
import type { FilterState, VisibleGraph } from "../../filters/types";
import { CaretIcon, DownloadIcon } from "../../session/ui/icons";
import { usePopover } from "../../session/ui/usePopover";
import { Segmented } from "../../ui/common/Segmented";
import {
  EXPORT_ITEMS,
  exportFilters,
  exportStem,
  exportTextFile,
  pictureMetadata,
  type ExportId,
  type ExportItem,
} from "../actions";
import { download } from "../download";
import { sigmaToPng } from "../png";
import { withPngText } from "../pngText";
import { sceneFromSigma } from "../scene";
import { sceneToSvg } from "../svg";
import { exportScopeGraph, type ExportScope, type PositionMap } from "../view";

export interface ExportSource {
  full: FullGraph;
  visible: VisibleGraph;
  filters: FilterState;
  /** Claims the analyst rejected (recorded in the provenance). */
  rejectedClaims: number;
  sigma: () => Sigma | null;
  /** Layout positions to write into graph files, or null. */
  positions: () => PositionMap | null;
}

/** The canvas background, as the stylesheet sets it. */
function background(): string {
  const v = getComputedStyle(document.documentElement).getPropertyValue("--sigma-background-color").trim();
  return v || "#ffffff";
}

async function runExport(id: ExportId, scope: ExportScope, src: ExportSource): Promise<void> {
  const picture = id === "png" || id === "svg";
  const actual: ExportScope = picture ? "view" : scope;
  const graph = exportScopeGraph(src.full, src.visible, actual, picture ? null : src.positions());
  const provenance = provenanceOf(graph, VERSION, exportFilters(actual, src.filters, src.rejectedClaims));
  if (id !== "png" && id !== "svg") {
    const f = exportTextFile(id, graph, provenance, actual);
    download(f.name, f.content, f.mime);
    return;
  }
  const sigma = src.sigma();
  if (!sigma) throw new Error("The graph is not drawn yet; wait for it to appear and export again.");
  if (id === "png") {
    const blob = await sigmaToPng(sigma, background());
    const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), pictureMetadata(provenance));
    download(`${exportStem("view")}.png`, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "image/png" }));
    return;
  }
  const scene = sceneFromSigma(sigma, background());
  const svg = sceneToSvg({ ...scene, title: `Entente ${VERSION}`, description: describeProvenance(provenance) });
  download(`${exportStem("view")}.svg`, svg, "image/svg+xml");
}

const GROUPS: { group: ExportItem["group"]; title: string }[] = [
  { group: "graph", title: "Graph" },
  { group: "table", title: "Tables" },
  { group: "picture", title: "Picture" },
];

export function ExportMenu(props: { source: ExportSource }) {
  const { open, setOpen, root } = usePopover();
  const [scope, setScope] = useState<ExportScope>("view");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<ExportId | null>(null);
  const t = props.source.visible.totals;
  const run = async (id: ExportId) => {
    setError(null);
    setBusy(id);
    try {
      await runExport(id, scope, props.source);
    } catch (e) {
      setError(`${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="menu-root" ref={root}>
      <button
        type="button"
        className="top-button"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        aria-haspopup="dialog"
        data-testid="export-button"
      >
        <DownloadIcon /> <span>Export</span> <CaretIcon />
      </button>
      {open && (
        <div className="menu-panel export-panel" role="dialog" aria-label="Export" data-testid="export-panel">
          <section className="menu-section">
            <div className="menu-kicker">What to export</div>
            <Segmented
              label="Export scope"
              value={scope}
              onChange={setScope}
              options={[
                { value: "view", label: "Current view", title: "The edges the filters leave visible" },
                { value: "graph", label: "Whole graph", title: "Every node and edge" },
              ]}
              testId="export-scope"
            />
            <p className="menu-text muted" data-testid="export-scope-summary">
              {scope === "view"
                ? `${t.edges.toLocaleString()} visible edges and their ${t.activeNodes.toLocaleString()} nodes, with the filters recorded.`
                : `All ${props.source.full.edges.keys.length.toLocaleString()} edges and ${props.source.full.nodes.keys.length.toLocaleString()} nodes.`}
              {props.source.rejectedClaims > 0 && ` Rejected claims (${props.source.rejectedClaims}) are left out.`}
            </p>
          </section>
          {GROUPS.map((g) => (
            <section key={g.group} className="menu-section">
              <div className="menu-kicker">{g.title}</div>
              {g.group === "picture" && <p className="menu-text muted">The canvas exactly as it is now.</p>}
              <ul className="export-list">
                {EXPORT_ITEMS.filter((i) => i.group === g.group).map((i) => (
                  <li key={i.id}>
                    <button
                      type="button"
                      className="export-item"
                      onClick={() => void run(i.id)}
                      disabled={busy !== null}
                      data-testid={`export-${i.id}`}
                    >
                      <span className="export-label">{i.label}</span>
                      <span className="export-hint">{busy === i.id ? "Preparing…" : i.hint}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {error && (
            <div className="menu-alert" role="alert" data-testid="export-error">
              {error}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
