/** The reader's settings for a Preact page, kept current, with the theme applied to the page as it changes. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings, Theme } from '@/lib/settings';
import { getSettings, onSettingsChanged, updateSettings } from '@/adapters/settings-storage';

/** `data-theme` on the root picks the palette in pages.css; "system" follows prefers-color-scheme there. */
function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

export type ChangeSettings = (change: (s: Settings) => Settings) => Promise<Settings>;

/**
 * The settings and a way to change them. A change shows at once (a controlled checkbox must not flip back while
 * storage catches up) and is then written; the stored value comes back through onSettingsChanged.
 */
export function useSettings(): [Settings | undefined, ChangeSettings] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const take = (s: Settings) => {
      if (!live) return;
      applyTheme(s.theme);
      setSettings(s);
    };
    void getSettings().then(take);
    const stop = onSettingsChanged(take);
    return () => {
      live = false;
      stop();
    };
  }, []);
  const change: ChangeSettings = (fn) => {
    setSettings((s) => {
      if (!s) return s;
      const next = fn(s);
      applyTheme(next.theme);
      return next;
    });
    return updateSettings(fn);
  };
  return [settings, change];
}
