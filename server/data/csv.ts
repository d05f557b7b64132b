/**
 * RFC 4180 CSV: a field is quoted where it holds a comma, a quote or a line break, quotes
 * doubled; CRLF between records. A UTF-8 byte order mark first, so that spreadsheet programs
 * read accented names and "→" as written.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
