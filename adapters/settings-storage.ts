/**
 * The reader's settings (lib/settings.ts) in browser.storage.local, under one key. Whatever is stored is read through
 * the pure parser, so a corrupt value costs only that field.
 */
import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

async function saveSettings(next: Settings): Promise<Settings> {
  const valid = parseSettings(next);
  await browser.storage.local.set({ [SETTINGS_KEY]: valid });
  return valid;
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads, changes and writes the settings. Changes from one page run one after another, so none is lost. */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = queue.then(async () => saveSettings(change(await getSettings())));
  queue = next.catch(() => undefined);
  return next;
}

/** Calls `cb` with the new settings whenever they change (in any context). Returns a function that stops it. */
export function onSettingsChanged(cb: (settings: Settings, previous: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const change = changes[SETTINGS_KEY];
    cb(parseSettings(change?.newValue), parseSettings(change?.oldValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
