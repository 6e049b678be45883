/**
 * Boots the viewer: reads the URL, loads and validates the graph, shows errors readably, then opens
 * the research workspace (sessions, documents added in the browser) around the viewer.
 */
import { useCallback, useMemo } from "react";
import type { FullGraph } from "../data/types";
import { SessionGate, type WorkspaceViewProps } from "../session/ui/Workspace";
import { ErrorView } from "../ui/ErrorView";
import { LoadingView } from "../ui/LoadingView";
import { readBoot } from "./boot";
import { corpusView } from "./defaults";
import { prepareModel } from "./model";
import { useGraphSource } from "./useGraphSource";
import { Viewer } from "./Viewer";

const renderViewer = (p: WorkspaceViewProps) => <Viewer {...p} />;

export function App() {
  const boot = useMemo(() => readBoot(window.location.search), []);
  const prepare = useCallback(
    (full: FullGraph) => {
      // A corpus-sized graph opens on states and the claims' years, unless the link says otherwise.
      const view = corpusView(full, boot.view, new URLSearchParams(window.location.search));
      return { model: prepareModel(full, view), boot: view === boot.view ? boot : { ...boot, view } };
    },
    [boot],
  );
  const source = useGraphSource(boot.graphUrl, prepare);
  if (source.status === "loading") return <LoadingView url={source.url} />;
  if (source.status === "error") return <ErrorView url={source.url} error={source.error} />;
  const file = source.url.split("/").pop() || source.url;
  return <SessionGate model={source.model.model} boot={source.model.boot} file={file} render={renderViewer} />;
}
