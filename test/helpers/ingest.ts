import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pointAlong } from '../../core/geo/polyline';
import { legPath, planIndex } from '../../core/ingest/context';
import type { Plan } from '../../core/scenario';

export const TOKEN = 'test-ingest-token-0123456789';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'corridor-data-'));
}

export interface Posted {
  status: number;
  body: Record<string, unknown> & {
    errors?: { index: number; path: string; reason: string; status: number; line?: number }[];
  };
}

/** POSTs a batch the way a feed would; objects are sent as a JSON array unless a type says otherwise. */
export async function post(
  url: string,
  body: unknown,
  options: { token?: string | null; type?: string; raw?: boolean } = {},
): Promise<Posted> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? TOKEN : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.type !== '') headers['content-type'] = options.type ?? 'application/json';
  const response = await fetch(`${url}/api/v1/events`, {
    method: 'POST',
    headers,
    body: options.raw ? (body as string) : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Posted['body'] };
}

/** A fix at a fraction of a leg's path, where a real tracker on that leg would report it. */
/** Posts a batch that must be accepted; its answer's body. */
export async function ok(url: string, batch: unknown[]) {
  const answer = await post(url, batch);
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
  return answer.body;
}

export function fixAlong(plan: Plan, vehicle: string, fraction: number, time: string, extra: object = {}) {
  const leg = planIndex(plan).legs.get(vehicle);
  if (!leg) throw new Error(`no leg ${vehicle}`);
  const { lon, lat } = pointAlong(legPath(leg), fraction);
  return { kind: 'fix', vehicle, time, lon, lat, ...extra };
}
