/** The notes on this page's claims that were not found again after the page's text changed: listed apart, kept. */
import type { Note } from '@/lib/notes/model';
import { NotesList, type NotesListProps } from '@/components/notes-list';

/** What every list of the Notes view does with a note. */
export type NoteListActions = Pick<NotesListProps, 'onSave' | 'onDelete' | 'goTo' | 'factLabel' | 'verdictNow'>;

export function UnplacedNotes({ notes, ...actions }: { notes: readonly Note[] } & NoteListActions) {
  if (!notes.length) return null;
  return (
    <>
      <h2>Not found on the page now</h2>
      <p class="muted">The page’s text changed and these notes’ claims could not be found again. They are kept.</p>
      <NotesList {...actions} notes={notes} label="Notes whose claim was not found" empty="" search={false} />
    </>
  );
}
