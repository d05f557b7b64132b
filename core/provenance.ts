/**
 * Every fact a screen shows is either reported, with the sources that report it,
 * or illustrative, with the reason it was invented. A briefing never shows one as the other.
 */
export type Provenance = { reported: string[]; note?: string } | { illustrative: string };

export function isReported(p: Provenance): p is { reported: string[]; note?: string } {
  return 'reported' in p;
}

export interface Source {
  title: string;
  publisher: string;
  date: string;
  url?: string;
}
