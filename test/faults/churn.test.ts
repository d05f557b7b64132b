import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../core/protocol';
import { agreed, histogram, screen } from '../helpers/cluster';
import { listeningUrl, spawnServer } from '../helpers/process';
import { until } from '../helpers/server';
import { useTeardown } from '../helpers/teardown';

const { track } = useTeardown();
const SCREENS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A screen that counts the gaps it saw: updates that did not follow the one before. */
function counted(url: string) {
  const s = screen(url);
  let gaps = 0;
  const apply = s.live.applyUpdate.bind(s.live);
  s.live.applyUpdate = (update) => {
    const ok = apply(update);
    if (!ok && s.live.state) gaps++;
    return ok;
  };
  return Object.assign(s, { gaps: () => gaps });
}

describe('screens coming and going', () => {
  it(`keeps ${SCREENS} screens churned for 60 s gap-free and each equal to a fresh snapshot`, async () => {
    const server = spawnServer(['--no-build', '--tick-ms', '250', '--loop-seconds', '120'], { PORT: '0' });
    track(server.child);
    const url = await listeningUrl(server);
    let screens = Array.from({ length: SCREENS }, () => track(counted(url)));
    await until('every screen has its state', () => screens.every((s) => s.live.state), 30_000);
    let closed = 0;
    const started = Date.now();
    while (Date.now() - started < 60_000) {
      await sleep(1000);
      // A tenth of the screens leave at random; as many new ones come.
      const leaving = new Set(screens.filter(() => Math.random() < 0.1));
      for (const s of leaving) s.close();
      closed += leaving.size;
      screens = [...screens.filter((s) => !leaving.has(s)), ...[...leaving].map(() => track(counted(url)))];
    }
    await until('every screen has its state', () => screens.every((s) => s.live.state), 30_000);
    const truth = async () => agreed((await (await fetch(`${url}/api/v1/snapshot`)).json()) as Snapshot);
    // Equal once what is in flight has landed: compare at an update every screen has.
    let expected = await truth();
    await until(
      'every screen at the server’s update',
      () => screens.every((s) => (s.live.state?.updateSeq ?? 0) >= expected.updateSeq),
      10_000,
    );
    expected = await truth();
    await until(
      'every screen at the server’s update',
      () => screens.every((s) => s.live.state?.updateSeq === expected.updateSeq),
      10_000,
    ).catch(() => undefined);
    const equal = screens.filter(
      (s) =>
        JSON.stringify(
          agreed({ ...(s.live.state as NonNullable<typeof s.live.state>), runId: s.live.runId }),
        ) === JSON.stringify(expected),
    ).length;
    const gaps = screens.reduce((n, s) => n + s.gaps(), 0);
    console.log(
      `${SCREENS} screens churned for 60 s: ${closed} closed and replaced, ${gaps} gaps, ${equal} of ${screens.length} equal to a fresh snapshot`,
    );
    expect(gaps).toBe(0);
    expect(equal).toBe(screens.length);
  }, 120_000);

  it(`brings ${SCREENS} screens back after the server is killed and restarted, spread by back-off`, async () => {
    const first = spawnServer(['--no-build', '--tick-ms', '250'], { PORT: '0' });
    track(first.child);
    const url = await listeningUrl(first);
    const screens = Array.from({ length: SCREENS }, () => track(screen(url)));
    await until('every screen has its state', () => screens.every((s) => s.live.state), 30_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const killedAt = Date.now();
    const second = spawnServer(['--no-build', '--tick-ms', '250'], { PORT: new URL(url).port });
    track(second.child);
    await listeningUrl(second);
    await until(
      'every screen back',
      () => screens.every((s) => s.times.snapshots.some((t) => t > killedAt)),
      30_000,
    );
    const back = screens
      .map((s) => (s.times.snapshots.find((t) => t > killedAt) as number) - killedAt)
      .sort((a, b) => a - b);
    const runId = ((await (await fetch(`${url}/api/v1/snapshot`)).json()) as Snapshot).runId;
    console.log(
      `${SCREENS} screens back after kill -9 and restart: median ${back[SCREENS >> 1]} ms, last ${back.at(-1)} ms\n${histogram(back, 500)}`,
    );
    expect(screens.every((s) => s.live.runId === runId)).toBe(true);
    expect((back.at(-1) as number) - (back[0] as number)).toBeGreaterThan(500);
  }, 90_000);
});
