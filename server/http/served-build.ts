import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The build of the display this server serves, as its build.json names it (written by the
 * display's build). Read again whenever the file changes, so that a display rebuilt under a
 * running server is announced as the build it now serves, never one screens cannot get.
 */
export class ServedBuild {
  private readonly file: string;
  private seenMtime = -1;
  private id: string | null = null;

  constructor(clientDir: string) {
    this.file = join(clientDir, 'build.json');
  }

  /** Null where there is no built display (tests without one, the dev server). */
  current(): string | null {
    const mtime = statSync(this.file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (mtime === this.seenMtime) return this.id;
    this.seenMtime = mtime;
    this.id = mtime ? readId(this.file) : null;
    return this.id;
  }
}

function readId(file: string): string | null {
  try {
    const { build } = JSON.parse(readFileSync(file, 'utf8')) as { build?: unknown };
    return typeof build === 'string' && /^[0-9a-f]{6,64}$/.test(build) ? build : null;
  } catch {
    // Half-written by a build in progress: the next snapshot reads it whole.
    return null;
  }
}
