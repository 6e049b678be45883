/**
 * The document reader: a document's cleaned text with the claim's sentence marked and scrolled
 * into view. The text is React text (never HTML), so markup in a page shows literally.
 */
import { useEffect, useRef } from "react";
import type { DocumentInfo } from "../../../extract/schema/graph";
import type { ReaderTarget } from "../../state/types";

/** Splits `text` around `range`, clamped to the text; null range → no mark. */
export function splitAt(text: string, range: [number, number] | null): [string, string, string] {
  if (!range) return [text, "", ""];
  const s = Math.max(0, Math.min(text.length, range[0]));
  const e = Math.max(s, Math.min(text.length, range[1]));
  return [text.slice(0, s), text.slice(s, e), text.slice(e)];
}

export function DocumentReader({
  doc,
  target,
  onClose,
}: {
  doc: DocumentInfo | undefined;
  target: ReaderTarget;
  onClose: () => void;
}) {
  const mark = useRef<HTMLElement>(null);
  const text = doc?.text ?? "";
  const [before, marked, after] = splitAt(text, target.range);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
  }, [target.doc, target.range]);
  return (
    <div className="reader" data-testid="reader">
      <div className="reader-bar">
        <button type="button" className="link" onClick={onClose} data-testid="reader-close">
          ‹ Back to details
        </button>
      </div>
      <header className="reader-head">
        <h1 className="title" data-testid="reader-title">
          {doc?.title || target.doc}
        </h1>
        <div className="reader-meta">
          <code>{target.doc}</code>
          {doc && (
            <>
              <span>Published {doc.published ?? "unknown"}</span>
              <span>{doc.lang === "zh" ? "Chinese" : "English"}</span>
              {doc.charset && <span>{doc.charset}</span>}
            </>
          )}
        </div>
      </header>
      {!doc && <p className="note">Document “{target.doc}” is not listed in this graph.</p>}
      {doc && !doc.text && <p className="note">This graph was built without document texts.</p>}
      {doc?.text && (
        <div
          className={`reader-text lang-${doc.lang}`}
          data-testid="reader-text"
          lang={doc.lang === "zh" ? "zh" : "en"}
        >
          {before}
          {marked && (
            <mark ref={mark} data-testid="reader-mark">
              {marked}
            </mark>
          )}
          {after}
        </div>
      )}
    </div>
  );
}
