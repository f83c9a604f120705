import { describe, expect, it } from 'vitest';
import JSDOMParser, { type ParsedNode } from '@mozilla/readability/JSDOMParser.js';
import { articleMarkupSteps, MARKUP_MAX_DEPTH, MARKUP_MAX_ELEMENTS } from './article-markup';
import { runSync } from './pace';

function parsedTexts(html: string): string[] {
  const out: string[] = [];
  const walk = (n: ParsedNode) => {
    if (n.nodeType === 3) out.push(n.textContent);
    for (const c of n.childNodes) walk(c);
  };
  walk(new JSDOMParser().parse(html));
  return out;
}

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('articleMarkupSteps', () => {
  it("numbers the page's Text nodes so that the parsed markup has the same ones in the same order", () => {
    const d = doc(
      '<html><head><title>T &amp; more</title><style>p{}</style></head><body><p id="a" class="x &quot;y">' +
        'Amazon &lt;b&gt; 5 &amp; 6</p><script>var a = "<p>";</script><p>one<!-- c -->two</p><ul><li>x</li></ul><br>tail</body></html>',
    );
    // Two Text nodes side by side (as scripts leave them): the markup must not merge them.
    const p = d.createElement('p');
    p.append(d.createTextNode('left '), d.createTextNode('right'));
    d.body.append(p);
    const markup = runSync(articleMarkupSteps(d))!;
    expect(markup.html).not.toContain('var a');
    expect(markup.html).not.toContain('p{}');
    expect(parsedTexts(markup.html)).toEqual(markup.nodes.map((n) => n.data));
    expect(markup.nodes.map((n) => n.data)).toEqual([
      'T & more',
      'Amazon <b> 5 & 6',
      'one',
      'two',
      'x',
      'tail',
      'left ',
      'right',
    ]);
    expect(markup.html).toContain('class="x &quot;y"');
  });

  it("leaves out DealLens's own overlay and writes names a parser could misread as neutral elements", () => {
    const d = doc('<body><p>kept</p></body>');
    const own = d.createElement('deallens-overlay');
    own.textContent = 'badge text';
    d.documentElement.append(own);
    const odd = d.createElementNS('http://www.w3.org/1999/xhtml', 'odd.name');
    odd.textContent = 'odd';
    d.body.append(odd);
    const markup = runSync(articleMarkupSteps(d))!;
    expect(markup.nodes.map((n) => n.data)).toEqual(['kept', 'odd']);
    expect(markup.html).toContain('<span>odd</span>');
    expect(parsedTexts(markup.html)).toEqual(['kept', 'odd']);
  });

  it('gives up on a page with more elements than it sends', () => {
    const d = doc(`<body>${'<i>w</i>'.repeat(MARKUP_MAX_ELEMENTS)}</body>`);
    expect(runSync(articleMarkupSteps(d))).toBeNull();
  });

  it('gives up on a page nested deeper than Readability can score in reasonable time (3,500 nested divs)', () => {
    const nested = (n: number) =>
      `<body>${'<div>'.repeat(n)}<p>Amazon may invest up to $50 billion in OpenAI.</p>${'</div>'.repeat(n)}</body>`;
    expect(runSync(articleMarkupSteps(doc(nested(3500))))).toBeNull();
    // Depth within the cap (html, body, then the divs) is written as usual.
    expect(runSync(articleMarkupSteps(doc(nested(MARKUP_MAX_DEPTH - 3))))?.nodes.map((n) => n.data)).toEqual([
      'Amazon may invest up to $50 billion in OpenAI.',
    ]);
  });
});
