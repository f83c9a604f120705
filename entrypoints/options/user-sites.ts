/**
 * Adding and removing the reader's own sites. The host permission is asked for here, in the click (the browser
 * requires a user gesture); the background registers the content script once the permission and setting are in.
 */
import { browser } from 'wxt/browser';
import { isDefaultNewsHost } from '@/lib/sites';
import { normalizeSite, sitePatterns, type Settings } from '@/lib/settings';
import { updateSettings } from '@/adapters/settings-storage';

export type AddResult = { ok: true; site: string } | { ok: false; message: string };

/** Checks what the reader typed; a message says what is wrong. */
export function validateNewSite(input: string, settings: Settings): AddResult {
  const site = normalizeSite(input);
  if (!site) return { ok: false, message: `“${input.trim()}” is not a site address. Type a host such as example.com.` };
  if (isDefaultNewsHost(site)) return { ok: false, message: `${site} is already on the news list.` };
  if (settings.userSites.includes(site)) return { ok: false, message: `${site} is already in your sites.` };
  return { ok: true, site };
}

/** Must be called from the click handler: permissions.request needs the gesture. */
export async function addUserSite(site: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: sitePatterns(site) });
  if (!granted) return false;
  await updateSettings((s) => (s.userSites.includes(site) ? s : { ...s, userSites: [...s.userSites, site] }));
  return true;
}

export async function removeUserSite(site: string): Promise<void> {
  await updateSettings((s) => ({
    ...s,
    userSites: s.userSites.filter((x) => x !== site),
    disabledSites: s.disabledSites.filter((x) => x !== site),
  }));
  // Give the access back too: DealLens keeps no more reach than the reader's list.
  await browser.permissions.remove({ origins: sitePatterns(site) }).catch(() => false);
}
