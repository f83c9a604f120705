import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findArticleText as find } from './article';
import { readArticle } from './article-reader';
import { buildTextMap } from './text-map';

/** Readability run in process, as the background runs it for the content script. */
const findArticleText = (doc: Document) => find(doc, readArticle);

function load(file: string): Document {
  const html = readFileSync(resolve('tests/fixtures', file), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

function articleText(doc: Document) {
  const found = findArticleText(doc);
  expect(found).not.toBeNull();
  return { found: found!, map: buildTextMap(found!.chunks) };
}

describe('findArticleText', () => {
  it('keeps the headline and body of a news page and drops nav, ads, rail, comments and footer', () => {
    const doc = load('reuters-amazon-openai-talks.html');
    const { found, map } = articleText(doc);
    expect(found.method).toBe('readability');
    expect(map.text.startsWith('Amazon in Advanced Talks to Invest Up to $50 Billion in OpenAI')).toBe(true);
    expect(map.text).toContain('is in advanced discussions to make a strategic investment of up to $50 billion');
    expect(map.text).toContain('does not constitute financial advice.');
    for (const boilerplate of [
      'Sections',
      'Trade AMZN options',
      'more than $900 billion',
      'up to $40 billion',
      '50,000 corporate jobs',
      'not fifty',
      'absurd',
      'All quotes delayed',
      'AMZN 241.73 ▲',
    ]) {
      expect(map.text).not.toContain(boilerplate);
    }
  });

  it('keeps each paragraph a block of its own', () => {
    const { map } = articleText(load('reuters-amazon-openai-talks.html'));
    const paragraphs = map.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(9);
    expect(paragraphs.some((p) => p.startsWith('"This isn\'t just about writing a check'))).toBe(true);
  });

  it("maps article text back to the page's own text nodes", () => {
    const doc = load('cnbc-openai-funding-conflict.html');
    const { map } = articleText(doc);
    const needle = 'valuing OpenAI at more than $900 billion';
    const at = map.text.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    const pos = map.positionOf(at, at + needle.length)!;
    expect(doc.contains(pos.startNode)).toBe(true);
    expect(pos.startNode).toBe(pos.endNode);
    expect(pos.startNode.data.slice(pos.startOffset, pos.endOffset)).toBe(needle);
    expect(map.text).not.toContain('CNBC got it wrong');
    expect(map.text).not.toContain('Amazon nears deal');
    expect(map.text).not.toContain('about $830 billion');
  });

  it('falls back to <article> when Readability finds too little, still without boilerplate', () => {
    const doc = new DOMParser().parseFromString(
      '<body><nav>Amazon to invest $10 billion</nav><article><h1>Short</h1><p>Amazon may invest up to $50 billion.</p>' +
        '<div class="comments"><p>$10 billion!</p></div></article></body>',
      'text/html',
    );
    const { map } = articleText(doc);
    expect(map.text).toContain('Amazon may invest up to $50 billion.');
    expect(map.text).not.toContain('$10 billion');
  });

  it('returns null for a page with no text', () => {
    expect(findArticleText(new DOMParser().parseFromString('<body><nav>Menu</nav></body>', 'text/html'))).toBeNull();
  });

  it('never reads a headline out of a form field, even one marked as the main region', () => {
    // Found by the fuzzer: the headline was added back without the editable check the body text gets.
    const doc = new DOMParser().parseFromString(
      '<body><textarea role="main"><h1>Amazon</h1></textarea></body>',
      'text/html',
    );
    // The only text is inside the form field: nothing is an article.
    expect(doc.querySelector('textarea')?.textContent).toContain('Amazon');
    expect(findArticleText(doc)).toBeNull();
  });
});
