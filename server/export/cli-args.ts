import { parseArgs } from 'node:util';
import { type PictureSize, parseDuration, parseSize } from '../../core/export/size';
import { parseTime } from './state-at';

export const EXPORT_USAGE = `Usage:
  npm run export -- still --at TIME [options] out.png
  npm run export -- video --from TIME --to TIME [--duration 30s] [--fps 30] [options] out.mp4
Options:
  --size WxH         1920x1080 (default), 3840x2160 (4K, drawn at devicePixelRatio 2), 1080x1920, 1080x1080
  --lang LANG        en, fr, nl or de (default: the scenario's)
  --theme light      for print (default dark); --palette colourblind
  --scene ID         the scene the camera shows (default: the scenario's first)
  --scenes tour      video: the camera follows the kiosk tour (or a list: --scenes route,liege)
  --card 3s          video: seconds of the closing card with the sources after the replay (0 for none)
  --scenario FILE    the scenario (default data/scenarios/airlift-2020.json); --hubs, --operation as for npm start
TIME is ISO 8601 with its zone, e.g. 2020-03-13T21:00:00+01:00.`;

interface Common {
  out: string;
  size: PictureSize;
  lang: string | undefined;
  theme: 'dark' | 'light';
  palette: 'default' | 'colourblind';
  scene: string | undefined;
  scenario: string | undefined;
  hubs: string | undefined;
  operation: string | undefined;
}

export type ExportArgs =
  | (Common & { kind: 'still'; at: number })
  | (Common & {
      kind: 'video';
      from: number;
      to: number;
      seconds: number;
      fps: number;
      /** 'tour', or scene ids in order; absent, the camera stays on `scene`. */
      scenes: 'tour' | string[] | undefined;
      cardSeconds: number;
    });

/** An export without its output file: what a job renders before it knows where. */
export type ExportPlan = ExportArgs extends infer T ? (T extends unknown ? Omit<T, 'out'> : never) : never;

const time = (name: string, text: string | undefined): number => {
  if (text === undefined) throw new Error(`--${name}: required (a time such as 2020-03-13T21:00:00+01:00)`);
  const t = parseTime(text);
  if (!Number.isFinite(t))
    throw new Error(`--${name}: expected an ISO 8601 time with its zone, got "${text}"`);
  return t;
};

export function parseExportArgs(argv: string[]): ExportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: Object.fromEntries(
      ['at', 'from', 'to', 'duration', 'fps', 'size', 'lang', 'theme', 'palette', 'scene', 'scenes', 'card']
        .concat(['scenario', 'hubs', 'operation'])
        .map((name) => [name, { type: 'string' as const }]),
    ),
  });
  const [kind, out, ...rest] = positionals;
  if ((kind !== 'still' && kind !== 'video') || !out || rest.length)
    throw new Error(`expected "still" or "video" and one output file\n${EXPORT_USAGE}`);
  const common: Common = {
    out,
    size: parseSize(values.size ?? '1920x1080'),
    lang: values.lang,
    theme: values.theme === 'light' ? 'light' : 'dark',
    palette: values.palette === 'colourblind' ? 'colourblind' : 'default',
    scene: values.scene,
    scenario: values.scenario,
    hubs: values.hubs,
    operation: values.operation,
  };
  if (values.lang !== undefined && !['en', 'fr', 'nl', 'de'].includes(values.lang))
    throw new Error(`--lang: expected en, fr, nl or de, got "${values.lang}"`);
  if (kind === 'still') return { ...common, kind, at: time('at', values.at) };
  const from = time('from', values.from);
  const to = time('to', values.to);
  if (to <= from) throw new Error('--to: must be after --from');
  const fps = Number(values.fps ?? 30);
  if (!Number.isInteger(fps) || fps < 1 || fps > 60)
    throw new Error(`--fps: expected 1 to 60, got "${values.fps}"`);
  const scenes =
    values.scenes === undefined || values.scenes === 'tour' ? values.scenes : values.scenes.split(',');
  const cardSeconds =
    values.card === undefined ? 3 : /^0s?$/.test(values.card) ? 0 : parseDuration(values.card);
  return {
    ...common,
    kind,
    from,
    to,
    seconds: parseDuration(values.duration ?? '30s'),
    fps,
    scenes,
    cardSeconds,
  };
}
