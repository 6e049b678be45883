/** Tracks an element's width with a ResizeObserver. */
import { useEffect, useState, type RefObject } from "react";

export function useElementWidth(ref: RefObject<Element | null>, initial = 800): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
