/** The Notes view's choice between this page's notes and all notes. */

export type Scope = 'page' | 'all';

export function NotesScope({ scope, onScope }: { scope: Scope; onScope: (scope: Scope) => void }) {
  return (
    <div class="notes-scope" role="group" aria-label="Which notes">
      <button type="button" aria-pressed={scope === 'page'} onClick={() => onScope('page')}>
        This page
      </button>
      <button type="button" aria-pressed={scope === 'all'} onClick={() => onScope('all')}>
        All notes
      </button>
    </div>
  );
}
