/**
 * Calls back whenever the background says notes changed (added, edited, deleted, imported anywhere). One shared
 * subscription: @webext-core/messaging allows one listener per message type in a page.
 */
import { useEffect } from 'preact/hooks';
import { notesChangedSchema, type NotesChanged } from '@/lib/messages';
import { onMessage } from '@/adapters/messaging';
import { fromExtension } from './from-extension';

const subscribers = new Set<(c: NotesChanged) => void>();
let listening = false;

function onNotesChanged(cb: (c: NotesChanged) => void): () => void {
  if (!listening) {
    listening = true;
    onMessage('backgroundNotesChanged', (msg) => {
      const change = notesChangedSchema.safeParse(msg.data);
      if (!fromExtension(msg.sender) || !change.success) return;
      for (const s of subscribers) s(change.data);
    });
  }
  subscribers.add(cb);
  return () => subscribers.delete(cb);
}

export function useNotesChanged(cb: (c: NotesChanged) => void, deps: unknown[]): void {
  useEffect(() => onNotesChanged(cb), deps);
}
