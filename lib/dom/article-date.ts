/**
 * The article's own date, where the page states it: publication metadata, schema.org data, or a <time> in the
 * article. Passed to the engine (a claim's event is placed relative to it) and reported for the side panel.
 */

const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

function day(value: string | null | undefined): string | undefined {
  const m = value?.trim().match(ISO_DAY);
  if (!m) return undefined;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object' && 'datePublished' in item) {
          const d = day(String((item as { datePublished: unknown }).datePublished));
          if (d) return d;
        }
      }
    } catch {
      // A page's broken JSON-LD is the page's business; other sources of the date remain.
    }
  }
  return undefined;
}

export function articleDate(doc: Document, root: Element | null): string | undefined {
  const meta = (sel: string) => day(doc.querySelector(sel)?.getAttribute('content'));
  return (
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    day(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime')) ??
    fromJsonLd(doc) ??
    day((root?.closest('article') ?? root)?.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    day(doc.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime'))
  );
}
