/**
 * One cell of the fan-out table: C clients in a child process, one variant sending ticks in a
 * closed loop (the next tick leaves when every client has the last one), so ticks per second is
 * the rate the server sustains with no client falling behind.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromClients, ToClients } from './messages';
import type { Variant } from './variants';

export interface FanoutResult {
  variant: string;
  vehicles: number;
  clients: number;
  ticksPerSecond: number;
  cpuMsPerTick: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerVehicle: number;
  /** Ticks some client never got within 30 s: 0 in a healthy run. */
  lost: number;
  /** Frames sent but not received, as a share of frames × clients (volatile frames may be dropped). */
  droppedPercent: number;
}

export class ClientProcess {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<string, (message: FromClients) => void>();
  onTick: (tick: number) => void = () => undefined;

  constructor() {
    this.child = fork(fileURLToPath(new URL('./clients.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
    });
    this.child.on('message', (message: FromClients) => {
      if (message.type === 'tick') this.onTick(message.tick);
      else this.waiting.get(message.type)?.(message);
    });
  }

  request<T extends FromClients['type']>(
    message: ToClients,
    reply: T,
  ): Promise<Extract<FromClients, { type: T }>> {
    return new Promise((resolve) => {
      this.waiting.set(reply, resolve as (message: FromClients) => void);
      this.child.send(message);
    });
  }

  kill(): void {
    this.child.kill();
  }
}

const now = () => performance.timeOrigin + performance.now();
const LOST_AFTER_MS = 30_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function measureFanout(
  variant: Variant,
  clients: ClientProcess,
  count: number,
  vehicles: number,
  seconds: number,
  /** Ticks in flight: 2 overlaps the server's next tick with the clients' reading; 1 drops nothing. */
  window: 1 | 2,
): Promise<FanoutResult> {
  await clients.request(
    {
      type: 'connect',
      kind: variant.kind,
      url: variant.url,
      count,
      awaitSnapshot: variant.awaitSnapshot,
      ...(variant.plan ? { plan: variant.plan } : {}),
    },
    'connected',
  );
  const sentAt = new Map<number, number>();
  let lost = 0;
  let delivered = -1;
  // Ticks in flight: the next one is computed and sent while clients still read the last, as a
  // server ticking on a timer would; a tick counts when every client has it or a later one.
  const run = (ms: number) =>
    new Promise<number>((resolve) => {
      const end = now() + ms;
      const inFlight: number[] = [];
      let done = 0;
      let timer: NodeJS.Timeout | undefined;
      const fill = () => {
        clearTimeout(timer);
        if (now() >= end) {
          clients.onTick = () => undefined;
          resolve(done);
          return;
        }
        while (inFlight.length < window) {
          const at = now();
          const tick = variant.send();
          sentAt.set(tick, at);
          inFlight.push(tick);
        }
        timer = setTimeout(() => {
          lost += inFlight.length;
          inFlight.length = 0;
          fill();
        }, LOST_AFTER_MS);
      };
      clients.onTick = (tick) => {
        delivered = Math.max(delivered, tick);
        const before = inFlight.length;
        while (inFlight.length && (inFlight[0] as number) <= tick) inFlight.shift();
        if (inFlight.length === before) return;
        done += before - inFlight.length;
        fill();
      };
      fill();
    });
  await run(500);
  await clients.request({ type: 'report' }, 'arrivals');
  sentAt.clear();
  lost = 0;
  const cpu = process.cpuUsage();
  const started = now();
  const ticks = await run(seconds * 1000);
  const elapsed = now() - started;
  const used = process.cpuUsage(cpu);
  const { arrivals } = await clients.request({ type: 'report' }, 'arrivals');
  const latencies: number[] = [];
  for (const [tick, times] of arrivals) {
    const sent = sentAt.get(tick);
    if (sent !== undefined) for (const t of times) latencies.push(t - sent);
  }
  latencies.sort((a, b) => a - b);
  // Frames still on their way when the run ended are not counted as dropped.
  const counted = new Set([...sentAt.keys()].filter((tick) => tick <= delivered));
  const received = arrivals.reduce((n, [tick, times]) => n + (counted.has(tick) ? times.length : 0), 0);
  const bytes = variant.bytesPerTick();
  await clients.request({ type: 'close' }, 'closed');
  return {
    variant: `${variant.name}${window === 1 ? ', 1 tick in flight' : ''}`,
    vehicles,
    clients: count,
    ticksPerSecond: (ticks * 1000) / elapsed,
    cpuMsPerTick: (used.user + used.system) / 1000 / Math.max(1, ticks),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    bytesPerVehicle: bytes / vehicles,
    lost,
    droppedPercent: counted.size ? 100 * (1 - received / (counted.size * count)) : 0,
  };
}
