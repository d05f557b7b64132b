import { z } from 'zod';

/**
 * Air waybill numbers: a 3-digit airline prefix and an 8-digit serial whose last digit is the
 * first seven modulo 7. Written `176-12345675`; the dash may be left out or be a space.
 */
export type AwbResult = { ok: true; awb: string } | { ok: false; reason: string };

export function parseAwb(input: string): AwbResult {
  const match = /^(\d{3})[- ]?(\d{8})$/.exec(input.trim());
  if (!match)
    return { ok: false, reason: `expected an air waybill number like "176-12345675", got "${input}"` };
  const [, prefix, serial] = match as unknown as [string, string, string];
  const check = Number(serial.slice(0, 7)) % 7;
  if (check !== Number(serial[7])) {
    return {
      ok: false,
      reason: `check digit of "${input}" should be ${check} (first 7 digits of the serial mod 7)`,
    };
  }
  return { ok: true, awb: `${prefix}-${serial}` };
}

/** Validates and normalizes to `ppp-ssssssss`. */
export const awbSchema = z.string().transform((value, ctx) => {
  const result = parseAwb(value);
  if (result.ok) return result.awb;
  ctx.addIssue({ code: 'custom', message: result.reason });
  return z.NEVER;
});
