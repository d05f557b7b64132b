import { describe, expect, it } from 'vitest';
import { parseExportArgs } from './cli-args';

describe('npm run export arguments', () => {
  it('reads a still as the issue writes it', () => {
    const args = parseExportArgs([
      'still',
      '--at',
      '2020-03-13T21:00:00+01:00',
      '--lang',
      'fr',
      '--size',
      '3840x2160',
      'out.png',
    ]);
    expect(args).toMatchObject({
      kind: 'still',
      at: Date.parse('2020-03-13T20:00:00Z'),
      lang: 'fr',
      out: 'out.png',
    });
    expect(args.size).toEqual({ width: 3840, height: 2160, deviceScaleFactor: 2 });
  });

  it('reads a video with its defaults: 30 s, 30 fps, 1920x1080, a 3 s closing card', () => {
    const args = parseExportArgs([
      'video',
      '--from',
      '2020-03-13T00:00Z',
      '--to',
      '2020-03-14T00:00Z',
      'a.mp4',
    ]);
    expect(args).toMatchObject({ kind: 'video', seconds: 30, fps: 30, cardSeconds: 3, scenes: undefined });
    expect(args.size.width).toBe(1920);
    const tour = parseExportArgs([
      'video',
      '--from',
      '2020-03-13T00:00Z',
      '--to',
      '2020-03-14T00:00Z',
      '--scenes',
      'route,liege',
      '--card',
      '0',
      'a.mp4',
    ]);
    expect(tour).toMatchObject({ scenes: ['route', 'liege'], cardSeconds: 0 });
  });

  it('says what is wrong', () => {
    expect(() => parseExportArgs(['still', 'out.png'])).toThrow(/--at: required/);
    expect(() => parseExportArgs(['still', '--at', 'noon', 'out.png'])).toThrow(/ISO 8601/);
    expect(() => parseExportArgs(['gif', 'out.gif'])).toThrow(/"still" or "video"/);
    expect(() =>
      parseExportArgs(['video', '--from', '2020-03-14T00:00Z', '--to', '2020-03-13T00:00Z', 'a.mp4']),
    ).toThrow(/after --from/);
    expect(() => parseExportArgs(['still', '--at', '2020-03-13T00:00Z', '--lang', 'it', 'a.png'])).toThrow(
      /--lang/,
    );
  });
});
