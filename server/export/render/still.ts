import type { Browser } from 'playwright-core';
import { type FrameResult, LEAD_MS } from '../../../core/export/frames';
import type { PictureSize } from '../../../core/export/size';
import { ExportPage, type ExportView } from './export-page';

export interface StillRequest {
  /** Where the display is served. */
  baseUrl: string;
  /** Scenario time, ms. */
  at: number;
  size: PictureSize;
  view: ExportView;
  /** Places to locate in the picture, [lon, lat]: their device pixels come back in `points`. */
  locate?: readonly (readonly [number, number])[];
}

export interface Still {
  png: Buffer;
  frame: FrameResult;
  points: [number, number][];
}

/**
 * One picture of the display at scenario time `at`: drawn once to start the page's own camera
 * moves, then again at a video time past their end, so the still shows the scene framed.
 */
export async function renderStill(browser: Browser, request: StillRequest): Promise<Still> {
  const page = await ExportPage.open(browser, request.baseUrl, request.size, request.view);
  try {
    await page.frame({ at: request.at, videoMs: 0 });
    const frame = await page.frame({ at: request.at, videoMs: LEAD_MS });
    const png = await page.capture();
    const points = [];
    for (const [lon, lat] of request.locate ?? [])
      points.push(await page.project(lon, lat, request.size.deviceScaleFactor));
    if (page.problems.length) throw new Error(`the page failed: ${page.problems.join('; ')}`);
    return { png, frame, points };
  } finally {
    await page.close();
  }
}
