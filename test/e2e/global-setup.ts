import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientIfNeeded } from '../../server/ensure-build';
import { CHROMIUM, MISSING_CHROMIUM } from '../helpers/browser';

/** Browser tests need Debian's Chromium and the built display; build it once for all of them. */
export default async function setup() {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  await buildClientIfNeeded(resolve('dist/client'));
}
