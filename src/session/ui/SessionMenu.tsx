/**
 * The session menu in the top bar: the open session (save it, rename it, export it, close it), the
 * saved sessions (open, rename, duplicate, export, delete) and importing a session file.
 */
import { useRef, useState, type FormEvent } from "react";
import { removeAddedDocument, summarize } from "../model";
import { defaultName } from "../naming";
import type { SaveStatus, SessionController } from "../useSessionController";
import { useSession } from "./context";
import { ago, countsLine } from "./format";
import { BookmarkIcon, CaretIcon, CopyIcon, DownloadIcon, PencilIcon, UploadIcon } from "./icons";
import { SessionToast } from "./SessionAlerts";
import { SessionRow } from "./SessionRow";
import { usePopover } from "./usePopover";

const STATUS_TEXT: Record<SaveStatus, string> = {
  draft: "Not saved",
  pending: "Saving…",
  saving: "Saving…",
  saved: "Saved",
  error: "Not saved",
};

export function StatusDot({ status }: { status: SaveStatus }) {
  return <span className={`status-dot ${status}`} aria-hidden="true" />;
}

function SaveForm({ ctl, onDone }: { ctl: SessionController; onDone: () => void }) {
  const [name, setName] = useState(() => defaultName(ctl.list.map((s) => s.name)));
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const ok = await ctl.saveAs(name);
    setBusy(false);
    if (ok) onDone();
  };
  return (
    <form className="save-form" onSubmit={submit}>
      <input
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-label="Session name"
        placeholder="Session name"
        data-testid="session-name-input"
        autoFocus
      />
      <button
        type="submit"
        className="btn primary"
        disabled={busy || ctl.storeError !== null}
        data-testid="session-save"
      >
        Save session
      </button>
    </form>
  );
}

function CurrentSession({ ctl }: { ctl: SessionController }) {
  const s = ctl.session;
  const [renaming, setRenaming] = useState(false);
  const [saveCopy, setSaveCopy] = useState(false);
  const counts = countsLine(summarize(s));
  if (!ctl.persisted || saveCopy) {
    return (
      <section className="menu-section current">
        <div className="menu-kicker">{saveCopy ? "Save a copy" : "Unsaved session"}</div>
        <p className="menu-text">
          {saveCopy
            ? "The copy opens in place of this session; this one keeps its last saved state."
            : "Notes, verdicts, pins and added documents stay in this tab until you save. Saved sessions keep themselves up to date."}
        </p>
        {!saveCopy && <p className="menu-counts">{counts}</p>}
        <SaveForm ctl={ctl} onDone={() => setSaveCopy(false)} />
        {saveCopy && (
          <button type="button" className="link small" onClick={() => setSaveCopy(false)}>
            Cancel
          </button>
        )}
      </section>
    );
  }
  return (
    <section className="menu-section current">
      <div className="menu-kicker">Open session</div>
      {renaming ? (
        <form
          className="save-form"
          onSubmit={(e) => {
            e.preventDefault();
            const value = new FormData(e.currentTarget).get("name");
            void ctl.rename(s.id, String(value ?? ""));
            setRenaming(false);
          }}
        >
          <input name="name" defaultValue={s.name} aria-label="New name" data-testid="session-rename-input" autoFocus />
          <button type="submit" className="btn primary">
            Rename
          </button>
        </form>
      ) : (
        <div className="current-name">
          <h3 data-testid="session-current-name">{s.name}</h3>
          <button
            type="button"
            className="icon-btn"
            onClick={() => setRenaming(true)}
            title="Rename"
            aria-label="Rename session"
          >
            <PencilIcon />
          </button>
        </div>
      )}
      <p className="menu-status" data-testid="session-status" data-status={ctl.status}>
        <StatusDot status={ctl.status} /> {STATUS_TEXT[ctl.status]}
        {ctl.status === "saved" && <span className="muted"> · {ago(s.updated)}</span>}
      </p>
      <p className="menu-counts">{counts}</p>
      <AddedDocuments ctl={ctl} />
      <div className="menu-buttons">
        <button type="button" className="btn" onClick={() => void ctl.exportSession()} data-testid="session-export">
          <DownloadIcon /> Export file
        </button>
        <button type="button" className="btn" onClick={() => setSaveCopy(true)} data-testid="session-save-copy">
          <CopyIcon /> Save a copy
        </button>
        <button type="button" className="btn ghost" onClick={() => void ctl.close()} data-testid="session-close">
          Close
        </button>
      </div>
    </section>
  );
}

