import { z } from 'zod';
import { presenterChangeProblem, presenterChangeSchema } from '../../core/presenter';
import { type AckResult, CONTROL_NAMESPACE, type ControlCommands } from '../../core/protocol';
import { formatPath } from '../../core/scenario';
import type { CorridorIo } from '../app';
import { sameToken } from '../auth/token';
import type { Corridor } from '../corridor';
import type { Command, CommandSink } from './commands';

const rate = z.number().positive('must be positive').max(1_000_000, 'at most 1,000,000');
const time = z.number().finite('must be a finite time in ms');
const direction = z.union([z.literal(1), z.literal(-1)], { error: 'must be 1 or -1' });

/**
 * `/control`: the presenter's pages. The token is checked at the handshake (and again on every
 * recovered reconnect); every command is validated, appended to the log as an event, and acknowledged.
 */
export function attachControlNamespace(
  io: CorridorIo,
  corridor: Corridor,
  send: CommandSink,
  token: string,
  live: boolean,
) {
  const controls = io.of(CONTROL_NAMESPACE);
  controls.use((socket, next) => {
    const given: unknown = socket.handshake.auth?.token;
    if (typeof given === 'string' && sameToken(given, token)) next();
    else next(new Error('unauthorized: wrong or missing control token'));
  });

  controls.on('connection', (socket) => {
    // The event map says what the control page sends; a hostile client may send anything, so each
    // handler takes unknown arguments, validates them and answers only an ack that is a function.
    const command = <T>(
      event: keyof ControlCommands,
      schema: z.ZodType<T> | null,
      run: (value: T) => Command,
    ) => {
      return async (...args: unknown[]) => {
        const ack = args[args.length - 1];
        const reply = (result: AckResult) => {
          if (typeof ack === 'function') ack(result);
        };
        const parsed = schema ? schema.safeParse(args[0]) : { success: true as const, data: undefined as T };
        if (!parsed.success) {
          const reason = parsed.error.issues
            .map((i) => `${formatPath([event, ...i.path])}: ${i.message}`)
            .join('; ');
          console.warn(`control ${socket.id} refused: ${reason}`);
          return reply({ ok: false, error: reason });
        }
        try {
          await send(run(parsed.data));
          console.log(`control ${socket.id}: ${event} ${args.length > 1 ? JSON.stringify(args[0]) : ''}`);
          reply({ ok: true });
        } catch (error) {
          reply({ ok: false, error: `${event}: ${(error as Error).message}` });
        }
      };
    };
    socket.on(
      'clock:play',
      command('clock:play', null, () => ({ name: 'clock:play' })),
    );
    socket.on(
      'clock:pause',
      command('clock:pause', null, () => ({ name: 'clock:pause' })),
    );
    socket.on(
      'clock:rate',
      command('clock:rate', rate, (value) => ({ name: 'clock:rate', value })),
    );
    socket.on(
      'clock:seek',
      command('clock:seek', time, (value) => ({ name: 'clock:seek', value })),
    );
    socket.on(
      'clock:step',
      command('clock:step', direction, (value) => ({ name: 'clock:step', value })),
    );
    socket.on(
      'clock:live',
      command('clock:live', null, () => {
        if (!live) throw new Error('backToLive: the server is not in live mode (--live)');
        return { name: 'clock:live' };
      }),
    );
    socket.on(
      'presenter:change',
      command('presenter:change', presenterChangeSchema, (value) => {
        const problem = presenterChangeProblem(corridor.plan, value);
        if (problem) throw new Error(problem);
        return { name: 'presenter:change', value };
      }),
    );
  });
}
