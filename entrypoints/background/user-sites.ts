/**
 * Sites the reader added in options: once they granted the optional host permission, the content script is
 * registered for them (chrome.scripting.registerContentScripts) and runs there like on the news list.
 */
import { browser } from 'wxt/browser';
import { sitePatterns, type Settings } from '@/lib/settings';
import { getSettings, onSettingsChanged } from '@/adapters/settings-storage';
import { CONTENT_SCRIPT_FILE } from './check-page';

const SCRIPT_ID = 'deallens-user-sites';

async function grantedPatterns(settings: Settings): Promise<string[]> {
  const out: string[] = [];
  for (const site of settings.userSites) {
    const origins = sitePatterns(site);
    if (await browser.permissions.contains({ origins })) out.push(...origins);
  }
  return out;
}

let syncing = Promise.resolve();

/** Makes the registered content script match exactly the user sites that have their permission. */
export function syncUserSites(): Promise<void> {
  // Serialised: two quick changes must not both register the same id.
  syncing = syncing
    .then(async () => {
      const matches = await grantedPatterns(await getSettings());
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      if (!matches.length) return;
      await browser.scripting.registerContentScripts([
        {
          id: SCRIPT_ID,
          matches,
          js: [CONTENT_SCRIPT_FILE],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    })
    .catch((err: unknown) => {
      console.warn('DealLens: could not register the content script for added sites', err);
    });
  return syncing;
}

export function registerUserSites() {
  onSettingsChanged((next, prev) => {
    if (next.userSites.join() !== prev.userSites.join()) void syncUserSites();
  });
  browser.permissions.onAdded.addListener(() => void syncUserSites());
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
  browser.runtime.onInstalled.addListener(() => void syncUserSites());
  browser.runtime.onStartup.addListener(() => void syncUserSites());
}
