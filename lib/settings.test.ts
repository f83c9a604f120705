import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  hostMatchesSite,
  isSiteEnabledIn,
  normalizeSite,
  parseSettings,
  sitePatterns,
  withSiteEnabled,
} from './settings';

describe('normalizeSite', () => {
  it('reduces what a reader types to a bare host', () => {
    expect(normalizeSite('https://www.Example.com/a/b?c#d')).toBe('example.com');
    expect(normalizeSite('www.example-blog.test')).toBe('example-blog.test');
    expect(normalizeSite(' news.example.org. ')).toBe('news.example.org');
    expect(normalizeSite('example.com:8443/path')).toBe('example.com');
  });
  it('rejects what is not a host', () => {
    for (const bad of [
      '',
      'localhost',
      'not a host',
      'exa mple.com',
      '-bad.com',
      'javascript:alert(1)',
      '<b>x</b>.com',
    ]) {
      expect(normalizeSite(bad), bad).toBeNull();
    }
  });
});

describe('host matching', () => {
  it('matches the site and its subdomains only', () => {
    expect(hostMatchesSite('www.reuters.com', 'reuters.com')).toBe(true);
    expect(hostMatchesSite('reuters.com', 'reuters.com')).toBe(true);
    expect(hostMatchesSite('notreuters.com', 'reuters.com')).toBe(false);
    expect(hostMatchesSite('reuters.com.evil.test', 'reuters.com')).toBe(false);
  });
  it('turns a site off and on again', () => {
    const off = withSiteEnabled(DEFAULT_SETTINGS, 'www.cnbc.com', false);
    expect(off.disabledSites).toEqual(['cnbc.com']);
    expect(isSiteEnabledIn(off, 'www.cnbc.com')).toBe(false);
    expect(isSiteEnabledIn(off, 'www.reuters.com')).toBe(true);
    expect(withSiteEnabled(off, 'www.cnbc.com', false)).toBe(off);
    const on = withSiteEnabled(off, 'www.cnbc.com', true);
    expect(on.disabledSites).toEqual([]);
    expect(isSiteEnabledIn(on, 'www.cnbc.com')).toBe(true);
  });
  it('gives permission patterns for the site and its subdomains', () => {
    expect(sitePatterns('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
  });
});

describe('parseSettings', () => {
  it('fills defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });
  it('resets only the fields that are corrupt and drops only bad list entries', () => {
    const s = parseSettings({
      version: 7,
      userSites: ['ok.example', 42, 'bad host', 'OK.example'],
      disabledSites: 'x',
      showUnknown: false,
      theme: 'purple',
    });
    expect(s).toEqual({
      version: 1,
      userSites: ['ok.example'],
      disabledSites: [],
      showUnknown: false,
      theme: 'system',
    });
  });
});
