import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';

/** The verdicts on the claims that overlap `phrase` in `text`. */
function verdictsAt(text: string, phrase: string): string[] {
  const at = text.indexOf(phrase);
  expect(at, `"${phrase}" is in the text`).toBeGreaterThanOrEqual(0);
  return analyze(text)
    .filter((a) => a.claim.start < at + phrase.length && a.claim.end > at)
    .map((a) => a.verdict);
}

describe('verdicts', () => {
  it("contradicts a listing date only when it is the company's own, told plainly, in the month of the latest report", () => {
    const ipo = (t: string, documentDate = '2026-02-03') =>
      analyze(t, { documentDate })
        .filter((a) => a.claim.relation === 'ipo-timing')
        .map((a) => a.verdict);
    const plain = 'OpenAI is preparing for an IPO in the second quarter of 2027, people familiar said.';
    expect(ipo(plain)).toEqual(['contradicted']);
    expect(ipo("OpenAI's listing will come no earlier than 2027.")).toEqual(['contradicted']);
    expect(ipo('An OpenAI IPO is planned for Q1 2027.')).toEqual(['contradicted']);
    // A later or an earlier month: the plan may have moved.
    expect(ipo(plain, '2026-05-12')).toEqual(['unknown']);
    expect(ipo(plain, '2026-01-29')).toEqual(['unknown']);
    // Someone else's listing, a doubt, a delay.
    expect(ipo('Cerebras, which supplies chips to OpenAI, plans an IPO in 2027.')).not.toContain('contradicted');
    expect(ipo('OpenAI rival Mistral is preparing an IPO in 2027.')).not.toContain('contradicted');
    expect(ipo('OpenAI is unlikely to go public in 2027.')).not.toContain('contradicted');
    expect(ipo('OpenAI has delayed its listing plans, now aiming for an IPO in 2027.')).not.toContain('contradicted');
    // Only a sentence that states the listing date plainly: not another event's date, not someone else's listing.
    expect(ipo("OpenAI's IPO plans were first reported in 2025.")).not.toContain('contradicted');
    expect(ipo('OpenAI is an investor in a chip startup that plans an IPO in 2027.')).not.toContain('contradicted');
    expect(ipo("OpenAI's IPO is planned for 2027, The Information reported in 2025.")).not.toContain('contradicted');
    expect(ipo("OpenAI's IPO is set for 2027, the report said.")).toEqual(['contradicted']);
    expect(ipo('OpenAI is preparing for an IPO in the fourth quarter of 2026.', '2026-07-15')).toEqual(['supported']);
  });

  it('treats "up to", "as much as" and bare figures of the same amount as the same fact', () => {
    for (const amount of ['up to $50 billion', 'as much as $50bn', '$50B', 'roughly $50 billion']) {
      const text = `Amazon is negotiating to put ${amount} into OpenAI, people briefed on the plan said.`;
      expect(verdictsAt(text, amount)).toEqual(['supported']);
    }
  });

  it('contradicts a different figure for the same talks, and says why', () => {
    const text = 'Amazon is in talks to invest $20 billion in OpenAI, according to two people.';
    const [a] = analyze(text).filter((x) => x.claim.relation === 'investment');
    expect(a!.verdict).toBe('contradicted');
    expect(a!.why).toMatch(/\$20 billion/);
    expect(a!.why).toMatch(/up to \$50 billion/);
    expect(a!.facts).toEqual(['amazon-openai-investment']);
  });

  it('contradicts a floor above the round cap or far below it, and says nothing of a floor just below', () => {
    expect(
      verdictsAt('OpenAI wants to raise more than $120 billion in its new funding round.', 'more than $120 billion'),
    ).toEqual(['contradicted']);
    // A floor under half the figure misstates its magnitude (LABELING.md: "more than $10 billion" against up to $50 billion).
    expect(verdictsAt('The new round could value OpenAI at more than $300 billion.', 'more than $300 billion')).toEqual(
      ['contradicted'],
    );
    expect(verdictsAt('The new round could value OpenAI at more than $500 billion.', 'more than $500 billion')).toEqual(
      ['unknown'],
    );
  });

  it('never contradicts a different event', () => {
    // Another investor's own plan, a completed earlier round, an unrelated disaster, a compute contract.
    expect(
      verdictsAt('Nvidia said on Monday it will invest up to $70 billion in OpenAI over several years.', '$70 billion'),
    ).not.toContain('contradicted');
    expect(
      verdictsAt('In March 2025 OpenAI closed a $40 billion funding round led by SoftBank.', '$40 billion'),
    ).not.toContain('contradicted');
    expect(verdictsAt('Storm damage exceeded $50 billion, the agency said.', '$50 billion')).toEqual([]);
    expect(
      verdictsAt('OpenAI signed a $38 billion cloud computing agreement with Amazon Web Services.', '$38 billion'),
    ).not.toContain('contradicted');
    expect(
      verdictsAt('SoftBank completed its $22.5 billion investment in OpenAI last year.', '$22.5 billion'),
    ).not.toContain('contradicted');
  });

  it('contradicts SoftBank putting more into this round than the sources say', () => {
    expect(
      verdictsAt(
        'SoftBank is in talks to invest up to $45 billion in OpenAI as part of the new round.',
        'up to $45 billion',
      ),
    ).toEqual(['contradicted']);
  });

  it('marks points on which the sources disagree as disputed', () => {
    expect(verdictsAt('Amazon is in early talks to invest in OpenAI.', 'early talks')).toEqual(['disputed']);
    expect(verdictsAt("Amazon's stock, trading around $240, has done well.", 'around $240')).toEqual(['disputed']);
  });

  it("does not call another day's share price an error", () => {
    expect(verdictsAt('Amazon shares were trading at $212.50 on Tuesday.', '$212.50')).toEqual(['unknown']);
  });

  it('supports restated and incremental figures but never contradicts with them', () => {
    expect(verdictsAt('Amazon is investing an additional $2 billion in Anthropic.', '$2 billion')).toEqual(['unknown']);
    expect(verdictsAt('Amazon cut another 16,000 corporate jobs this week.', '16,000')).toEqual(['supported']);
  });

  it('checks years and who takes part', () => {
    expect(verdictsAt('Anthropic, which was founded in 2019, makes Claude.', 'founded in 2019')).toEqual([
      'contradicted',
    ]);
    expect(
      verdictsAt('OpenAI is preparing for an IPO that could come in 2027, a person said.', 'in 2027'),
    ).not.toContain('contradicted');
    expect(
      verdictsAt(
        'Investors in the funding round include Nvidia and Microsoft, the report said.',
        'Nvidia and Microsoft',
      ),
    ).toEqual(['supported']);
  });

  it('does not take a company named as a modifier, or a sentence about an unknown company, as the party', () => {
    expect(
      verdictsAt('Amazon has put $8 billion into Anthropic, the OpenAI rival founded in 2021.', 'founded in 2021'),
    ).toEqual(['supported']);
    expect(verdictsAt('FedEx to cut 30,000 jobs as it loses Amazon parcels.', '30,000')).toEqual([]);
  });

  it('never contradicts with an earlier figure given for comparison, or an unnamed past event', () => {
    expect(
      verdictsAt(
        "OpenAI's annualized revenue rose to $3 billion, up from $1.3 billion a year earlier.",
        '$1.3 billion',
      ),
    ).not.toContain('contradicted');
    expect(
      verdictsAt(
        'Oct 28, 2025. OpenAI is now valued at about $135 billion by one measure, analysts said.',
        '$135 billion',
      ),
    ).not.toContain('contradicted');
  });
});
