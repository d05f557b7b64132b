import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium libegl-mesa0 libgl1-mesa-dri';

export const MISSING_CHROMIUM = `Debian's Chromium is missing at ${CHROMIUM}: run  ${INSTALL_CHROMIUM}`;

export const chromiumInstalled = () => existsSync(CHROMIUM);

/**
 * Debian's Chromium, headless, WebGL2 on the CPU through Mesa llvmpipe (2–7× faster here than
 * SwiftShader). CORRIDOR_GL=swiftshader switches to SwiftShader. Loaded on demand: a server that
 * never renders an export never loads playwright.
 */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumInstalled()) throw new Error(MISSING_CHROMIUM);
  const { chromium } = await import('playwright-core');
  const gl =
    process.env.CORRIDOR_GL === 'swiftshader'
      ? ['--use-angle=swiftshader', '--enable-unsafe-swiftshader']
      : ['--use-gl=angle', '--use-angle=gl-egl'];
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--ignore-gpu-blocklist',
      ...gl,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
