import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import { addUserSite, validateNewSite } from './user-sites';

export function AddSite({ settings, onStatus }: { settings: Settings; onStatus: (message: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');

  const submit = (e: Event) => {
    e.preventDefault();
    const checked = validateNewSite(text, settings);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError('');
    onStatus(`Waiting for your browser: allow DealLens to read ${checked.site}?`);
    addUserSite(checked.site).then(
      (granted) => {
        if (granted) {
          setText('');
          onStatus(`Added ${checked.site}.`);
        } else {
          onStatus('');
          setError(`The browser did not allow access to ${checked.site}, so it was not added.`);
        }
      },
      (err: unknown) => {
        onStatus('');
        setError(`Could not add ${checked.site}: ${err instanceof Error ? err.message : String(err)}`);
      },
    );
  };

  return (
    <form class="add-site" onSubmit={submit}>
      <input
        type="text"
        value={text}
        placeholder="example.com"
        aria-label="Site to add"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'add-site-error' : undefined}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" class="primary">
        Add site
      </button>
      {error ? (
        <p id="add-site-error" class="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
