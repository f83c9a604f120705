import type { Claim } from '../claims/types';
import type { Fact, FactVersion } from '../factbase/schema';
import type { FactIndex } from '../factbase/fact-index';
import { formatQuantity } from '../text/format-quantity';
import { entityName } from '../entities/catalogue';

const sources = (n: number) => `${n} source${n === 1 ? '' : 's'}`;
const say = (n: number) => `${sources(n)} ${n === 1 ? 'says' : 'say'}`;

// Facts never change once loaded, and the same few are cited by claim after claim: their wording is kept.
const sourceCounts = new WeakMap<FactVersion, number>();
const descriptions = new WeakMap<FactVersion, string>();

function distinctSources(v: FactVersion): number {
  let n = sourceCounts.get(v);
  if (n === undefined) sourceCounts.set(v, (n = new Set(v.sources.map((s) => s.sourceId)).size));
  return n;
}

function describeVersion(v: FactVersion): string {
  let d = descriptions.get(v);
  if (d === undefined) descriptions.set(v, (d = v.value ? formatQuantity(v.value) : (v.detail ?? 'yes')));
  return d;
}

function sourceName(index: FactIndex, id: string): string {
  const s = index.source(id);
  if (s?.outlet || s?.author) return (s.outlet ?? s.author)!;
  const title = s?.title ?? id;
  return `“${title.length > 40 ? `${title.slice(0, 38).trimEnd()}…` : title}”`;
}

function stated(claim: Claim): string {
  return claim.value ? formatQuantity(claim.value) : `“${claim.text}”`;
}

export function whySupported(claim: Claim, fact: Fact, count = 1): string {
  if (count > 1) return `The sources name all ${count} as taking part in OpenAI's round.`;
  const v = fact.versions[0]!;
  const n = distinctSources(v);
  if (!v.value) return `${fact.label}: stated by ${sources(n)}.`;
  return `Article says ${stated(claim)}; ${say(n)} ${describeVersion(v)} (${fact.label}).`;
}

const versionsSaid = new WeakMap<Fact, string>();
/** "2 sources say $50 billion; 1 source says $40 billion". */
function whatSourcesSay(fact: Fact): string {
  let said = versionsSaid.get(fact);
  if (said === undefined)
    versionsSaid.set(
      fact,
      (said = fact.versions.map((v) => `${say(distinctSources(v))} ${describeVersion(v)}`).join('; ')),
    );
  return said;
}

export function whyContradicted(claim: Claim, fact: Fact): string {
  if (claim.relation === 'chips')
    return `Article ties ${entityName(claim.subject!)} to ${entityName(claim.object ?? '')}; ${whatSourcesSay(fact)} it is ${entityName(fact.object ?? '')}'s.`;
  return `Article says ${stated(claim)}; ${whatSourcesSay(fact)} (${fact.label}).`;
}

export function whyDisputed(claim: Claim, fact: Fact, index: FactIndex): string {
  const parts = fact.versions.map(
    (v) => `${describeVersion(v)} (${[...new Set(v.sources.map((s) => sourceName(index, s.sourceId)))].join(', ')})`,
  );
  return `Sources disagree on ${fact.label.charAt(0).toLowerCase()}${fact.label.slice(1)}: ${parts.join(' vs ')}; article says ${stated(claim)}.`;
}

export type UnknownReason = 'no-subject' | 'no-fact' | 'other-event' | 'ambiguous' | 'unclear';

export function whyUnknown(claim: Claim, reason: UnknownReason, fact?: Fact): string {
  switch (reason) {
    case 'no-subject':
      return 'The article does not say clearly who this is about.';
    case 'no-fact':
      return `The fact base holds nothing on this ${claim.relation.replace('-', ' ')}${claim.subject ? ` for ${entityName(claim.subject)}` : ''}.`;
    case 'other-event':
      return `A different event from the one the fact base covers${fact ? ` (${fact.label}: ${describeVersion(fact.versions[0]!)})` : ''}.`;
    case 'ambiguous':
      return 'The fact base holds several events this could be about, and the figure matches none of them.';
    case 'unclear':
      return `The article's figure cannot be measured against the fact base${fact ? ` (${fact.label}: ${fact.versions.map(describeVersion).join(' / ')})` : ''}.`;
  }
}
