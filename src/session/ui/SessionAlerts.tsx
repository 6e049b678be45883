/**
 * Session messages over the canvas: a failed save (with the way out: export the session now, or
 * try again), and notices such as an import's result or a link to a session this browser lacks.
 */
import type { StorageFailure } from "../errors";
import { useSession } from "./context";
import { DownloadIcon } from "./icons";

const TITLES: Record<StorageFailure, string> = {
  quota: "Storage full",
  unavailable: "No session storage",
  blocked: "Session database blocked",
  unknown: "Session not saved",
};

export function StorageBanner() {
  const ctl = useSession();
  if (!ctl || ctl.status !== "error" || !ctl.error) return null;
  return (
    <div className="storage-banner" role="alert" data-testid="storage-error" data-kind={ctl.error.kind}>
      <div className="storage-text">
        <b>{TITLES[ctl.error.kind]}.</b> {ctl.error.message}
      </div>
      <div className="storage-actions">
        <button
          type="button"
          className="btn primary"
          onClick={() => void ctl.exportSession()}
          data-testid="storage-export"
        >
          <DownloadIcon /> Export session now
        </button>
        <button type="button" className="btn" onClick={() => void ctl.flush()} data-testid="storage-retry">
          Try again
        </button>
      </div>
    </div>
  );
}

export function SessionToast() {
  const ctl = useSession();
  const n = ctl?.notice;
  if (!ctl || !n) return null;
  return (
    <div
      className={`toast ${n.kind}`}
      role={n.kind === "error" ? "alert" : "status"}
      data-testid="session-notice"
      data-kind={n.kind}
    >
      <span className="toast-text">{n.text}</span>
      {n.openId && (
        <button
          type="button"
          className="btn small"
          onClick={() => void ctl.open(n.openId!)}
          data-testid="session-notice-open"
        >
          Open
        </button>
      )}
      <button type="button" className="toast-close" onClick={ctl.dismissNotice} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
