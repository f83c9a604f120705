/**
 * Typed errors for notes. Each carries a `code` (for code) and a message written for the reader (for the UI), so a
 * storage failure is shown, not swallowed. `code` is an own property so it survives @webext-core/messaging's
 * error serialisation between background and pages.
 */
import Dexie from 'dexie';

export type NotesErrorCode =
  | 'quota'
  | 'closed'
  | 'unavailable'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'rate'
  | 'import-not-json'
  | 'import-foreign'
  | 'import-newer'
  | 'import-invalid';

export class NotesError extends Error {
  readonly code: NotesErrorCode;
  /** For 'conflict': the stored version's updatedAt, so that saving again knowingly replaces that version. */
  currentUpdatedAt?: number;
  constructor(code: NotesErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NotesError';
    this.code = code;
  }
}

export class NotesStorageError extends NotesError {
  constructor(code: 'quota' | 'closed' | 'unavailable', message: string, cause?: unknown) {
    super(code, message, { cause });
    this.name = 'NotesStorageError';
  }
}

export class NotesImportError extends NotesError {
  constructor(code: 'import-not-json' | 'import-foreign' | 'import-newer' | 'import-invalid', message: string) {
    super(code, message);
    this.name = 'NotesImportError';
  }
}

const QUOTA_MESSAGE =
  'Your browser has no room left for DealLens notes, so this change was not saved. Free some disk space or export and delete old notes, then try again.';
const CLOSED_MESSAGE =
  'The notes database was closed (DealLens may have been updated or reloaded), so this change was not saved. Try again.';
const UNAVAILABLE_MESSAGE = 'DealLens could not open its notes storage, so this change was not saved.';

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    cur = o.inner ?? o.cause;
  }
  return out;
}

/**
 * Turns what Dexie or IndexedDB threw into a NotesError with a reader-facing message. NotesErrors pass through
 * unchanged; anything unrecognised becomes 'unavailable' with the original kept as `cause`.
 */
export function toNotesError(e: unknown): NotesError {
  if (e instanceof NotesError) return e;
  const n = names(e);
  if (n.some((x) => x === 'QuotaExceededError' || x === Dexie.errnames.QuotaExceeded)) {
    return new NotesStorageError('quota', QUOTA_MESSAGE, e);
  }
  if (n.some((x) => x === Dexie.errnames.DatabaseClosed || x === 'InvalidStateError')) {
    return new NotesStorageError('closed', CLOSED_MESSAGE, e);
  }
  const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
  return new NotesStorageError('unavailable', `${UNAVAILABLE_MESSAGE}${detail}`, e);
}

/** Runs a storage operation and rethrows its failure as a NotesError. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toNotesError(e);
  }
}
