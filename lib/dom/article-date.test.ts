import { describe, expect, it } from 'vitest';
import { articleDate } from './article-date';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('articleDate', () => {
  it('reads publication metadata first', () => {
    const d = doc(
      '<head><meta property="article:published_time" content="2026-01-29T14:05:00Z"></head><body><article><time datetime="2025-01-01">x</time></article></body>',
    );
    expect(articleDate(d, d.querySelector('article'))).toBe('2026-01-29');
  });

  it('reads JSON-LD, ignoring a broken block', () => {
    const d = doc(
      '<head><script type="application/ld+json">{broken</script><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-02-03T10:00:00-05:00"}</script></head><body></body>',
    );
    expect(articleDate(d, null)).toBe('2026-02-03');
  });

  it('falls back to a <time> in the article, and to nothing', () => {
    const d = doc('<body><article><p>By X · <time datetime="2026-07-12">July 12</time></p></article></body>');
    expect(articleDate(d, d.querySelector('article'))).toBe('2026-07-12');
    expect(articleDate(doc('<body><p>No date</p></body>'), null)).toBeUndefined();
  });
});
