/**
 * The notes part of an in-page evidence card, as an extension page in a frame inside the card (see
 * entrypoints/background/note-frames.ts): the reader's typing, the note's text and the note count live here, where
 * the page's scripts cannot read, watch or drive them. Its token (the address's fragment) names the claim.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import { CardNotes } from '@/components/card-notes';
import { errorMessage } from '@/components/use-tab-state';

const token = location.hash.slice(1);

/**
 * The card's end of its channel to this frame (components/notes-frame.tsx). Not the page's window: a message posted
 * there reaches the page's script as well. The card hands it over with this frame's token, which the page cannot
 * know, so a port the page's script posts is not taken.
 */
let card: MessagePort | null = null;
window.addEventListener('message', (e) => {
  const data = e.data as { deallens?: unknown; token?: unknown } | null;
  const port = e.ports[0];
  if (e.source !== window.parent || data?.deallens !== 'port' || data.token !== token || !port) return;
  card?.close();
  card = port;
  tellCard({ deallens: 'height', height: contentHeight() });
});

/**
 * How tall the frame's content is: the body's own height (a flow root, so its children's margins count), not the
 * document's scroll height, which never falls below the frame's current height, so the frame could not shrink.
 */
function contentHeight(): number {
  return document.body.getBoundingClientRect().height;
}

/** To the card around this frame: only its size and "Escape pressed", nothing of the notes. */
function tellCard(message: { deallens: 'height'; height: number } | { deallens: 'escape' }) {
  card?.postMessage(message);
}

function App() {
  const [offer, setOffer] = useState<{ quote: string; count: number } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    sendMessage('pageClaimNoteOffer', { token }).then(setOffer, (e: unknown) => setError(errorMessage(e)));
    const size = new ResizeObserver(() => tellCard({ deallens: 'height', height: contentHeight() }));
    size.observe(document.body);
    // Key events stay in this frame: the card's Escape has to be passed on.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && e.isTrusted) tellCard({ deallens: 'escape' });
    };
    document.addEventListener('keydown', onKey);
    return () => {
      size.disconnect();
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  if (error)
    return (
      <p class="note-frame-error" role="alert">
        {error}
      </p>
    );
  if (!offer) return null;
  return (
    <CardNotes
      count={offer.count}
      draftKey={offer.quote}
      onAdd={async (text, tags) => {
        await sendMessage('pageSaveClaimNote', { token, text, tags });
        setOffer((o) => (o ? { ...o, count: o.count + 1 } : o));
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
