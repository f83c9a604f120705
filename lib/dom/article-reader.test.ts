import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleMarkupSteps, MARKUP_MAX_DEPTH } from './article-markup';
import { readArticle } from './article-reader';
import { runSync } from './pace';

function markupOf(html: string) {
  return runSync(articleMarkupSteps(new DOMParser().parseFromString(html, 'text/html')))!;
}

describe('readArticle', () => {
  it("answers with the article's Text nodes, in document order, and not the page around it", () => {
    const markup = markupOf(readFileSync(resolve('tests/fixtures/reuters-amazon-openai-talks.html'), 'utf8'));
    const kept = readArticle(markup.html)!;
    expect(kept.length).toBeGreaterThan(5);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
    const text = kept.map((i) => markup.nodes[i]!.data).join(' ');
    expect(text).toContain('is in advanced discussions to make a strategic investment of up to $50 billion');
    expect(text).not.toContain('Sections');
  });

  it('answers null when there is no article, and for markup it cannot read', () => {
    expect(readArticle(markupOf('<body><nav>Menu</nav></body>').html)).toBeNull();
    expect(readArticle('<html><body><p>unclosed')).toBeNull();
    expect(readArticle('')).toBeNull();
  });

  it('refuses markup nested deeper than MARKUP_MAX_DEPTH without scoring it, whoever sent it', () => {
    const p =
      '<p>Amazon is in talks to invest up to $50 billion in OpenAI, people familiar with the matter said.</p>'.repeat(
        6,
      );
    const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}${p}${'</div>'.repeat(n)}</body></html>`;
    // Readability itself reads both (the deeper one in about 0.5 s); the cap refuses the deeper one before scoring.
    expect(readArticle(nested(MARKUP_MAX_DEPTH - 10))).toHaveLength(6);
    expect(readArticle(nested(MARKUP_MAX_DEPTH + 200))).toBeNull();
    expect(readArticle(nested(3500))).toBeNull();
  });
});
