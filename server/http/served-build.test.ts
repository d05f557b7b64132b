import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ServedBuild } from './served-build';

describe('the build a server serves', () => {
  const dirs: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-build-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is what build.json names, and the new one once the display is rebuilt', () => {
    const dir = folder();
    writeFileSync(join(dir, 'build.json'), JSON.stringify({ build: 'a1b2c3d4e5f6' }));
    const served = new ServedBuild(dir);
    expect(served.current()).toBe('a1b2c3d4e5f6');
    writeFileSync(join(dir, 'build.json'), JSON.stringify({ build: '0f0f0f0f0f0f' }));
    utimesSync(join(dir, 'build.json'), new Date(), new Date(Date.now() + 5000));
    expect(served.current()).toBe('0f0f0f0f0f0f');
  });

  it('is none without a built display or with a file it cannot read', () => {
    const dir = folder();
    const served = new ServedBuild(dir);
    expect(served.current()).toBeNull();
    writeFileSync(join(dir, 'build.json'), '{"build": "<script>"}');
    expect(new ServedBuild(dir).current()).toBeNull();
    writeFileSync(join(dir, 'build.json'), '{"bui');
    expect(new ServedBuild(dir).current()).toBeNull();
  });
});
