import type { Browser, CDPSession, Page } from 'playwright-core';
import type { FrameRequest, FrameResult } from '../../../core/export/frames';
import type { PictureSize } from '../../../core/export/size';

/** How the exported screen looks and what it shows beside the time. */
export interface ExportView {
  lang?: string;
  theme?: 'dark' | 'light';
  palette?: 'default' | 'colourblind';
  /** The scene the camera shows (default: the plan's first). */
  scene?: string;
  /** The clock rate the badge tells ("REPLAY ×600"); default: the server's. */
  rate?: number;
  /** Show the presenter's choices now (banner, focus, layers, scene): what the screens show. */
  presenter?: 'live';
}

const LOCAL = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The display in export mode in a page of the given size: it draws the frames it is asked for
 * and nothing else; any request that would leave the machine is refused and reported.
 */
export class ExportPage {
  readonly problems: string[] = [];

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly size: PictureSize,
  ) {}

  static async open(browser: Browser, baseUrl: string, size: PictureSize, view: ExportView) {
    const { width, height, deviceScaleFactor } = size;
    const context = await browser.newContext({
      viewport: { width: width / deviceScaleFactor, height: height / deviceScaleFactor },
      deviceScaleFactor,
    });
    const page = await context.newPage();
    const exported = new ExportPage(page, await context.newCDPSession(page), size);
    await page.route(
      (url) => !LOCAL.includes(url.hostname) && url.host !== new URL(baseUrl).host,
      async (route) => {
        exported.problems.push(`request left the machine: ${route.request().url()}`);
        await route.abort('blockedbyclient');
      },
    );
    page.on('console', (message) => {
      if (message.type() === 'error') exported.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => exported.problems.push(`page error: ${error.message}`));
    const query = new URLSearchParams({ export: '1' });
    for (const [key, value] of Object.entries(view)) if (value !== undefined) query.set(key, String(value));
    await page.goto(`${baseUrl}/?${query}`);
    await page.waitForFunction(() => window.__corridor !== undefined);
    return exported;
  }

  /** Draws one frame and waits until the map and its layers are fully drawn. */
  frame(request: FrameRequest): Promise<FrameResult> {
    return this.page.evaluate((r) => window.__corridor.exportFrame(r), request);
  }

  /** The picture as composited, in device pixels (PNG). */
  async capture(): Promise<Buffer> {
    const { width, height, deviceScaleFactor: scale } = this.size;
    // The clip's scale asks for device pixels: without it CDP answers in CSS pixels.
    const clip = { x: 0, y: 0, width: width / scale, height: height / scale, scale };
    const { data } = await this.cdp.send('Page.captureScreenshot', {
      format: 'png',
      optimizeForSpeed: true,
      clip,
    });
    return Buffer.from(data, 'base64');
  }

  /** Screen pixel (device pixels) of a [lon, lat] in the frame drawn last. */
  async project(lon: number, lat: number, deviceScaleFactor: number): Promise<[number, number]> {
    const [x, y] = await this.page.evaluate(
      ([a, b]) => window.__corridor.project(a as number, b as number),
      [lon, lat],
    );
    return [x * deviceScaleFactor, y * deviceScaleFactor];
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
