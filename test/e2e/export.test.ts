import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolateGreatCircle } from '../../core/geo/great-circle';
import { parseExportArgs } from '../../server/export/cli-args';
import { runExport } from '../../server/export/exporter';
import { renderStill } from '../../server/export/render/still';
import { distance, Pixels, type Rgb } from '../helpers/pixels';
import { bundledPlan } from '../helpers/server';
import { withServerAndBrowser } from '../helpers/suite';

const AIR: Rgb = [76, 201, 240];
const env = withServerAndBrowser({ tickMs: 500 });
const dir = mkdtempSync(join(tmpdir(), 'corridor-export-'));
const plan = bundledPlan();
const at = (id: string) => {
  const hub = plan.hubs.find((h) => h.id === id) as { lon: number; lat: number };
  return [hub.lon, hub.lat] as const;
};

describe('exports', () => {
  it('renders a 4K still of a known instant with its arcs and that instant’s figures, whatever the clock says', async () => {
    // The server plays on elsewhere: the still shows noon UTC on 16 March all the same.
    env.server.player.seek(Date.parse('2020-03-25T00:00:00Z'));
    const args = parseExportArgs([
      'still',
      '--at',
      '2020-03-16T13:00:00+01:00',
      '--size',
      '3840x2160',
      'x.png',
    ]);
    if (args.kind !== 'still') throw new Error('a still');
    const arc = [0.15, 0.3, 0.5, 0.7, 0.85].map((f) => interpolateGreatCircle(at('HGH'), at('LGG'), f));
    const started = Date.now();
    const still = await renderStill(env.browser, {
      baseUrl: env.server.url,
      at: args.at,
      size: args.size,
      view: { lang: 'en' },
      locate: arc,
    });
    console.log(`4K still: ${Date.now() - started} ms, ${still.png.length} bytes`);
    const pixels = new Pixels(still.png);
    expect([pixels.width, pixels.height]).toEqual([3840, 2160]);
    still.points.forEach(([x, y], i) => {
      expect(
        pixels.near(x, y, 6, (rgb) => distance(rgb, AIR) < 60),
        `HGH→LGG arc at point ${i}`,
      ).toBe(true);
    });
    // The figures of test/e2e/hud.test.ts at the same instant.
    expect(still.frame.scenarioTime).toBe(Date.parse('2020-03-16T12:00:00Z'));
    expect(still.frame.kpis).toMatchObject({
      'masks.delivered': '1,200,000',
      'masks.inTransit': '0',
      'masks.planned': '800,000',
      'test_kits.delivered': '60,000',
      'IT.masks.delivered': '500,000',
      'FR.masks.delivered': '0',
      'CH.masks.delivered': '—',
    });
  });

  it('renders a video frame by frame: 30 frames 6 scenario minutes apart for 3 s at 10 fps, then the card, as H.264 MP4', async () => {
    const out = join(dir, 'clip.mp4');
    const args = parseExportArgs(
      ['video', '--from', '2020-03-13T12:00:00Z', '--to', '2020-03-13T14:54:00Z', '--duration', '3s'].concat([
        '--fps',
        '10',
        '--size',
        '640x360',
        '--scenes',
        'tour',
        '--card',
        '1s',
        out,
      ]),
    );
    const done = await runExport(env.browser, env.server.url, plan, args);
    const frames = done.video?.frames ?? [];
    expect(frames).toHaveLength(30);
    const steps = new Set(frames.slice(1).map((f, i) => f.scenarioTime - (frames[i]?.scenarioTime ?? 0)));
    expect([...steps]).toEqual([6 * 60_000]);
    expect(frames[0]?.scenarioTime).toBe(Date.parse('2020-03-13T12:00:00Z'));
    // The tour: the camera has moved on from the first scene by the end.
    expect(frames[0]?.scene).toBe(plan.story.tour[0]?.scene);
    expect(frames.at(-1)?.scene).not.toBe(frames[0]?.scene);
    const probe = JSON.parse(
      execFileSync(
        'ffprobe',
        ['-v', 'error', '-count_frames', '-show_streams', '-show_format', '-of', 'json', out],
        {
          encoding: 'utf8',
        },
      ),
    );
    const video = probe.streams[0];
    expect([video.codec_name, video.pix_fmt, video.width, video.height]).toEqual([
      'h264',
      'yuv420p',
      640,
      360,
    ]);
    expect(Number(video.nb_read_frames)).toBe(30 + 10);
    expect(Number(probe.format.duration)).toBeCloseTo(4, 1);
    expect(probe.format.format_name).toContain('mp4');
    expect(readFileSync(out).length).toBe(done.bytes);
    console.log(`3 s clip at 640x360: ${done.ms} ms, ${done.bytes} bytes`);
  });
});
