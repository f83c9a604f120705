/**
 * The page's claims as plain data for the background (popup, side panel, notes). Sending fails quietly only when
 * nobody is listening (the background may be asleep, reloading, or stopped mid-answer; it is tried once more); any
 * other failure is a bug and is logged.
 */
import type { Annotation } from '@/lib/verdicts/types';
import { type ClaimReport, type PageReport } from '@/lib/protocol';
import { sendMessage } from '@/adapters/messaging';

/** Characters of context kept on each side of a claim, for anchoring notes to it. */
const CONTEXT = 32;

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

export function claimReport(index: number, a: Annotation, text: string): ClaimReport {
  const { claim } = a;
  const value = claim.value
    ? {
        kind: claim.value.kind,
        value: claim.value.value,
        qualifier: claim.value.qualifier,
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

/** The background was asleep, restarting or stopped while answering (a message wakes it): worth one more try. */
const NO_RECEIVER =
  /Receiving end does not exist|Could not establish connection|message (port|channel) closed|No response/i;
const RETRY_MS = 500;

/** Sends the report; false when the background could not take it (the caller sends it again next time). */
export async function sendReport(report: PageReport): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await sendMessage('contentReportedClaims', report);
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      // The extension was reloaded or updated under this page: this copy of the script is orphaned, nothing to do.
      if (/Extension context invalidated/i.test(message)) return false;
      if (NO_RECEIVER.test(message)) {
        if (attempt > 0) return false;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        continue;
      }
      console.error("DealLens: could not report the page's claims to the background", err);
      return false;
    }
  }
}