/** Documents added in the browser, each removable (with the claims it brought). */
function AddedDocuments({ ctl }: { ctl: SessionController }) {
  const docs = ctl.session.added?.attributes.documents ?? [];
  if (docs.length === 0) return null;
  return (
    <ul className="added-docs" data-testid="added-documents">
      {docs.map((d) => (
        <li key={d.id}>
          <span className="added-doc" title={d.id}>
            {d.title || d.id}
          </span>
          <button
            type="button"
            className="link small"
            onClick={() => ctl.update((s, now) => removeAddedDocument(s, d.id, now))}
            data-testid="added-document-remove"
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}

export function SessionMenu() {
  const ctl = useSession();
  const { open, setOpen, root } = usePopover();
  const importInput = useRef<HTMLInputElement | null>(null);
  if (!ctl) return null;
  const toggle = () => {
    if (!open) void ctl.refreshList();
    setOpen(!open);
  };
  const label = ctl.persisted ? ctl.session.name : "Unsaved session";
  return (
    <div className="menu-root" ref={root}>
      <button
        type="button"
        className={`top-button session-button ${ctl.status === "error" ? "error" : ""}`}
        onClick={toggle}
        aria-expanded={open}
        aria-haspopup="dialog"
        title={`${label} — ${STATUS_TEXT[ctl.status]}`}
        data-testid="session-button"
      >
        <BookmarkIcon />
        <span className="session-label">{label}</span>
        <StatusDot status={ctl.status} />
        <CaretIcon />
      </button>
      {open && (
        <div
          className="menu-panel session-panel"
          role="dialog"
          aria-label="Research sessions"
          data-testid="session-panel"
        >
          <SessionToast />
          {(ctl.storeError || (ctl.status === "error" && ctl.error)) && (
            <div className="menu-alert" role="alert" data-testid="session-menu-alert">
              <p>{(ctl.storeError ?? ctl.error)!.message}</p>
              <button
                type="button"
                className="btn small"
                onClick={() => void ctl.exportSession()}
                data-testid="session-menu-export"
              >
                <DownloadIcon /> Export session now
              </button>
            </div>
          )}
          <CurrentSession ctl={ctl} />
          <section className="menu-section">
            <div className="menu-kicker">
              Saved sessions <span className="muted num">{ctl.list.length}</span>
            </div>
            {ctl.storeError ? (
              <p className="menu-text muted">Sessions cannot be stored in this browser.</p>
            ) : ctl.list.length === 0 ? (
              <p className="menu-text muted">No saved sessions in this browser yet.</p>
            ) : (
              <ul className="session-list" data-testid="session-list">
                {ctl.list.map((item) => (
                  <SessionRow
                    key={item.id}
                    item={item}
                    current={ctl.persisted && item.id === ctl.session.id}
                    ctl={ctl}
                  />
                ))}
              </ul>
            )}
          </section>
          <footer className="menu-footer">
            <button
              type="button"
              className="btn"
              onClick={() => importInput.current?.click()}
              data-testid="session-import"
            >
              <UploadIcon /> Import session file…
            </button>
            <input
              ref={importInput}
              type="file"
              accept=".json,application/json"
              multiple
              hidden
              data-testid="session-import-input"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = "";
                // The result shows over the canvas, with a button to open the imported session.
                setOpen(false);
                void ctl.importFiles(files);
              }}
            />
          </footer>
        </div>
      )}
    </div>
  );
}
