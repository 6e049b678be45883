/**
 * The analyst's note on the selected node or edge. Typing is local; the note reaches the session
 * after a short pause or on leaving the field, and a saved session then saves itself.
 */
import { useEffect, useRef, useState } from "react";
import { noteKey, setNote, type NoteTarget } from "../model";
import { useSession } from "./context";

const PUSH_MS = 300;

function Editor({ target, initial }: { target: NoteTarget; initial: string }) {
  const ctl = useSession()!;
  const [text, setText] = useState(initial);
  const timer = useRef<number | null>(null);
  const latest = useRef(text);
  const push = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    ctl.update((s, now) => setNote(s, target, latest.current, now));
  };
  const pushRef = useRef(push);
  useEffect(() => {
    pushRef.current = push;
  });
  // Leaving the node or edge (or the panel) keeps what was typed.
  useEffect(
    () => () => {
      if (timer.current !== null) pushRef.current();
    },
    [],
  );
  return (
    <section className="note-editor" data-testid="note-editor">
      <h2 className="subhead">Note</h2>
      <textarea
        value={text}
        placeholder={target.type === "node" ? "Your note on this node…" : "Your note on this relation…"}
        aria-label="Note"
        rows={Math.min(8, Math.max(2, text.split("\n").length + 1))}
        onChange={(e) => {
          setText(e.target.value);
          latest.current = e.target.value;
          if (timer.current !== null) window.clearTimeout(timer.current);
          timer.current = window.setTimeout(push, PUSH_MS);
        }}
        onBlur={() => timer.current !== null && push()}
        data-testid="note-input"
      />
      {!ctl.persisted && text.trim() !== "" && (
        <p className="note-hint">Kept in this tab — save the session to keep it.</p>
      )}
    </section>
  );
}

export function NoteEditor({ target }: { target: NoteTarget }) {
  const ctl = useSession();
  if (!ctl) return null;
  const key = noteKey(target);
  return <Editor key={key} target={target} initial={ctl.session.notes[key]?.text ?? ""} />;
}
