/** What each language file gives: the country after "for", and a hub's default "left …" and "arrived …" phrases. */
export interface Grammar {
  country(code: string, name: string): string;
  from(name: string): string;
  at(name: string): string;
}

/**
 * Reads a table written as { value: 'AA BB CC' } into a lookup by country code. Grouping the codes by the
 * form they take keeps a language's exceptions to a few readable lines instead of one line per country.
 */
export function byCode(table: Record<string, string>): ReadonlyMap<string, string> {
  const lookup = new Map<string, string>();
  for (const [value, codes] of Object.entries(table)) {
    for (const code of codes.split(/\s+/)) {
      if (!code) continue;
      if (lookup.has(code)) throw new Error(`${code} is listed twice`);
      lookup.set(code, value);
    }
  }
  return lookup;
}
