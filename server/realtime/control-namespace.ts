import { z } from 'zod';
import { presenterChangeProblem, presenterChangeSchema } from '../../core/presenter';
import { type AckResult, CONTROL_NAMESPACE, type ControlCommands } from '../../core/protocol';
import { formatPath } from '../../core/scenario';
import type { CorridorIo } from '../app';
import type { SignInGuard } from '../auth/sign-in-guard';
import { sameToken } from '../auth/token';
import type { Corridor } from '../corridor';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Command, CommandSink } from './commands';

const rate = z.number().positive('must be positive').max(1_000_000, 'at most 1,000,000');
const time = z.number().finite('must be a finite time in ms');
const direction = z.union([z.literal(1), z.literal(-1)], { error: 'must be 1 or -1' });

export interface ControlOptions {
  corridor: Corridor;
  send: CommandSink;
  token: string;
  live: boolean;
  guard: SignInGuard;
  /** Origins besides the page's own that may open a control page (CORRIDOR_CONTROL_ORIGINS). */
  origins: readonly string[];
  metrics: Metrics;
  log: Logger;
}

/** A browser says where the page that connects comes from: the control page's own origin, or one allowed. */
function allowedOrigin(origin: string | undefined, host: string | undefined, allowed: readonly string[]) {
  if (!origin) return true;
  try {
    return new URL(origin).host === host || allowed.includes(origin);
  } catch {
    return false;
  }
}

/**
 * `/control`: the presenter's pages. The page's origin and the token are checked at the handshake
 * (and again on every recovered reconnect), wrong tokens locking the address out for a while;
 * every command is validated, carried out where the scenario plays, and acknowledged.
 */
export function attachControlNamespace(io: CorridorIo, options: ControlOptions) {
  const { corridor, send, token, live, guard, metrics, log } = options;
  const controls = io.of(CONTROL_NAMESPACE);
  controls.use(async (socket, next) => {
    const { address, headers } = socket.handshake;
    if (!allowedOrigin(headers.origin, headers.host, options.origins)) {
      metrics.refusals.inc({ reason: 'control_origin' });
      return next(new Error(`forbidden: the control page is not served from ${headers.origin}`));
    }
    const wait = await guard.lockedFor(address);
    if (wait) {
      metrics.refusals.inc({ reason: 'sign_in_locked' });
      return next(new Error(`too many wrong tokens from this address: try again in ${wait} s`));
    }
    const given: unknown = socket.handshake.auth?.token;
    if (typeof given === 'string' && sameToken(given, token)) return next();
    await guard.failed(address);
    metrics.refusals.inc({ reason: 'control_token' });
    next(new Error('unauthorized: wrong or missing control token'));
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
          log.warn({ socket: socket.id, reason }, 'control command refused');
          metrics.refusals.inc({ reason: 'control_command' });
          return reply({ ok: false, error: reason });
        }
        try {
          await send(run(parsed.data));
          log.info(
            { socket: socket.id, event, value: args.length > 1 ? args[0] : undefined },
            'control command',
          );
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
