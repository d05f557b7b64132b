import { ChildProcess } from 'node:child_process';
import { afterEach } from 'vitest';

/** A socket or a server (closed), or a server process (killed). */
type Opened = { close(): unknown } | ChildProcess;

/**
 * One `afterEach` for the file that closes what its tests opened, last opened first (sockets before
 * their server), so that a failed assertion cannot leave a server or a process to the next test.
 */
export function useTeardown() {
  const opened: Opened[] = [];
  afterEach(async () => {
    for (const thing of opened.splice(0).reverse()) {
      if (thing instanceof ChildProcess) thing.kill('SIGKILL');
      else await thing.close();
    }
  });
  return {
    track<T extends Opened>(thing: T): T {
      opened.push(thing);
      return thing;
    },
  };
}
