/** Options: where DealLens runs (news list and the reader's own sites), "Not in fact base" badges, and the theme. */
import { useState } from 'preact/hooks';
import { NEWS_SITES } from '@/lib/sites';
import { THEMES, withSiteEnabled, type Settings, type Theme } from '@/lib/settings';
import { useSettings } from '@/components/use-settings';
import { SiteList } from '@/components/site-list';
import { AddSite } from './add-site';
import { removeUserSite } from './user-sites';

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

export function App() {
  const [settings, change] = useSettings();
  const [status, setStatus] = useState('');
  if (!settings)
    return (
      <p class="muted" style="padding:16px">
        Loading…
      </p>
    );

  const save = (fn: (s: Settings) => Settings) => {
    change(fn).then(
      () => setStatus('Saved.'),
      (err: unknown) => setStatus(`Could not save: ${String(err)}`),
    );
  };
  const toggle = (site: string, on: boolean) => save((s) => withSiteEnabled(s, site, on));
  const defaults = NEWS_SITES.map((s) => ({ site: s.domain, name: s.name, added: false }));
  const added = settings.userSites.map((site) => ({ site, name: site, added: true }));

  return (
    <>
      <header class="header">
        <h1>DealLens options</h1>
      </header>
      <main>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
        <fieldset>
          <legend>Your sites</legend>
          <p class="muted">DealLens also runs by itself on sites you add. Your browser asks you to allow each one.</p>
          <AddSite settings={settings} onStatus={setStatus} />
          {added.length ? (
            <SiteList
              rows={added}
              settings={settings}
              label="Your sites"
              onToggle={toggle}
              onRemove={(site) =>
                void removeUserSite(site).then(
                  () => setStatus(`Removed ${site}.`),
                  (e: unknown) => setStatus(String(e)),
                )
              }
            />
          ) : (
            <p class="muted">None yet.</p>
          )}
        </fieldset>
        <fieldset>
          <legend>News sites</legend>
          <p class="muted">
            DealLens runs by itself on these sites. On any other page, use “Check this page” in the popup.
          </p>
          <SiteList rows={defaults} settings={settings} label="News sites" onToggle={toggle} />
        </fieldset>
        <fieldset>
          <legend>Badges</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.showUnknown}
              onChange={(e) => {
                // Read now: the event's target is gone by the time the change runs.
                const showUnknown = e.currentTarget.checked;
                save((s) => ({ ...s, showUnknown }));
              }}
            />
            Show “Not in fact base” badges
          </label>
        </fieldset>
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label class="choice" key={t}>
              <input
                type="radio"
                name="theme"
                value={t}
                checked={settings.theme === t}
                onChange={() => save((s) => ({ ...s, theme: t }))}
              />
              {THEME_LABELS[t]}
            </label>
          ))}
        </fieldset>
      </main>
    </>
  );
}
