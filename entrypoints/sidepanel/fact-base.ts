/** The fact base the panel shows: the one bundled with the extension, validated when lib/factbase loads it. */
export { bundledFactBase as factBase } from '@/lib/factbase';
