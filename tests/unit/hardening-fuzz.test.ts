/**
 * Fuzzing beyond lib/claims/extract.test.ts (which covers extractClaims on deal words and random ASCII-ish strings)
 * and lib/notes/transfer.test.ts (random import files never corrupt the database): the whole engine, `analyze`, on
 * adversarial Unicode — bidi controls, zero-width characters, lone surrogates, full-width digits, absurd numbers —
 * and the content script's article finding on random hostile HTML.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '@/lib/engine';
import { VERDICTS } from '@/lib/verdicts/types';
import { findArticleText } from '@/lib/dom/article';
import { readArticle } from '@/lib/dom/article-reader';
import { buildTextMap } from '@/lib/dom/text-map';

const ADVERSARIAL = [
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u200E',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDFFF',
  '\uD83D\uDE00',
  'e\u0301',
  '\u0000',
  '\t',
  '\r\n',
  '＄５０ billion',
  '１６,０００ jobs',
  '$1e309 billion',
  '$999999999999999999999999 billion',
  '$-0',
  '$NaN billion',
  '$.',
  '$,',
  '1,,,000',
  '((((',
  '))))',
  '…',
  '—',
  '\u00AD',
  'العربية',
  'עברית',
  '中文',
  '$50\u00A0billion',
  '$50\u200Bbillion',
  'up\u00A0to',
];
const DEAL = [
  'Amazon',
  'OpenAI',
  'SoftBank',
  'Nvidia',
  'Microsoft',
  'is in talks to invest',
  'up to',
  '$50 billion',
  '$10 billion',
  'valuing the company at',
  '$830 billion',
  'cut',
  '16,000 jobs',
  'the company',
  'said on January 29, 2026',
  '.',
  ',',
  ' ',
  '\n',
  'in',
  'round',
  '%',
  'shares rose',
  '$241.73',
];
const adversarialText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...DEAL) },
      { weight: 2, arbitrary: fc.constantFrom(...ADVERSARIAL) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(' '));

function checkAnalysis(text: string, documentDate?: string) {
  const run = () => analyze(text, documentDate === undefined ? {} : { documentDate });
  const first = run();
  for (const a of first) {
    expect(a.claim.start).toBeGreaterThanOrEqual(0);
    expect(a.claim.end).toBeLessThanOrEqual(text.length);
    expect(a.claim.start).toBeLessThan(a.claim.end);
    expect(text.slice(a.claim.start, a.claim.end)).toBe(a.claim.text);
    expect(VERDICTS).toContain(a.verdict);
    expect(typeof a.why).toBe('string');
  }
  // Same input, same output: nothing depends on time, randomness or state left by an earlier call.
  expect(JSON.stringify(run())).toBe(JSON.stringify(first));
}

describe('analyze on adversarial input', () => {
  it('never throws, keeps spans in bounds and verdicts valid, and is deterministic', () => {
    fc.assert(
      fc.property(adversarialText, (text) => checkAnalysis(text)),
      { numRuns: 300 },
    );
  });

  it('takes any documentDate without throwing', () => {
    fc.assert(
      fc.property(
        adversarialText,
        fc.oneof(fc.string(), fc.constantFrom('2026-01-29', '2026-13-45', '0000-00', '')),
        (text, date) => checkAnalysis(text, date),
      ),
      { numRuns: 100 },
    );
  });

  it('a claim keeps its verdict with invisible characters around it', () => {
    const plain =
      'Amazon is in talks to invest up to $50 billion in OpenAI, people familiar with the matter said on January 29, 2026.';
    const verdictOf = (t: string) => analyze(t).map((a) => a.verdict);
    expect(verdictOf(plain)).toEqual(['supported']);
    for (const wrap of ['\u200F', '\u202B', '\u2067', '\uFEFF']) {
      checkAnalysis(`${wrap}${plain}${wrap}`);
      expect(verdictOf(`${wrap}${plain}${wrap}`)).toEqual(['supported']);
    }
  });
});

const TAGS = [
  'p',
  'div',
  'span',
  'article',
  'main',
  'section',
  'aside',
  'nav',
  'textarea',
  'b',
  'table',
  'td',
  'li',
  'ul',
  'h1',
  'br',
  'form',
  'template',
  'iframe',
  'svg',
];
const ATTRS = [
  '',
  ' hidden',
  ' contenteditable',
  ' aria-hidden="true"',
  ' class="comments"',
  ' dir="rtl"',
  ' style="display:none"',
  ' role="main"',
];
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      ...DEAL,
      ...ADVERSARIAL,
      '<',
      '&amp;',
      '&#xD800;',
      '<!-- x -->',
      '<![CDATA[x]]>',
      '</p>',
      '<p',
      '<',
    ),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, kids]) => `<${tag}${attrs}>${(kids as string[]).join('')}</${tag}>`),
  ),
})).node;

describe('article finding on hostile HTML', () => {
  it("never throws, and every mapped position points into the page's own text nodes", () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 8 }), (parts) => {
        const doc = new DOMParser().parseFromString(
          `<!doctype html><html><body>${parts.join('')}</body></html>`,
          'text/html',
        );
        const found = findArticleText(doc, readArticle);
        if (!found) return;
        const map = buildTextMap(found.chunks);
        for (const c of found.chunks) {
          expect(doc.contains(c.node)).toBe(true);
          // Nothing from a form field or an editable region is read as article text.
          expect(
            c.node.parentElement?.closest('textarea, [contenteditable]:not([contenteditable="false"])'),
          ).toBeNull();
        }
        for (let start = 0; start < map.text.length; start += 7) {
          const pos = map.positionOf(start, Math.min(map.text.length, start + 5));
          if (!pos) continue;
          expect(pos.startOffset).toBeLessThanOrEqual(pos.startNode.data.length);
          expect(pos.endOffset).toBeLessThanOrEqual(pos.endNode.data.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
