/** The part of citation-js (CommonJS, no type declarations) this project uses. */
declare module '@citation-js/core' {
  /** A list of references: parsed from CSL-JSON, BibTeX or RIS, written out by output plugins. */
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** CSL-JSON items. */
    data: Record<string, unknown>[];
    format(
      format: 'bibliography',
      options: Record<string, unknown> & { asEntryArray: true },
    ): [string, string][];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: '@bibtex'): { format: { useIdAsLabel: boolean; asciiOnly: boolean; checkLabel: boolean } };
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
        locales: { add(name: string, xml: string): void; has(name: string): boolean };
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
