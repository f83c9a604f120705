import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const records = (text: string) =>
  extractClaims(text)
    .filter((c) => c.relation === 'largest-acquisition')
    .map((c) => ({ text: c.text, subject: c.subject, object: c.object }));

describe('largest-acquisition claims', () => {
  it('name the buyer whose record it is and the company bought, in either order', () => {
    const pair = { subject: 'amazon', object: 'whole-foods' };
    expect(records("Whole Foods is Amazon's biggest buy ever.")).toEqual([
      { text: "Amazon's biggest buy ever", ...pair },
    ]);
    expect(records("Amazon's costliest takeover, Whole Foods, closed in 2017.")).toEqual([
      { text: "Amazon's costliest takeover", ...pair },
    ]);
    expect(records('Whole Foods was acquired by Amazon, its largest deal.')).toEqual([
      { text: 'its largest deal', ...pair },
    ]);
    expect(records('Whole Foods was the largest purchase ever made by the e-commerce giant.')).toEqual([
      { text: 'largest purchase ever made by the e-commerce giant', ...pair },
    ]);
  });

  it('take the subject of "is" as the company bought, and nothing when that subject names none', () => {
    expect(records("A stake in OpenAI would be Amazon's biggest deal ever.")).toEqual([
      { text: "Amazon's biggest deal ever", subject: 'amazon', object: 'openai' },
    ]);
    expect(records("Buying a film studio was Amazon's biggest deal, after it bought Whole Foods.")).toEqual([]);
  });

  it('are not made for a set, another rank, a record of no one, or a company compared with', () => {
    expect(records("Whole Foods is one of Amazon's largest acquisitions.")).toEqual([]);
    expect(records("Whole Foods is Amazon's second-largest acquisition.")).toEqual([]);
    expect(records('Whole Foods was the largest acquisition of a supermarket that year.')).toEqual([]);
    expect(records("The OpenAI stake would be Amazon's biggest deal since Whole Foods.")).toEqual([
      { text: "Amazon's biggest deal", subject: 'amazon', object: 'openai' },
    ]);
  });
});
