/** The Notes view's status line: what was just done, or a deleted note with the button that brings it back. */
import type { Note } from '@/lib/notes/model';

export interface NotesStatusProps {
  status: string;
  deleted: Note | null;
  onUndo: (note: Note) => void;
}

export function NotesStatus({ status, deleted, onUndo }: NotesStatusProps) {
  return (
    <p class="notes-status" role="status">
      {deleted ? (
        <>
          Note deleted.{' '}
          <button type="button" class="link" onClick={() => onUndo(deleted)}>
            Undo
          </button>
        </>
      ) : (
        status
      )}
    </p>
  );
}
