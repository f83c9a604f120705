import { describe, expect, it } from 'vitest';
import { NEWS_SITES, NEWS_SITE_MATCHES, isDefaultNewsHost } from './sites';

describe('news sites', () => {
  it('covers the sites the product promises', () => {
    const names = NEWS_SITES.map((s) => s.name);
    for (const name of [
      'Reuters',
      'Bloomberg',
      'The Wall Street Journal',
      'The New York Times',
      'Financial Times',
      'CNBC',
      'TechCrunch',
      'The Verge',
      'The Information',
      'Axios',
      'Business Insider',
      'GeekWire',
      'Fortune',
      'Forbes',
      'MarketWatch',
      'Yahoo Finance',
      'Benzinga',
      'CNN',
      'BBC',
      'The Guardian',
      'AP News',
      'Semafor',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('gives one valid match pattern per site, covering subdomains', () => {
    expect(NEWS_SITE_MATCHES).toHaveLength(NEWS_SITES.length);
    for (const p of NEWS_SITE_MATCHES) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
    expect(new Set(NEWS_SITE_MATCHES).size).toBe(NEWS_SITE_MATCHES.length);
  });

  it('matches hosts the way the patterns do', () => {
    expect(isDefaultNewsHost('www.reuters.com')).toBe(true);
    expect(isDefaultNewsHost('reuters.com')).toBe(true);
    expect(isDefaultNewsHost('finance.yahoo.com')).toBe(true);
    expect(isDefaultNewsHost('techcrunch.com.')).toBe(true);
    expect(isDefaultNewsHost('notreuters.com')).toBe(false);
    expect(isDefaultNewsHost('yahoo.com')).toBe(false);
    expect(isDefaultNewsHost('www.example-blog.test')).toBe(false);
  });
});
