import type { Browser } from 'playwright-core';
import { type FrameRequest, type FrameResult, frameTimes, LEAD_MS } from '../../../core/export/frames';
import type { PictureSize } from '../../../core/export/size';
import { H264Encoder } from './encoder';
import { ExportPage, type ExportView } from './export-page';

export interface VideoRequest {
  baseUrl: string;
  /** Scenario times of the first and the last frame, ms. */
  from: number;
  to: number;
  /** Seconds the replay lasts, and frames per second. */
  seconds: number;
  fps: number;
  size: PictureSize;
  view: ExportView;
  /** The scenes the camera goes to, at which frame (a tour); absent, it stays on the view's scene. */
  scenes?: readonly { frame: number; scene: string }[];
  /** Seconds of the closing card after the replay (0: none). */
  cardSeconds: number;
  title: string;
  out: string;
  /** After each frame written: for a progress bar. */
  onFrame?: (done: number, total: number) => void;
}

export interface Video {
  /** The replay's frames as the page drew them, in order. */
  frames: FrameResult[];
  cardFrames: number;
}

/**
 * A replay frame by frame, as hubble.gl does for deck.gl: each frame at its exact scenario time
 * and video time, captured only once the map and its layers are drawn, then encoded. A slow
 * machine takes longer; it never drops or doubles a frame.
 */
export async function renderVideo(browser: Browser, request: VideoRequest): Promise<Video> {
  const count = Math.max(1, Math.round(request.seconds * request.fps));
  const cardFrames = Math.round(request.cardSeconds * request.fps);
  const total = count + cardFrames;
  const times = frameTimes(request.from, request.to, count);
  const sceneAt = new Map((request.scenes ?? []).map((s) => [s.frame, s.scene]));
  const page = await ExportPage.open(browser, request.baseUrl, request.size, request.view);
  const encoder = new H264Encoder(request.out, request.fps, request.title);
  try {
    // The first scene is framed before the first frame: it is a cut, not a flight from the world.
    const first = sceneAt.get(0);
    await page.frame({ at: request.from, videoMs: 0, ...(first ? { scene: first, instant: true } : {}) });
    const frames: FrameResult[] = [];
    for (const [i, at] of times.entries()) {
      const scene = i > 0 ? sceneAt.get(i) : undefined;
      const frame: FrameRequest = {
        at,
        videoMs: LEAD_MS + (1000 * i) / request.fps,
        ...(scene ? { scene } : {}),
      };
      frames.push(await page.frame(frame));
      await encoder.write(await page.capture());
      request.onFrame?.(i + 1, total);
    }
    if (cardFrames) {
      const videoMs = LEAD_MS + (1000 * count) / request.fps;
      await page.frame({ at: request.to, videoMs, card: { from: request.from, to: request.to } });
      const card = await page.capture();
      for (let i = 0; i < cardFrames; i++) {
        await encoder.write(card);
        request.onFrame?.(count + i + 1, total);
      }
    }
    if (page.problems.length) throw new Error(`the page failed: ${page.problems.join('; ')}`);
    await encoder.finish();
    return { frames, cardFrames };
  } catch (error) {
    encoder.abort();
    throw error;
  } finally {
    await page.close();
  }
}
