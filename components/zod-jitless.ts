/**
 * Imported first by every extension page and the service worker: MV3's content security policy forbids eval, and
 * zod 4 would otherwise probe `new Function` (a CSP violation logged as an error) to compile its parsers.
 */
import { z } from 'zod';

z.config({ jitless: true });
