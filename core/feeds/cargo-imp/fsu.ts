import { parseAwb } from '../../cargo/awb';
import type { CargoStatusLine, ParseResult, Skipped } from '../parse-result';
import { parseQuantity } from './fields';
import { hasLayout, parseStatusLine } from './fsu-line';

/**
 * Cargo-IMP status update (FSU) text messages:
 *
 *   FSU/14
 *   020-12345675JFKFRA/T1000K25000
 *   DEP/LH401/13MAR/JFKFRA/T1000K25000
 *   ARR/LH401/14MAR0615/FRA/T1000K25000
 *
 * Line 1 is the message identifier and version, line 2 the consignment (air waybill, origin and
 * destination, quantity), then status lines (laid out per code, see fsu-line.ts) and segments
 * that are not statuses (OSI, OCI, ULD and their `/` continuation lines), which are skipped.
 * The message must start at `FSU/`: the Type B envelope (address and origin lines before it, a
 * trailing ZZZZ) is the transport's, and stripping it is out of scope here.
 */
const NOT_STATUS: Record<string, string> = {
  OSI: 'other service information',
  OCI: 'other customs information',
  ULD: 'unit load device details',
};

export function parseFsu(text: string, options: { now: number }): ParseResult<CargoStatusLine> {
  const lines = text.split(/\r?\n/).map((line) => line.trimEnd());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const first = lines[0] ?? '';
  if (!/^FSU\/\d{1,3}$/.test(first)) {
    return { ok: false, errors: [`line 1: expected "FSU/" and a version, got "${first}"`] };
  }
  const errors: string[] = [];
  const awb = parseConsignment(lines[1], errors);

  const items: CargoStatusLine[] = [];
  const skipped: Skipped[] = [];
  let statuses = 0;
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i] as string;
    const at = `line ${i + 1}`;
    const code = /^[A-Z]{3}(?=\/|$)/.exec(line)?.[0];
    if (line === '') skipped.push({ at, reason: 'blank line' });
    else if (line.startsWith('/')) skipped.push({ at, reason: 'continues the segment above, not a status' });
    else if (code && NOT_STATUS[code])
      skipped.push({ at, reason: `${code}: ${NOT_STATUS[code]}, not a status` });
    else {
      // Counted even when unreadable, so that a bad line is not also reported as a missing one.
      statuses++;
      if (code === undefined) errors.push(`${at}: expected a status line like "DEP/…", got "${line}"`);
      else if (!hasLayout(code)) errors.push(`${at}: unknown status code "${code}"`);
      else {
        const result = parseStatusLine(line.split('/'), i + 1, awb, options.now);
        if (result.ok) items.push(result.line);
        else if ('skip' in result) skipped.push({ at, reason: result.skip });
        else errors.push(...result.errors);
      }
    }
  }
  if (statuses === 0 && lines.length >= 2) errors.push('no status line after the air waybill line');
  return errors.length ? { ok: false, errors } : { ok: true, items, skipped };
}

/** Line 2: `176-12345675JFKFRA/T1000K25000`; origin, destination and quantity may be left out. */
function parseConsignment(line: string | undefined, errors: string[]): string | null {
  if (line === undefined) {
    errors.push('line 2: missing (expected the air waybill line, like "176-12345675JFKFRA/T10K350")');
    return null;
  }
  const slash = line.indexOf('/');
  const head = slash < 0 ? line : line.slice(0, slash);
  const match = /^(\d{3}-?\d*)(.*)$/.exec(head);
  const result = parseAwb(match?.[1] ?? head);
  if (!result.ok) errors.push(`line 2: air waybill: ${result.reason}`);
  const places = match?.[2] ?? '';
  if (match && places !== '' && !/^[A-Z]{6}$/.test(places)) {
    errors.push(
      `line 2: origin and destination: expected two 3-letter IATA codes like "JFKFRA", got "${places}"`,
    );
  }
  if (slash >= 0) {
    const quantity = parseQuantity(line.slice(slash + 1), true);
    if (!quantity.ok) errors.push(`line 2: quantity: ${quantity.reason}`);
  }
  return result.ok ? result.awb : null;
}
