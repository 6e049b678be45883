/** The top bar: brand and file, search, layout and label-language switches, and the app's menus (`actions`). */
import type { ReactNode } from "react";
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import type { LayoutStatus } from "../../layout/useForceAtlas2";
import type { LayoutName } from "../../state/types";
import { fmt } from "../common/format";
import { Segmented } from "../common/Segmented";
import { SearchBox } from "./SearchBox";

export function Header(props: {
  file: string;
  documents: number;
  full: FullGraph;
  lang: Lang;
  layout: LayoutName;
  layoutStatus: LayoutStatus;
  onPick: (key: string) => void;
  onLang: (l: Lang) => void;
  onLayout: (l: LayoutName) => void;
  onRunLayout: () => void;
  /** Menus at the right end (session, add documents, export). */
  actions?: ReactNode;
}) {
  const { layoutStatus } = props;
  return (
    <header className="topbar">
      <div className="brand">
        <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
          <circle cx="5" cy="15" r="3.2" fill="#2b4c7e" />
          <circle cx="17" cy="15" r="3.2" fill="#2b4c7e" />
          <circle cx="11" cy="5" r="3.2" fill="#c77d14" />
          <path d="M5 15 L17 15 M5 15 L11 5 M17 15 L11 5" stroke="#8ea3c2" strokeWidth="1.4" />
        </svg>
        <span className="brand-name">Entente</span>
        <span className="brand-file" title={props.file}>
          {props.file} · {fmt(props.documents)} docs
        </span>
      </div>
      <SearchBox full={props.full} lang={props.lang} onPick={props.onPick} />
      <div className="topbar-controls">
        <Segmented
          label="Layout"
          value={props.layout}
          onChange={props.onLayout}
          options={[
            { value: "force", label: "Force", title: "ForceAtlas2 layout" },
            { value: "geo", label: "Geographic", title: "Countries at their coordinates" },
          ]}
          testId="layout-switch"
        />
        <button
          type="button"
          className="icon-button"
          onClick={props.onRunLayout}
          disabled={props.layout !== "force"}
          title={layoutStatus.running ? "Layout running — click to restart" : "Run ForceAtlas2 again"}
          aria-label="Run layout again"
          data-testid="run-layout"
        >
          <svg
            width="14"
            height="14"
            viewBox="0 0 16 16"
            aria-hidden="true"
            className={layoutStatus.running ? "spin" : ""}
          >
            <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9" stroke="currentColor" strokeWidth="1.8" fill="none" />
            <path d="M13.8 1.8v3.6h-3.6" stroke="currentColor" strokeWidth="1.8" fill="none" />
          </svg>
        </button>
        <Segmented
          label="Label language"
          value={props.lang}
          onChange={props.onLang}
          options={[
            { value: "zh", label: "中文" },
            { value: "en", label: "EN" },
          ]}
          testId="lang-switch"
        />
        {props.actions}
      </div>
    </header>
  );
}
