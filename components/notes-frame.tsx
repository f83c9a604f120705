/**
 * In the page's card: the extension-origin frame that holds the claim's notes (entrypoints/note-frame/). The card
 * knows only the frame's address; what the reader types and saves stays in the frame, which tells the card only its
 * height and "Escape pressed", over a channel the page cannot listen to or write into.
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

/**
 * Opens a channel of its own to the frame in `win`: a message the frame posted to the page's window would reach the
 * page's script too, and the frame's height says whether the claim has notes or the editor is open. The frame takes
 * its end only with its token (in its address, which the page cannot read), so the page's script cannot pose as the
 * card. Answers how to close it.
 */
function connect(win: Window, src: string, onMessage: (data: unknown) => void): () => void {
  const url = new URL(src);
  // Chromium loads the frame from a per-session address (use_dynamic_url), but the document there has the
  // extension's own origin; Firefox has one origin for both. A message reaches only a document of the origin it
  // names, so each origin gets a channel and at most one is delivered.
  const origins = new Set([url.origin]);
  if (url.protocol === 'chrome-extension:') origins.add(`chrome-extension://${browser.runtime.id}`);
  const ports = Array.from(origins, (origin) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => onMessage(e.data);
    win.postMessage({ deallens: 'port', token: url.hash.slice(1) }, origin, [channel.port2]);
    return channel.port1;
  });
  return () => ports.forEach((p) => p.close());
}

export function NotesFrame({ load, onEscape }: NotesFrameProps) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [height, setHeight] = useState(36);
  const frame = useRef<HTMLIFrameElement>(null);
  const escape = useRef(onEscape);
  escape.current = onEscape;
  const disconnect = useRef<(() => void) | null>(null);

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

  useEffect(() => () => disconnect.current?.(), []);

  const onLoad = () => {
    const win = frame.current?.contentWindow;
    if (!src || !win) return;
    disconnect.current?.();
    disconnect.current = connect(win, src, (data) => {
      const message = data as { deallens?: unknown; height?: unknown } | null;
      if (message?.deallens === 'height' && typeof message.height === 'number' && Number.isFinite(message.height)) {
        setHeight(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(message.height))));
      } else if (message?.deallens === 'escape') {
        escape.current();
      }
    });
  };

  if (failed) return <p class="dl-none">Notes cannot be reached right now; reload the page to add one.</p>;
  if (!src) return null;
  return (
    <iframe
      ref={frame}
      class="dl-notes-frame"
      src={src}
      title="Notes on this claim"
      style={{ height: `${height}px` }}
      onLoad={onLoad}
    />
  );
}
