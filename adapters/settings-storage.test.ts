import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isSiteEnabledIn, SETTINGS_KEY, withSiteEnabled } from '@/lib/settings';
import { getSettings, onSettingsChanged, updateSettings } from './settings-storage';

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a site switch and reports changes', async () => {
    const seen: boolean[] = [];
    const stop = onSettingsChanged((s) => seen.push(isSiteEnabledIn(s, 'www.reuters.com')));
    const enabled = async (host: string) => isSiteEnabledIn(await getSettings(), host);
    expect(await enabled('www.reuters.com')).toBe(true);
    await updateSettings((s) => withSiteEnabled(s, 'www.reuters.com', false));
    expect(await enabled('www.reuters.com')).toBe(false);
    expect(await enabled('uk.reuters.com')).toBe(false);
    await updateSettings((s) => withSiteEnabled(s, 'www.reuters.com', true));
    expect(await enabled('www.reuters.com')).toBe(true);
    stop();
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    expect(seen).toEqual([false, true]);
    expect((await getSettings()).theme).toBe('dark');
  });

  it('reads corrupt stored settings without throwing', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { theme: 3, userSites: ['fine.example'] } });
    expect(await getSettings()).toMatchObject({ theme: 'system', userSites: ['fine.example'] });
  });
});
