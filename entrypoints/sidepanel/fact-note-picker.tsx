/**
 * "Add a note on a fact": pick a fact of the fact base (those this page's claims rest on first) and write the note.
 * Fact notes belong to no page; the Notes view shows them on every page whose claims use that fact.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import type { FactBase } from '@/lib/factbase/schema';
import { NoteEditor } from '@/components/note-editor';

export interface FactNotePickerProps {
  factBase: FactBase;
  /** Ids of the facts this page's claims were judged against. */
  pageFacts: readonly string[];
  onDone: (message: string) => void;
}

export function FactNotePicker({ factBase, pageFacts, onDone }: FactNotePickerProps) {
  const [open, setOpen] = useState(false);
  const onPage = factBase.facts.filter((f) => pageFacts.includes(f.id));
  const others = factBase.facts.filter((f) => !pageFacts.includes(f.id));
  const [factId, setFactId] = useState(onPage[0]?.id ?? others[0]?.id ?? '');

  if (!factBase.facts.length) return null;
  if (!open)
    return (
      <button type="button" class="secondary" onClick={() => setOpen(true)}>
        Add a note on a fact
      </button>
    );
  return (
    <div class="fact-note-picker">
      <label for="dl-fact-note-fact">Fact</label>
      <select id="dl-fact-note-fact" value={factId} onChange={(e) => setFactId(e.currentTarget.value)}>
        {onPage.length ? (
          <optgroup label="Used by this page's claims">
            {onPage.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={onPage.length ? 'Other facts' : 'Facts'}>
          {others.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </optgroup>
      </select>
      <NoteEditor
        label="Note on this fact"
        autoFocus={false}
        onCancel={() => setOpen(false)}
        onSave={async (text, tags) => {
          await sendMessage('pageAddNote', { text, tags, target: { kind: 'fact', factId } });
          setOpen(false);
          onDone('Note added.');
        }}
      />
    </div>
  );
}
