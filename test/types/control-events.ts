/**
 * Type tests of the event maps, checked by `tsc --noEmit` and never run (vitest only collects
 * `*.test.ts`): each `@ts-expect-error` fails the build once its line compiles, so a cast or a
 * loosened map at either end shows up here.
 */
import type { Commands } from '../../client/control/commands';
import type { Connection } from '../../client/live/connection';
import { type AckResult, CONTROL_NAMESPACE, type ControlClientToServer } from '../../core/protocol';
import type { CorridorIo } from '../../server/app';

declare const display: Connection['socket'];
declare const control: Connection<ControlClientToServer>['socket'];
declare const io: CorridorIo;
declare const commands: Commands;

// A display sends its own events and nothing of the presenter's.
display.emit('resync');
// @ts-expect-error a resync names nothing: the plan travels by HTTP
display.emit('resync', 'run.0');
display.timeout(5000).emit('time:ping', (_error, serverWall: number) => serverWall);
// @ts-expect-error a display socket has no 'clock:play'
display.emit('clock:play', () => {});
// @ts-expect-error nor any other command
display.timeout(5000).emit('clock:rate', 60, () => {});

// The control page's socket, as connectLive gives it, sends the display's events and the commands.
control.emit('resync');
control.timeout(5000).emit('clock:play', (error, result) => (error ? null : result.ok));
control.timeout(5000).emit('clock:rate', 60, (_error: Error | null, result: AckResult) => result);
control.timeout(5000).emit('clock:step', -1, () => {});
control.timeout(5000).emit('presenter:change', { scene: 'liege' }, () => {});
control.timeout(5000).emit('clock:seek', 0, (_error, result) => {
  if (!result.ok) result.error satisfies string;
  // @ts-expect-error an answer has `ok` and `error`, no `reason`
  return result.reason;
});
// @ts-expect-error a rate is a number
control.timeout(5000).emit('clock:rate', '60', () => {});
// @ts-expect-error a step is 1 or -1
control.timeout(5000).emit('clock:step', 2, () => {});
// @ts-expect-error a scene is named by its id (whether the plan has it is checked when it arrives)
control.timeout(5000).emit('presenter:change', { scene: 3 }, () => {});
// @ts-expect-error every command is acknowledged
control.emit('clock:pause');
// @ts-expect-error no such command
control.emit('clock:rewind', () => {});

// The presenter's commands take what the map says.
commands.rate(60);
// @ts-expect-error a rate is a number
commands.rate('60');
// @ts-expect-error a step is 1 or -1
commands.step(0);

// The server hears the commands on /control with the map's arguments and answers with an AckResult.
io.of(CONTROL_NAMESPACE).on('connection', (socket) => {
  socket.on('clock:seek', (time, ack) => {
    time satisfies number;
    ack({ ok: true });
  });
  // Untrusted arguments may be taken as unknown, to be validated.
  socket.on('clock:rate', (...args: unknown[]) => args);
  // @ts-expect-error a seek's time is a number, not a string
  socket.on('clock:seek', (time: string) => time);
  // @ts-expect-error an ack takes an AckResult
  socket.on('clock:play', (ack) => ack({ fine: true }));
  // @ts-expect-error no such command
  socket.on('clock:rewind', () => {});
  socket.emit('heartbeat', { seq: 1, serverTime: 0 });
  // @ts-expect-error pages are sent the stream, never commands
  socket.emit('clock:play', () => {});
});
