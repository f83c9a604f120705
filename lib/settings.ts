/**
 * The reader's settings: sites they added, sites they turned DealLens off on, whether "Not in fact base" badges
 * show, and the theme of the extension's pages. Stored in browser.storage.local under one key.
 *
 * Parsing and host matching are pure (no browser globals) so they run in Vitest and Node; adapters/settings-storage.ts
 * reads, writes and watches them in browser.storage.
 *
 * The content script reads them too: it runs only where `isSiteEnabledIn(settings, location.hostname)`, hides "Not in
 * fact base" badges when `showUnknown` is false, and follows `onSettingsChanged` (the popup's site switch takes effect
 * at once).
 */

export const SETTINGS_KEY = 'settings';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** A site is kept as a bare host name without "www.": "reuters.com" covers www.reuters.com and uk.reuters.com. */
const HOST_RE = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

export interface Settings {
  version: 1;
  userSites: string[];
  disabledSites: string[];
  showUnknown: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: 1,
  userSites: [],
  disabledSites: [],
  showUnknown: true,
  theme: 'system',
});

/**
 * A stored site list: one bad entry (hand-edited or older data) must not cost the reader the rest of the list.
 * Checked by hand rather than with zod: the content script reads settings on every news page and must stay small.
 */
function siteList(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const item of items) {
    const site = typeof item === 'string' ? normalizeSite(item) : null;
    if (site && !out.includes(site)) out.push(site);
  }
  return out;
}

/** Reads whatever was stored (possibly nothing, possibly garbage) into valid settings. */
export function parseSettings(raw: unknown): Settings {
  const obj = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  // Each field falls back on its own, so a corrupt value resets that field only.
  return {
    version: 1,
    userSites: 'userSites' in obj ? siteList(obj.userSites) : [],
    disabledSites: 'disabledSites' in obj ? siteList(obj.disabledSites) : [],
    showUnknown: typeof obj.showUnknown === 'boolean' ? obj.showUnknown : DEFAULT_SETTINGS.showUnknown,
    theme: THEMES.includes(obj.theme as Theme) ? (obj.theme as Theme) : DEFAULT_SETTINGS.theme,
  };
}

/**
 * Turns what a reader types ("https://www.Example.com/a?b", "example.com.", "www.example.com") into a site key, or
 * null when it is not a host name.
 */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  } else {
    s = s.split(/[/?#]/, 1)[0] ?? '';
    s = s.replace(/:\d+$/, '');
  }
  s = s.replace(/\.$/, '').replace(/^www\./, '');
  return HOST_RE.test(s) && s.includes('.') ? s : null;
}

/** True when `host` is the site or one of its subdomains. */
export function hostMatchesSite(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === site || h.endsWith(`.${site}`);
}

export function isSiteEnabledIn(settings: Settings, host: string): boolean {
  return !settings.disabledSites.some((site) => hostMatchesSite(host, site));
}

/** Settings with `host`'s site switched on or off. Switching on removes every entry that covers the host. */
export function withSiteEnabled(settings: Settings, host: string, on: boolean): Settings {
  if (on) return { ...settings, disabledSites: settings.disabledSites.filter((s) => !hostMatchesSite(host, s)) };
  const site = normalizeSite(host);
  if (!site || !isSiteEnabledIn(settings, host)) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, site] };
}

/** Match patterns for a site, for optional host permissions and registered content scripts. */
export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}
