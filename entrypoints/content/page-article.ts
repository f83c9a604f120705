/** The article DealLens checked on this page, as "Add this article as a source" reads it (see backgroundGetArticle). */
import type { PageArticle } from '@/lib/protocol';

function metaContent(selector: string): string {
  return document.querySelector<HTMLMetaElement>(selector)?.content?.trim().slice(0, 200) ?? '';
}

export function pageArticle(text: string, date: string | undefined): PageArticle {
  return {
    text,
    title: (metaContent('meta[property="og:title"]') || document.title).slice(0, 1000),
    url: location.href.slice(0, 4000),
    ...(date ? { date } : {}),
    outlet: metaContent('meta[property="og:site_name"]') || metaContent('meta[name="application-name"]'),
  };
}
