import { LiveState } from '../../client/live/live-state';
import { connectDisplay, planOf } from './server';

/**
 * What a screen holds: the client's own LiveState fed by a real socket as the display page feeds
 * it (a snapshot whose plan it fetches by version, then updates and positions frames in order,
 * a resync on a gap).
 */
export function followAsScreen(url: string) {
  const display = connectDisplay(url);
  const live = new LiveState();
  let loaded = false;
  display.socket.on('snapshot', async (snapshot) => {
    loaded = live.load(snapshot.plan ? snapshot : { ...snapshot, plan: await planOf(url, snapshot) });
  });
  display.socket.on('update', (update) => {
    if (loaded && !live.applyUpdate(update)) {
      loaded = false;
      display.socket.emit('resync');
    }
  });
  display.socket.on('positions', (frame) => {
    if (loaded) live.applyPositions(frame);
  });
  return { socket: display.socket, live, loaded: () => loaded };
}
