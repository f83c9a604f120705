/**
 * What the reader does to a listed note (save an edit, delete, undo a delete) and what the Notes view tells them
 * after: a status line, or "Note deleted." with an undo while the last action was a delete.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import type { Note } from '@/lib/notes/model';
import { errorMessage } from '@/components/use-tab-state';

export function useNoteActions(setError: (message: string) => void) {
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<Note | null>(null);
  const tell = (message: string) => {
    setDeleted(null);
    setStatus(message);
  };

  const run = async (op: () => Promise<unknown>, done?: string) => {
    setError('');
    try {
      await op();
      if (done) tell(done);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const save = async (n: Note, text: string, tags: string[], baseUpdatedAt: number) => {
    await sendMessage('pageUpdateNote', { id: n.id, text, tags, baseUpdatedAt });
    tell('Note saved.');
  };
  const remove = (n: Note) =>
    run(async () => {
      await sendMessage('pageDeleteNote', { id: n.id });
      setDeleted(n);
    }, '');
  const undo = (n: Note) =>
    run(async () => {
      await sendMessage('pageUndoDelete', { id: n.id });
      setDeleted(null);
    }, 'Note restored.');

  return { status, deleted, tell, save, remove, undo };
}
