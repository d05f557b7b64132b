import { z } from 'zod';
import { parseSize } from '../../core/export/size';
import type { Plan } from '../../core/scenario';
import { LANGUAGES } from '../../core/scenario/vocabulary';
import type { ExportPlan } from './cli-args';

// 640x360: a quick preview.
const SIZES = ['1920x1080', '3840x2160', '1080x1920', '1080x1080', '1280x720', '640x360'] as const;

/** What the control page asks for: a still of the screens now, or a clip of the last minutes. */
export const requestSchema = z.strictObject({
  kind: z.enum(['still', 'video']),
  size: z.enum(SIZES).optional(),
  lang: z.enum(LANGUAGES).optional(),
  /** Scenario minutes the clip shows, up to now. */
  minutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  /** Seconds the clip lasts. */
  seconds: z.number().min(2).max(120).default(10),
});
export type ExportRequest = z.output<typeof requestSchema>;

/** What the presenter's request renders: a still at the screens' time now, or the minutes up to it. */
export function exportPlan(
  request: ExportRequest,
  plan: Plan,
  now: number,
): { args: ExportPlan; file: string } {
  const at = Math.min(plan.end, now);
  const size = parseSize(request.size ?? (request.kind === 'still' ? '1920x1080' : '1280x720'));
  const common = { size, lang: request.lang, theme: 'dark', palette: 'default', scene: undefined } as const;
  const files = { scenario: undefined, hubs: undefined, operation: undefined };
  const args: ExportPlan =
    request.kind === 'still'
      ? { kind: 'still', at, ...common, ...files }
      : {
          kind: 'video',
          from: Math.max(plan.start, at - request.minutes * 60_000),
          to: at,
          seconds: request.seconds,
          fps: 25,
          scenes: undefined,
          cardSeconds: 2,
          ...common,
          ...files,
        };
  const stamp = new Date(at).toISOString().slice(0, 16).replace(':', '');
  return { args, file: `${plan.id}-${stamp}.${request.kind === 'still' ? 'png' : 'mp4'}` };
}

/** The command that renders the same where the server cannot (no Chromium or ffmpeg there). */
export function exportCommand(args: ExportPlan, file: string): string {
  const iso = (t: number) => new Date(t).toISOString();
  const size = `${args.size.width}x${args.size.height}`;
  const lang = args.lang ? ` --lang ${args.lang}` : '';
  const what =
    args.kind === 'still'
      ? `still --at ${iso(args.at)}`
      : `video --from ${iso(args.from)} --to ${iso(args.to)} --duration ${args.seconds}s --fps ${args.fps}`;
  return `npm run export -- ${what} --size ${size}${lang} ${file}`;
}
