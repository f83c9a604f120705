/**
 * Types for the two files of @mozilla/readability that DealLens imports directly. The package's main entry also
 * brings isProbablyReaderable, which DealLens does not use. JSDOMParser is the package's own small DOM parser for
 * running Readability where there is no DOM (a worker, the background): its nodes are plain objects with the parts
 * of the DOM API that Readability uses.
 */
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';

  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}

declare module '@mozilla/readability/JSDOMParser.js' {
  export interface ParsedNode {
    nodeType: number;
    childNodes: ParsedNode[];
    textContent: string;
  }
  export interface ParsedDocument extends ParsedNode {
    documentElement: ParsedNode | null;
    body: ParsedNode | null;
  }
  export default class JSDOMParser {
    parse(html: string, url?: string): ParsedDocument;
  }
}
