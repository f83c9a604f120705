/**
 * The benchmark's news pages: articles of about 2,000 and 20,000 words inside a realistic news page (site header
 * and navigation, a ticker, a rail of related stories, an ad slot, comments, a long footer), written to
 * tests/fixtures/bench/ at bench time from the source articles (and corpus excerpts when present).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from './text';

const BENCH_FIXTURES = resolve('tests/fixtures/bench');

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const STYLE = `
body { margin: 0; font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: #1a1a1a; background: #fff; }
.site-header { display: flex; gap: 24px; align-items: center; padding: 12px 32px; border-bottom: 1px solid #ddd; font-family: sans-serif; }
.site-header nav a { margin-right: 14px; color: #333; text-decoration: none; font-size: 14px; }
.ticker { font: 12px sans-serif; color: #555; padding: 4px 32px; background: #f6f6f6; white-space: nowrap; overflow: hidden; }
.layout { display: grid; grid-template-columns: minmax(0, 720px) 300px; gap: 48px; padding: 24px 32px; }
h1 { font-size: 34px; line-height: 1.2; margin: 0 0 12px; }
h2 { font-size: 24px; margin: 32px 0 8px; }
.byline { font: 14px sans-serif; color: #555; margin-bottom: 24px; }
figure { margin: 0 0 24px; } figure .img { width: 720px; max-width: 100%; height: 405px; background: #d9dee4; }
figcaption { font: 13px sans-serif; color: #666; }
.ad { width: 300px; height: 250px; background: #eee; font: 11px sans-serif; color: #999; display: flex; align-items: center; justify-content: center; }
.rail h3 { font: bold 16px sans-serif; } .rail li { margin-bottom: 12px; font: 15px/1.4 sans-serif; }
.comments { padding: 24px 32px; max-width: 720px; font: 15px/1.5 sans-serif; } .comment { border-top: 1px solid #eee; padding: 8px 0; }
footer { padding: 24px 32px; font: 13px sans-serif; color: #666; border-top: 1px solid #ddd; columns: 4; }
footer a { display: block; color: #666; }
`;

const SECTIONS = [
  'World',
  'Business',
  'Markets',
  'Sustainability',
  'Legal',
  'Breakingviews',
  'Technology',
  'Investigations',
  'Sports',
  'Science',
  'Lifestyle',
  'Podcasts',
  'Pictures',
  'Video',
  'Graphics',
  'Fact Check',
];

/** An article of at least `targetWords` words: the articles' paragraphs in turn, with their headlines as subheads. */
function body(articles: Article[], targetWords: number): { html: string; words: number } {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < targetWords; i++) {
    const a = articles[i % articles.length]!;
    if (i > 0) {
      out.push(`<h2>${esc(a.title)}</h2>`);
      count += words(a.title);
    }
    for (const p of a.paragraphs) {
      if (count >= targetWords) break;
      out.push(`<p>${esc(p)}</p>`);
      count += words(p);
      // Real articles break their text with figures and inline promos every few paragraphs.
      if (out.length % 9 === 0)
        out.push(
          '<div class="promo" data-ad="inline"><a href="/newsletters/">Sign up for the Tech newsletter</a></div>',
        );
    }
  }
  return { html: out.join('\n'), words: count };
}

function newsPage(articles: Article[], targetWords: number): { html: string; words: number } {
  const lead = articles[0]!;
  const article = body(articles, targetWords);
  const related = articles
    .slice(1, 8)
    .map((a, i) => `<li><a href="/technology/story-${i}/">${esc(a.title)}</a></li>`)
    .join('');
  const nav = SECTIONS.map((s) => `<a href="/${s.toLowerCase().replace(/ /g, '-')}/">${s}</a>`).join('');
  const footer = Array.from(
    { length: 60 },
    (_, i) => `<a href="/info/${i}/">${SECTIONS[i % SECTIONS.length]} page ${i}</a>`,
  ).join('');
  const comments = Array.from(
    { length: 12 },
    (_, i) =>
      `<div class="comment"><b>reader${i}</b><p>Comment ${i}: I doubt the $${10 + i} billion figure will hold.</p></div>`,
  ).join('');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(lead.title)} | Reuters</title>
<meta property="og:title" content="${esc(lead.title)}">
<meta property="article:published_time" content="2026-01-30T14:05:00Z">
<style>${STYLE}</style>
</head>
<body>
<header class="site-header"><a class="logo" href="/">Reuters</a><nav aria-label="Sections">${nav}</nav></header>
<div class="ticker" role="marquee">AMZN 241.73 ▲ · MSFT 480.12 ▼ · NVDA 185.40 ▲ · GOOGL 192.10 ▲ · META 610.55 ▼</div>
<div class="layout">
<main>
<article>
<header>
<h1>${esc(lead.title)}</h1>
<div class="byline">By Reuters Staff · <time datetime="2026-01-30">January 30, 2026</time></div>
</header>
<figure><div class="img" role="img" aria-label="Data center"></div><figcaption>A data center. REUTERS/Staff</figcaption></figure>
${article.html}
</article>
</main>
<aside class="rail"><div class="ad">Advertisement</div><h3>Related stories</h3><ul>${related}</ul></aside>
</div>
<section class="comments" id="comments"><h3>Comments</h3>${comments}</section>
<footer>${footer}<p>© 2026 Reuters. All rights reserved.</p></footer>
</body>
</html>
`;
  return { html, words: article.words };
}

export interface BenchPages {
  /** Paths under tests/fixtures, as the fixture server serves them. */
  small: string;
  large: string;
  smallWords: number;
  largeWords: number;
}

export function writeBenchPages(articles: Article[]): BenchPages {
  mkdirSync(BENCH_FIXTURES, { recursive: true });
  const small = newsPage(articles, 2_000);
  const large = newsPage(articles, 20_000);
  writeFileSync(join(BENCH_FIXTURES, 'news-2k.html'), small.html);
  writeFileSync(join(BENCH_FIXTURES, 'news-20k.html'), large.html);
  return {
    small: '/bench/news-2k.html',
    large: '/bench/news-20k.html',
    smallWords: small.words,
    largeWords: large.words,
  };
}
