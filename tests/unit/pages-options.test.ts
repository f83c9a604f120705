import { describe, expect, it } from 'vitest';
import { validateNewSite } from '@/entrypoints/options/user-sites';
import { DEFAULT_SETTINGS } from '@/lib/settings';

describe('validateNewSite', () => {
  it('accepts a host or an address and keeps the bare site', () => {
    expect(validateNewSite('https://www.example-blog.test/post/1', DEFAULT_SETTINGS)).toEqual({
      ok: true,
      site: 'example-blog.test',
    });
  });
  it('says what is wrong with a typo, a news-list site, or a site already added', () => {
    expect(validateNewSite('not a site', DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a site address'),
    });
    expect(validateNewSite('uk.reuters.com', DEFAULT_SETTINGS)).toMatchObject({
      ok: false,
      message: 'uk.reuters.com is already on the news list.',
    });
    expect(validateNewSite('Example.org', { ...DEFAULT_SETTINGS, userSites: ['example.org'] })).toMatchObject({
      ok: false,
      message: 'example.org is already in your sites.',
    });
  });
});
