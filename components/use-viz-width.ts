import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The width an element has on screen, kept up to date, so an SVG can be laid out at the size it is shown
 * (text then stays at its set size from 320 to 500 px instead of being scaled with the drawing).
 */
export function useVizWidth<T extends HTMLElement>(fallback: number, min: number, max: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      // An element not laid out yet (or in a test DOM without layout) reports 0: keep the fallback.
      if (w > 0) setWidth(Math.min(max, Math.max(min, w)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [min, max]);
  return { ref, width };
}
