/** The reader's settings for a Preact page, kept current, with the theme applied to the page as it changes. */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, onSettingsChanged, type Settings, type Theme } from '@/lib/settings';

/** `data-theme` on the root picks the palette in pages.css; "system" follows prefers-color-scheme there. */
export function applyTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

export function useSettings(): Settings | undefined {
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
  return settings;
}
