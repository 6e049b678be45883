/**
 * Steps the era window through time, one year per tick, keeping its width; stops at the end.
 *
 * @example
 * const [playing, toggle] = usePlayback(era, domain, onEra);
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Era } from "../../filters/types";

export const PLAY_INTERVAL_MS = 450;
const DEFAULT_WINDOW = 9;

export function usePlayback(era: Era | null, domain: [number, number], onEra: (e: Era) => void): [boolean, () => void] {
  const [playing, setPlaying] = useState(false);
  const eraRef = useRef(era);
  useEffect(() => {
    eraRef.current = era;
  }, [era]);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const e = eraRef.current;
      if (!e || e.to >= domain[1]) {
        setPlaying(false);
        return;
      }
      onEra({ from: e.from + 1, to: e.to + 1 });
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(id);
  }, [playing, domain, onEra]);

  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const e = eraRef.current;
    // Start from the beginning when there is no window or it already sits at the end.
    if (!e || e.to >= domain[1]) {
      const width = e ? e.to - e.from : DEFAULT_WINDOW;
      onEra({ from: domain[0], to: domain[0] + width });
    }
    setPlaying(true);
  }, [playing, domain, onEra]);

  return [playing, toggle];
}
