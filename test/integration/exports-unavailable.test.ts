import { describe, expect, it } from 'vitest';
import { listeningUrl, spawnServer } from '../helpers/process';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();

describe('exports where the server cannot render', () => {
  it('say why, and the command that renders the same where Chromium is installed', async () => {
    const server = spawnServer(['--no-build'], {
      PORT: '0',
      CORRIDOR_CONTROL_TOKEN: 'a-control-token-for-tests',
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    track(server.child);
    const url = await listeningUrl(server);
    const response = await fetch(`${url}/api/v1/exports`, {
      method: 'POST',
      headers: { authorization: 'Bearer a-control-token-for-tests', 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'still', lang: 'fr' }),
    });
    expect(response.status).toBe(503);
    const answer = await response.json();
    expect(answer.error).toMatch(
      /^Chromium is not installed on the server \(apt-get update && apt-get install/,
    );
    expect(answer.command).toMatch(
      /^npm run export -- still --at 2020-03-1\dT[\d:.]+Z --size 1920x1080 --lang fr airlift-2020-2020-03-1\d{1}T\d{4}\.png$/,
    );
  });
});
