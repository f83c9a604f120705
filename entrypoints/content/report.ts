/**
 * The page's claims as plain data for the background (popup, side panel, notes). Sending fails quietly only when
 * nobody is listening (the background may be asleep or reloading); any other failure is a bug and is logged.
 */
import type { Annotation } from '@/lib/verdicts/types';
import { sendMessage, type ClaimReport, type PageReport } from '@/lib/protocol';

/** Characters of context kept on each side of a claim, for anchoring notes to it. */
const CONTEXT = 32;

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

export function claimReport(index: number, a: Annotation, text: string): ClaimReport {
  const { claim } = a;
  const value = claim.value
    ? {
        kind: claim.value.kind, value: claim.value.value, qualifier: claim.value.qualifier,
        ...(claim.value.high !== undefined ? { high: claim.value.high } : {}),
        ...(claim.value.currency !== undefined ? { currency: claim.value.currency } : {}),
      }
    : undefined;
  return {
    index,
    text: clip(claim.text, 2000),
    relation: claim.relation,
    verdict: a.verdict,
    facts: a.facts.slice(0, 50),
    why: clip(a.why, 2000),
    ...(claim.subject ? { subject: claim.subject } : {}),
    ...(claim.object ? { object: claim.object } : {}),
    ...(value ? { value } : {}),
    prefix: text.slice(Math.max(0, claim.start - CONTEXT), claim.start),
    suffix: text.slice(claim.end, claim.end + CONTEXT),
  };
}

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|message port closed|No response/i;

export async function sendReport(report: PageReport): Promise<void> {
  try {
    await sendMessage('contentReportedClaims', report);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // The extension was reloaded or updated under this page: this copy of the script is orphaned, nothing to do.
    if (NO_RECEIVER.test(message) || /Extension context invalidated/i.test(message)) return;
    console.error('DealLens: could not report the page\'s claims to the background', err);
  }
}
