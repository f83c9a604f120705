/**
 * "Add a note on this page" and its editor. Kept mounted while the Notes view shows all notes (`shown` false), so an
 * editor the reader opened is open again when they come back to this page's notes.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import { NoteEditor } from '@/components/note-editor';

export interface PageNoteAdderProps {
  shown: boolean;
  url: string;
  title: string;
  onAdded: (message: string) => void;
}

export function PageNoteAdder({ shown, url, title, onAdded }: PageNoteAdderProps) {
  const [adding, setAdding] = useState(false);
  if (!shown) return null;
  if (!adding)
    return (
      <button type="button" class="secondary" disabled={!/^https?:/.test(url)} onClick={() => setAdding(true)}>
        Add a note on this page
      </button>
    );
  return (
    <NoteEditor
      label="Note on this page"
      onCancel={() => setAdding(false)}
      onSave={async (text, tags) => {
        await sendMessage('pageAddNote', { text, tags, target: { kind: 'page', url, title: title.slice(0, 1000) } });
        setAdding(false);
        onAdded('Note added.');
      }}
    />
  );
}
