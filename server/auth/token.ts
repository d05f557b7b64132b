import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const MIN_TOKEN_LENGTH = 16;

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export type BearerCheck = { ok: true } | { ok: false; reason: string };

export function checkBearer(header: string | undefined, expected: string): BearerCheck {
  if (!header) return { ok: false, reason: 'missing Authorization: Bearer <ingest token>' };
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match?.[1]) return { ok: false, reason: 'expected Authorization: Bearer <ingest token>' };
  return sameToken(match[1], expected) ? { ok: true } : { ok: false, reason: 'wrong ingest token' };
}
