/**
 * In the page's card: the extension-origin frame that holds the claim's notes (entrypoints/note-frame/). The card
 * knows only the frame's address; what the reader types and saves stays in the frame. Messages from the frame are
 * taken only from that frame and the extension's origin (the page cannot forge either).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface NotesFrameProps {
  /** Asks the background for the frame's address (a token for this claim). */
  load: () => Promise<string>;
  onEscape: () => void;
}

const MIN_HEIGHT = 24;
const MAX_HEIGHT = 360;

export function NotesFrame({ load, onEscape }: NotesFrameProps) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [height, setHeight] = useState(36);
  const frame = useRef<HTMLIFrameElement>(null);
  const escape = useRef(onEscape);
  escape.current = onEscape;

  useEffect(() => {
    let live = true;
    load().then(
      (url) => live && setSrc(url),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!src) return;
    // Chromium loads the frame from a per-session address (use_dynamic_url), but its messages come from the
    // extension's own origin; Firefox has one origin for both.
    const origins = [new URL(src).origin, `chrome-extension://${browser.runtime.id}`];
    const onMessage = (e: MessageEvent) => {
      if (!origins.includes(e.origin) || !frame.current || e.source !== frame.current.contentWindow) return;
      const data = e.data as { deallens?: unknown; height?: unknown } | null;
      if (data?.deallens === 'height' && typeof data.height === 'number' && Number.isFinite(data.height)) {
        setHeight(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height))));
      } else if (data?.deallens === 'escape') {
        escape.current();
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src]);

  if (failed) return <p class="dl-none">Notes cannot be reached right now; reload the page to add one.</p>;
  if (!src) return null;
  return (
    <iframe
      ref={frame}
      class="dl-notes-frame"
      src={src}
      title="Notes on this claim"
      style={{ height: `${height}px` }}
    />
  );
}
