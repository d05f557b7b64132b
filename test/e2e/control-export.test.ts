import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage } from '../helpers/browser';
import { Pixels } from '../helpers/pixels';
import { TEST_CONTROL_TOKEN } from '../helpers/server';
import { withServerAndBrowser } from '../helpers/suite';

const env = withServerAndBrowser({ tickMs: 500 });
const bearer = { authorization: `Bearer ${TEST_CONTROL_TOKEN}`, 'content-type': 'application/json' };

describe('exports from the control page', () => {
  it('renders a still of what the screens show now, banner included, and downloads it', async () => {
    env.server.player.pause();
    env.server.player.seek(Date.parse('2020-03-13T21:00:00Z'));
    const { page: control, problems } = await openPage(env.browser, 1024, 900);
    await control.goto(`${env.server.url}/control`);
    await control.fill('#token', TEST_CONTROL_TOKEN);
    await control.click('#sign-in button[type=submit]');
    // The plan is in: the scene buttons and the snippet are built from it.
    await control.waitForSelector('#scenes button');
    expect(await control.textContent('#embed-snippet')).toContain(`src="${env.server.url}/?embed=1"`);
    await control.fill('#banner', 'Press briefing');
    await control.click('#banner-form button[type=submit]');
    await control.click('#export-still');
    await control.waitForSelector('#export-download:not([hidden])', { timeout: 90_000 });
    const [download] = await Promise.all([
      control.waitForEvent('download'),
      control.click('#export-download'),
    ]);
    expect(download.suggestedFilename()).toBe('airlift-2020-2020-03-13T2100.png');
    const file = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'still.png');
    await download.saveAs(file);
    const pixels = new Pixels(execFileSync('cat', [file]));
    expect([pixels.width, pixels.height]).toEqual([1920, 1080]);
    // The banner's warm yellow across the top of the picture: what the screens showed.
    expect(pixels.near(960, 200, 40, ([r, g, b]) => r > 200 && g > 140 && b < 90)).toBe(true);
    expect(problems).toEqual([]);
    await control.context().close();
  });

  it('renders a clip of the last minutes through the API, and refuses without the token', async () => {
    expect((await fetch(`${env.server.url}/api/v1/exports`, { method: 'POST', body: '{}' })).status).toBe(
      401,
    );
    const started = await fetch(`${env.server.url}/api/v1/exports`, {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify({ kind: 'video', minutes: 30, seconds: 2, size: '640x360' }),
    });
    expect(started.status).toBe(202);
    let job = await started.json();
    const busy = await fetch(`${env.server.url}/api/v1/exports`, {
      method: 'POST',
      headers: bearer,
      body: '{"kind":"still"}',
    });
    expect(busy.status).toBe(409);
    while (job.state === 'rendering') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = await (await fetch(`${env.server.url}/api/v1/exports/${job.id}`, { headers: bearer })).json();
    }
    expect(job).toMatchObject({ state: 'done', done: 100, total: 100 });
    const file = await fetch(`${env.server.url}/api/v1/exports/${job.id}/file`, { headers: bearer });
    expect(file.headers.get('content-type')).toBe('video/mp4');
    const out = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'clip.mp4');
    writeFileSync(out, Buffer.from(await file.arrayBuffer()));
    const frames = execFileSync('ffprobe', [
      '-v',
      'error',
      '-count_frames',
      '-show_entries',
      'stream=nb_read_frames',
      '-of',
      'csv=p=0',
      out,
    ]);
    expect(String(frames).trim()).toBe('100');
  });
});
