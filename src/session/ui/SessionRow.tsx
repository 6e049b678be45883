/** One saved session in the menu: open it, rename, duplicate, export or delete (asked first). */
import { useState } from "react";
import type { SessionListItem } from "../store";
import type { SessionController } from "../useSessionController";
import { ago, countsLine } from "./format";
import { CopyIcon, DownloadIcon, PencilIcon, TrashIcon } from "./icons";

export function SessionRow({
  item,
  current,
  ctl,
}: {
  item: SessionListItem;
  current: boolean;
  ctl: SessionController;
}) {
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  if (mode === "rename") {
    return (
      <li className="session-row editing" data-testid="session-row" data-id={item.id}>
        <form
          className="save-form"
          onSubmit={(e) => {
            e.preventDefault();
            void ctl.rename(item.id, String(new FormData(e.currentTarget).get("name") ?? ""));
            setMode("view");
          }}
        >
          <input
            name="name"
            defaultValue={item.name}
            aria-label="New name"
            data-testid="session-row-rename-input"
            autoFocus
            onKeyDown={(e) => e.key === "Escape" && setMode("view")}
          />
          <button type="submit" className="btn primary">
            Rename
          </button>
        </form>
      </li>
    );
  }
  if (mode === "delete") {
    return (
      <li className="session-row confirm" data-testid="session-row" data-id={item.id}>
        <span>
          Delete <b>{item.name}</b>?{current && " It stays open here, unsaved."}
        </span>
        <span className="row-actions">
          <button
            type="button"
            className="btn danger"
            onClick={() => void ctl.remove(item.id)}
            data-testid="session-row-delete-confirm"
          >
            Delete
          </button>
          <button type="button" className="btn ghost" onClick={() => setMode("view")}>
            Cancel
          </button>
        </span>
      </li>
    );
  }
  return (
    <li className={`session-row ${current ? "current" : ""}`} data-testid="session-row" data-id={item.id}>
      <div className="row-main">
        <button
          type="button"
          className="row-name"
          onClick={() => void ctl.open(item.id)}
          disabled={current}
          title={current ? "Open now" : "Open this session"}
          data-testid="session-row-open"
        >
          {item.name}
        </button>
        {current && <span className="badge">open</span>}
        <div className="row-meta">
          {item.graph} · {ago(item.updated)}
        </div>
        <div className="row-meta">{countsLine(item.summary)}</div>
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="icon-btn"
          title="Rename"
          aria-label={`Rename ${item.name}`}
          onClick={() => setMode("rename")}
          data-testid="session-row-rename"
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          className="icon-btn"
          title="Duplicate"
          aria-label={`Duplicate ${item.name}`}
          onClick={() => void ctl.duplicate(item.id)}
          data-testid="session-row-duplicate"
        >
          <CopyIcon />
        </button>
        <button
          type="button"
          className="icon-btn"
          title="Export to a file"
          aria-label={`Export ${item.name}`}
          onClick={() => void ctl.exportSession(item.id)}
          data-testid="session-row-export"
        >
          <DownloadIcon />
        </button>
        <button
          type="button"
          className="icon-btn danger"
          title="Delete"
          aria-label={`Delete ${item.name}`}
          onClick={() => setMode("delete")}
          data-testid="session-row-delete"
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}
