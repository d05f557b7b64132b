import { describe, expect, it } from 'vitest';
import { BuildWatch } from './build-watch';

describe('a screen on another build than its server', () => {
  const scene = (own: string | null) => {
    const world = { now: 0, served: 'aaaaaa' as string | null, lastEventAt: -60_000, reloads: 0 };
    const watch = new BuildWatch({
      own,
      served: () => world.served,
      lastEventAt: () => world.lastEventAt,
      reload: () => world.reloads++,
      spreadMs: 0,
      quietMs: 8000,
      longestWaitMs: 180_000,
      now: () => world.now,
    });
    const lookFor = (seconds: number) => {
      for (let s = 0; s < seconds; s++) {
        world.now += 1000;
        if (watch.look()) return;
      }
    };
    return { world, lookFor };
  };

  it('stays while its build is the one served', () => {
    const { world, lookFor } = scene('aaaaaa');
    lookFor(600);
    expect(world.reloads).toBe(0);
  });

  it('reloads at once when the screen is quiet', () => {
    const { world, lookFor } = scene('aaaaaa');
    world.served = 'bbbbbb';
    lookFor(1);
    expect(world.reloads).toBe(1);
  });

  it('waits for calm, but not past the longest wait', () => {
    const { world, lookFor } = scene('aaaaaa');
    world.served = 'bbbbbb';
    // Something happens on screen every five seconds: never eight seconds of calm.
    for (let s = 0; s < 170; s += 5) {
      world.lastEventAt = world.now;
      lookFor(5);
    }
    expect(world.reloads).toBe(0);
    lookFor(15);
    expect(world.reloads).toBe(1);
  });

  it('stays where the server comes back to its build, and in development', () => {
    const moved = scene('aaaaaa');
    moved.world.served = 'bbbbbb';
    moved.world.lastEventAt = 1e12;
    moved.lookFor(60);
    moved.world.served = 'aaaaaa';
    moved.world.lastEventAt = -60_000;
    moved.lookFor(600);
    expect(moved.world.reloads).toBe(0);
    const dev = scene(null);
    dev.world.served = 'bbbbbb';
    dev.lookFor(60);
    expect(dev.world.reloads).toBe(0);
  });
});
