// TODO(lead): remove after merge, once components/overlay.tsx (owned by another branch) imports `Evidence` from
// '@/lib/evidence' like the rest: the evidence card's data is lib/evidence.ts.
export type { Evidence } from '@/lib/evidence';
