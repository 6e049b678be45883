/**
 * The research workspace around the viewer: opens the session a link names, computes the graph
 * the session shows (loaded graph + added documents − rejected claims, at the saved positions),
 * runs documents dropped in the browser through the extraction worker, and provides all of it to
 * the viewer's session, document and export controls. When verdicts or added documents change the
 * graph, the viewer gets a new model prepared for its current view and camera.
 *
 * @example
 * <SessionGate model={model} boot={boot} file="graph.json" render={(p) => <Viewer {...p} />} />
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { GraphJson } from "../../../extract/schema/graph";
import { DEFAULT_GRAPH_URL, type Boot } from "../../app/boot";
import { prepareModel, type ViewModel } from "../../app/model";
import { buildFullGraph } from "../../data/build";
import { mergeGraphs } from "../../ingest/merge";
import { useIngest } from "../../ingest/useIngest";
import { LoadingView } from "../../ui/LoadingView";
import { bootSession, hasViewParams, SESSION_PARAM, type SessionBoot } from "../boot";
import { effectiveGraph, fullToJson } from "../graph";
import { useSessionController } from "../useSessionController";
import { ResearchContext, type Research } from "./context";
import "./research.css";

/** What the workspace hands the viewer. */
export interface WorkspaceViewProps {
  model: ViewModel;
  boot: Boot;
  file: string;
}

type RenderViewer = (p: WorkspaceViewProps) => ReactNode;

function Workspace(props: {
  model: ViewModel;
  boot: Boot;
  file: string;
  sessionBoot: SessionBoot;
  render: RenderViewer;
}) {
  const { sessionBoot } = props;
  const base = props.model.full;
  const fromSession = sessionBoot.session !== null && !hasViewParams(window.location.search);
  // A link's own view wins; without one (or without a camera in it) the session's is restored.
  const [boot] = useState<Boot>(() => {
    const saved = sessionBoot.session;
    if (!saved) return props.boot;
    if (fromSession) return { ...props.boot, view: saved.view, camera: saved.camera };
    return props.boot.camera || !saved.camera ? props.boot : { ...props.boot, camera: saved.camera };
  });
  const ctl = useSessionController(sessionBoot, {
    graph: boot.graphUrl,
    defaultGraph: DEFAULT_GRAPH_URL,
    view: boot.view,
    camera: boot.camera,
  });
  const baseJson = useMemo(() => fullToJson(base), [base]);
  const { added, verdicts, positions } = ctl.session;
  // Rebuilt when documents are added or verdicts change (the controller then takes the positions
  // on screen, so nodes stay where they are).
  const effective = useMemo(() => {
    if (!added && Object.keys(verdicts).length === 0 && Object.keys(positions).length === 0) return null;
    return effectiveGraph(baseJson, { ...ctl.session, added, verdicts, positions });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only these parts of the session shape the graph
  }, [baseJson, added, verdicts, positions]);

  const currentView = ctl.currentView;
  const shown = useMemo(() => {
    // Opened from a saved session: the model was prepared for the link's view, not the session's.
    if (!effective) return { model: boot === props.boot ? props.model : prepareModel(base, boot.view), boot };
    // Prepared for the view and camera on screen now (the boot's, before the viewer is up).
    const live = currentView() ?? { view: boot.view, camera: boot.camera };
    const next: Boot = { ...boot, view: live.view, camera: live.camera };
    return { model: prepareModel(buildFullGraph(effective.graph), next.view), boot: next };
  }, [effective, props.model, props.boot, base, boot, currentView]);

  const fullJson = useRef<GraphJson>(baseJson);
  useEffect(() => {
    fullJson.current = effective ? effective.graph : baseJson;
  }, [effective, baseJson]);

  const [highlight, setHighlight] = useState<string[]>([]);
  const shownFull = shown.model.full;
  const existing = useCallback(() => shownFull.documents.keys(), [shownFull]);
  const addExtraction = ctl.addExtraction;
  const onExtracted = useCallback(
    (graph: GraphJson) => {
      const m = mergeGraphs(fullJson.current, graph);
      addExtraction(graph);
      setHighlight([...m.newEdges, ...m.strengthenedEdges]);
      return { newEdges: m.newEdges, strengthenedEdges: m.strengthenedEdges, addedClaims: m.addedClaims };
    },
    [addExtraction],
  );
  const { state: ingestState, add, cancel, dismiss } = useIngest(existing, onExtracted);
  const dismissIngest = useCallback(() => {
    dismiss();
    setHighlight([]);
  }, [dismiss]);

  const research = useMemo<Research>(
    () => ({
      session: ctl,
      ingest: { state: ingestState, add: (f) => void add(f), cancel, dismiss: dismissIngest },
      highlight,
      rejectedClaims: effective?.rejected ?? 0,
    }),
    [ctl, ingestState, add, cancel, dismissIngest, highlight, effective],
  );
  return (
    <ResearchContext.Provider value={research}>
      {props.render({ model: shown.model, boot: shown.boot, file: props.file })}
    </ResearchContext.Provider>
  );
}

/** Opens the session store (and the linked session) before the viewer mounts. */
export function SessionGate(props: { model: ViewModel; boot: Boot; file: string; render: RenderViewer }) {
  const [sessionBoot, setSessionBoot] = useState<SessionBoot | null>(null);
  useEffect(() => {
    let live = true;
    const id = new URLSearchParams(window.location.search).get(SESSION_PARAM);
    void bootSession(id).then((b) => live && setSessionBoot(b));
    return () => {
      live = false;
    };
  }, []);
  if (!sessionBoot) return <LoadingView url={props.file} />;
  return <Workspace {...props} sessionBoot={sessionBoot} />;
}
