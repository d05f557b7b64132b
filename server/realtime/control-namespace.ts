import type { Namespace, Server, Socket } from 'socket.io';
import { z } from 'zod';
import { presenterChangeProblem, presenterChangeSchema } from '../../core/presenter';
import {
  type AckResult,
  CONTROL_NAMESPACE,
  type ControlClientToServer,
  type DisplayServerToClient,
} from '../../core/protocol';
import { formatPath } from '../../core/scenario';
import { sameToken } from '../auth/token';
import type { Corridor } from '../corridor';
import type { ScenarioPlayer } from '../sources/scenario-player';

const rate = z.number().positive('must be positive').max(1_000_000, 'at most 1,000,000');
const time = z.number().finite('must be a finite time in ms');
const direction = z.union([z.literal(1), z.literal(-1)], { error: 'must be 1 or -1' });

/**
 * `/control`: the presenter's pages. The token is checked at the handshake (and again on every
 * recovered reconnect); every command is validated, appended to the log as an event, and acknowledged.
 */
export function attachControlNamespace(
  io: Server,
  corridor: Corridor,
  player: ScenarioPlayer,
  token: string,
) {
  const controls = io.of(CONTROL_NAMESPACE) as Namespace<ControlClientToServer, DisplayServerToClient>;
  controls.use((socket, next) => {
    const given: unknown = socket.handshake.auth?.token;
    if (typeof given === 'string' && sameToken(given, token)) next();
    else next(new Error('unauthorized: wrong or missing control token'));
  });

  controls.on('connection', (socket) => {
    const command = <T>(event: string, schema: z.ZodType<T> | null, run: (value: T) => void) => {
      return (...args: unknown[]) => {
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
          run(parsed.data);
          console.log(`control ${socket.id}: ${event} ${args.length > 1 ? JSON.stringify(args[0]) : ''}`);
          reply({ ok: true });
        } catch (error) {
          reply({ ok: false, error: `${event}: ${(error as Error).message}` });
        }
      };
    };
    const on = (event: string, handler: (...args: unknown[]) => void) =>
      (socket as unknown as Socket).on(event, handler);
    on(
      'clock:play',
      command('clock:play', null, () => player.play()),
    );
    on(
      'clock:pause',
      command('clock:pause', null, () => player.pause()),
    );
    on(
      'clock:rate',
      command('clock:rate', rate, (r) => player.setRate(r)),
    );
    on(
      'clock:seek',
      command('clock:seek', time, (t) => player.seek(t)),
    );
    on(
      'clock:step',
      command('clock:step', direction, (d) => player.step(d)),
    );
    on(
      'clock:live',
      command('clock:live', null, () => player.backToLive()),
    );
    on(
      'presenter:change',
      command('presenter:change', presenterChangeSchema, (change) => {
        const problem = presenterChangeProblem(corridor.plan, change);
        if (problem) throw new Error(problem);
        corridor.append({ type: 'presenter', change });
      }),
    );
  });
}
