import { statSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { tourSchedule } from '../../core/export/frames';
import type { Plan } from '../../core/scenario';
import type { ExportArgs } from './cli-args';
import type { ExportView } from './render/export-page';
import { renderStill } from './render/still';
import { renderVideo, type Video } from './render/video';

export interface ExportDone {
  file: string;
  bytes: number;
  ms: number;
  video?: Video;
}

/** Where the camera goes and when: a scene the plan has, a tour, or a list of the plan's scenes. */
export function cameraPlan(plan: Plan, args: ExportArgs, frames: number) {
  const ids = plan.story.scenes.map((scene) => scene.id);
  const check = (id: string) => {
    if (!ids.includes(id))
      throw new Error(`scene: the plan "${plan.id}" has no scene "${id}" (its scenes: ${ids.join(', ')})`);
    return id;
  };
  const scene = args.scene === undefined ? undefined : check(args.scene);
  if (args.kind === 'still' || args.scenes === undefined) return { scene, scenes: undefined };
  const stops = args.scenes === 'tour' ? plan.story.tour : args.scenes.map((id) => ({ scene: check(id) }));
  return { scene, scenes: tourSchedule(stops, frames) };
}

/** Renders what the arguments ask for from the display served at `baseUrl`; writes `args.out`. */
export async function runExport(
  browser: Browser,
  baseUrl: string,
  plan: Plan,
  args: ExportArgs,
  extra: Pick<ExportView, 'presenter' | 'rate'> & { onFrame?: (done: number, total: number) => void } = {},
): Promise<ExportDone> {
  const started = Date.now();
  const view: ExportView = {
    theme: args.theme,
    palette: args.palette,
    presenter: extra.presenter,
    rate: extra.rate,
  };
  if (args.lang) view.lang = args.lang;
  if (args.kind === 'still') {
    const { scene } = cameraPlan(plan, args, 1);
    const still = await renderStill(browser, {
      baseUrl,
      at: args.at,
      size: args.size,
      view: { ...view, scene },
    });
    writeFileSync(args.out, still.png);
    return { file: args.out, bytes: still.png.length, ms: Date.now() - started };
  }
  const frames = Math.max(1, Math.round(args.seconds * args.fps));
  const { scene, scenes } = cameraPlan(plan, args, frames);
  // The badge tells the replay's own speed: scenario seconds per second of video.
  const rate = extra.rate ?? Math.max(1, Math.round((args.to - args.from) / (args.seconds * 1000)));
  const video = await renderVideo(browser, {
    baseUrl,
    from: args.from,
    to: args.to,
    seconds: args.seconds,
    fps: args.fps,
    size: args.size,
    view: { ...view, scene, rate },
    ...(scenes ? { scenes } : {}),
    cardSeconds: args.cardSeconds,
    title: plan.title[(args.lang ?? plan.language) as 'en'] ?? plan.title.en,
    out: args.out,
    ...(extra.onFrame ? { onFrame: extra.onFrame } : {}),
  });
  return { file: args.out, bytes: statSync(args.out).size, ms: Date.now() - started, video };
}
