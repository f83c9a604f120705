import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleMarkupSteps } from './article-markup';
import { readArticle } from './article-reader';
import { runSync } from './pace';

function markupOf(html: string) {
  return runSync(articleMarkupSteps(new DOMParser().parseFromString(html, 'text/html')))!;
}

describe('readArticle', () => {
  it('answers with the article\'s Text nodes, in document order, and not the page around it', () => {
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
});
