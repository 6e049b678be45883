/**
 * Search any node by any of its names (zh, en, aliases). A combobox: ↑/↓ move, Enter picks,
 * Escape closes; "/" anywhere focuses it.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Lang } from "../../../extract/schema/graph";
import type { FullGraph } from "../../data/types";
import { KIND_COLORS } from "../../render/palette";
import { buildSearchIndex, searchNodes, type SearchHit } from "../../search";

function primary(h: SearchHit, lang: Lang): [string, string | undefined] {
  return lang === "en" && h.labelEn ? [h.labelEn, h.label] : [h.label, h.labelEn];
}

export function SearchBox({ full, lang, onPick }: { full: FullGraph; lang: Lang; onPick: (key: string) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The index is built on first use, not on load (it is not needed for the first frame).
  const [armed, setArmed] = useState(false);
  const index = useMemo(() => (armed ? buildSearchIndex(full) : []), [armed, full]);
  const hits = useMemo(() => searchNodes(index, query, 10), [index, query]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "/" || target?.closest("input, textarea, [contenteditable]")) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const pick = (h: SearchHit | undefined) => {
    if (!h) return;
    onPick(h.key);
    setQuery(primary(h, lang)[0]);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (hits.length) setActive((a) => (a + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      pick(hits[active] ?? hits[0]);
    } else if (e.key === "Escape") {
      if (open) setOpen(false);
      else setQuery("");
    }
  };

  const expanded = open && query.trim() !== "";
  return (
    <div className="search">
      <svg className="search-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="5" stroke="currentColor" strokeWidth="1.8" fill="none" />
        <line x1="11" y1="11" x2="15" y2="15" stroke="currentColor" strokeWidth="1.8" />
      </svg>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search nodes by name"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder="Search countries, leaders, treaties…  /"
        value={query}
        onChange={(e) => {
          setArmed(true);
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setArmed(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      {expanded && (
        <ul className="search-list" id={`${id}-list`} role="listbox" aria-label="Matching nodes">
          {hits.length === 0 && <li className="search-empty">No node named “{query}”</li>}
          {hits.map((h, i) => {
            const [main, other] = primary(h, lang);
            return (
              <li
                key={h.key}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? "active" : ""}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(h)}
                data-testid="search-option"
                data-key={h.key}
              >
                <span className="dot" style={{ background: KIND_COLORS[h.kind] }} aria-hidden="true" />
                <span className="search-main">{main}</span>
                {other && <span className="muted">{other}</span>}
                {h.matched !== main && h.matched !== other && <span className="search-alias">“{h.matched}”</span>}
                <span className="search-kind">{h.kind}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
