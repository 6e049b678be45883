/** The top-bar button that opens a file picker for documents to add. */
import { useRef } from "react";
import { DocPlusIcon } from "../../session/ui/icons";

export const DOCUMENT_ACCEPT = ".txt,.text,.html,.htm,.xhtml,.md,.markdown,text/plain,text/html,text/markdown";

export function AddDocumentsButton({ onFiles, busy }: { onFiles: (files: File[]) => void; busy: boolean }) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <button
        type="button"
        className="top-button icon-only"
        onClick={() => input.current?.click()}
        disabled={busy}
        title="Add documents — or drop or paste them on the graph"
        aria-label="Add documents"
        data-testid="add-documents"
      >
        <DocPlusIcon />
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={DOCUMENT_ACCEPT}
        data-testid="add-documents-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
