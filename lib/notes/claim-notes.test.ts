import { describe, expect, it } from 'vitest';
import { claimTarget, notesOnClaims } from './claim-notes';
import type { Note } from './model';

const TEXT =
  'Amazon is in talks to invest up to $50 billion in OpenAI. SoftBank may add $30 billion. Nvidia makes chips.';
const claims = [
  {
    start: 0,
    end: TEXT.indexOf(' in OpenAI'),
    text: TEXT.slice(0, TEXT.indexOf(' in OpenAI')),
    relation: 'investment' as const,
    verdict: 'supported' as const,
  },
  {
    start: TEXT.indexOf('SoftBank'),
    end: TEXT.indexOf('. Nvidia'),
    text: 'SoftBank may add $30 billion',
    relation: 'investment' as const,
    verdict: 'contradicted' as const,
  },
];

/** A claim as the page shows it: the text and verdict claimTarget records. */
function annotated({ verdict, ...claim }: (typeof claims)[number]) {
  return { claim: { ...claim, event: { words: [] } }, verdict };
}

function note(id: string, target: Note['target']): Note {
  return { id, text: id, tags: [], createdAt: 1, updatedAt: 1, target };
}

describe('notesOnClaims', () => {
  it('attaches each claim note to the claim it was written on, even after the text changed', () => {
    const url = 'https://www.reuters.com/a';
    const n0 = note('n0', claimTarget(annotated(claims[0]!), TEXT, url, 'T'));
    const n1 = note('n1', claimTarget(annotated(claims[1]!), TEXT, url, 'T'));
    const gone = note('gone', {
      ...claimTarget(annotated(claims[1]!), TEXT, url, 'T'),
      quote: 'Microsoft buys a chip maker for $9 billion',
    });
    const page = note('page', { kind: 'page', url, title: 'T' });
    const edited = TEXT.replace('SoftBank may add $30 billion', 'SoftBank may add as much as $30 billion');
    const editedClaims = [claims[0]!, { ...claims[1]!, end: edited.indexOf('. Nvidia') }];
    const { byClaim, unplaced } = notesOnClaims([n0, n1, gone, page], edited, editedClaims);
    expect(byClaim.get(0)?.map((n) => n.id)).toEqual(['n0']);
    expect(byClaim.get(1)?.map((n) => n.id)).toEqual(['n1']);
    expect(unplaced.map((n) => n.id)).toEqual(['gone']);
  });

  it('a quote found on the page but on no claim now is unplaced, not lost', () => {
    const n = note(
      'n',
      claimTarget(
        annotated({ ...claims[0]!, start: TEXT.indexOf('Nvidia'), end: TEXT.length - 1, text: 'Nvidia makes chips' }),
        TEXT,
        'https://x.test/',
        '',
      ),
    );
    expect(notesOnClaims([n], TEXT, claims).unplaced).toEqual([n]);
  });

  it('records the quote, its context and the verdict shown', () => {
    const t = claimTarget(annotated(claims[1]!), TEXT, 'https://www.reuters.com/a#x', 'Title');
    expect(t).toMatchObject({
      kind: 'claim',
      quote: 'SoftBank may add $30 billion',
      verdict: 'contradicted',
      relation: 'investment',
      pageTitle: 'Title',
    });
    expect(TEXT.endsWith(t.prefix + t.quote + t.suffix) || TEXT.includes(t.prefix + t.quote + t.suffix)).toBe(true);
  });
});
