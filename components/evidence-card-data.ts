/** The evidence card's data (lib/evidence.ts: pure, shared by the background that resolves facts and the card). */
export { evidenceFor, formatFactValue, type Evidence, type EvidenceFact, type EvidenceQuote, type EvidenceVersion } from '@/lib/evidence';
