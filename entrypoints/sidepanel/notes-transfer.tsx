/**
 * Export and import of notes in the side panel: the file is built, saved (a download of a blob made in this page, no
 * network), read and checked here (entrypoints/sidepanel/notes-file.ts). Also says whether the browser keeps notes
 * persistently, and whether an upgrade set any record aside.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import { errorMessage } from '@/components/use-tab-state';
import { askPersistence, exportToBlob, importFromFile, setAsideCount } from './notes-file';

export interface NotesTransferProps {
  onStatus: (message: string) => void;
  onError: (message: string) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function NotesTransfer({ onStatus, onError }: NotesTransferProps) {
  const [busy, setBusy] = useState(false);
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [aside, setAside] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void askPersistence().then(setPersistent);
    void setAsideCount().then(setAside, () => undefined);
  }, []);

  const exportAll = async () => {
    setBusy(true);
    onError('');
    try {
      const file = await exportToBlob();
      const url = URL.createObjectURL(file.blob);
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
      const counts = await importFromFile(file);
      // Badges and other side panels learn of it from the background, which tells every page concerned.
      if (counts.added || counts.updated) await sendMessage('pageNotesImported', undefined).catch(() => undefined);
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
        <button type="button" class="secondary" disabled={busy} onClick={() => void exportAll()}>
          Export notes
        </button>
        <label class="secondary file-button">
          Import notes…
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void importFile(f);
            }}
          />
        </label>
      </div>
      {persistent === false ? (
        <p class="note-hint">
          This browser keeps notes only as long as it has room (best-effort storage): export them now and then.
        </p>
      ) : null}
      {persistent ? (
        <p class="note-hint" data-storage="persistent">
          Notes stay until you delete them or remove DealLens: the browser does not clear them to free space.
        </p>
      ) : null}
      {aside ? (
        <p class="note-hint" role="status">
          {aside === 1 ? '1 note' : `${aside} notes`} from an earlier DealLens could not be read and{' '}
          {aside === 1 ? 'is' : 'are'} kept aside, unchanged.
        </p>
      ) : null}
    </div>
  );
}
