/**
 * Drop or paste documents anywhere on the viewer. Dragging files over the window shows the drop
 * target over the graph; pasting files (or a page's text, outside text fields) adds them too.
 */
import { useEffect, useRef, useState } from "react";
import { pastedFile } from "../files";

/** Pasted text shorter than this is taken as a mistake, not a document. */
const MIN_PASTED_CHARS = 20;

function isEditable(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT";
}

function hasFiles(e: DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes("Files");
}

export function DropZone({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const [over, setOver] = useState(false);
  const pasted = useRef(0);
  const handler = useRef(onFiles);
  useEffect(() => {
    handler.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) handler.current(files);
    };
    const paste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || !e.clipboardData) return;
      const files = [...e.clipboardData.files];
      if (files.length > 0) {
        e.preventDefault();
        handler.current(files);
        return;
      }
      const html = e.clipboardData.getData("text/html");
      const text = html || e.clipboardData.getData("text/plain");
      if (text.trim().length < MIN_PASTED_CHARS) return;
      e.preventDefault();
      handler.current([pastedFile(text, html !== "", ++pasted.current)]);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", overFn);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    window.addEventListener("paste", paste);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", overFn);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
      window.removeEventListener("paste", paste);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-card">
        <div className="drop-title">{busy ? "Documents are still being read…" : "Drop documents to add them"}</div>
        <div className="drop-hint">
          .txt, .html, .md — UTF-8, GBK/GB18030, Big5 or UTF-16. They are read here, in your browser.
        </div>
      </div>
    </div>
  );
}
