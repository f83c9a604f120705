/**
 * Export and import of notes in the side panel. The file is built and checked in the background; here it is only
 * saved (a download of a blob made in this page, no network) or read from the reader's chosen file.
 */
import { useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import { errorMessage } from '@/components/use-tab-state';

export interface NotesTransferProps {
  onStatus: (message: string) => void;
  onError: (message: string) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function NotesTransfer({ onStatus, onError }: NotesTransferProps) {
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    setBusy(true);
    onError('');
    try {
      const file = await sendMessage('pageExportNotes', undefined);
      const url = URL.createObjectURL(new Blob([file.json], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      onStatus(`Exported ${plural(file.count, 'note')} to ${file.fileName}.`);
    } catch (err) {
      onError(`Export failed: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setBusy(true);
    onError('');
    try {
      const counts = await sendMessage('pageImportNotes', { json: await file.text() });
      onStatus(`Imported ${file.name}: ${counts.added} added, ${counts.updated} updated, ${counts.skipped} skipped.`);
    } catch (err) {
      onError(`Import failed, nothing was changed. ${errorMessage(err)}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div class="notes-transfer">
      <h2>Export and import</h2>
      <div class="note-actions">
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportAll()}>Export notes</button>
        <label class="secondary file-button">
          Import notes…
          <input ref={input} type="file" accept=".json,application/json" disabled={busy}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void importFile(f);
            }} />
        </label>
      </div>
    </div>
  );
}
