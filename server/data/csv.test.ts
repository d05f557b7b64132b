import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('CSV', () => {
  it('quotes only what needs it, doubles quotes, ends records with CRLF, starts with a BOM', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['Liège → Madrid', 'reported: "VRT", 2020'],
        ['two\nlines', ''],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\nLiège → Madrid,"reported: ""VRT"", 2020"\r\n"two\nlines",\r\n');
  });
});
