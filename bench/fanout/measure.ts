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
  let awaiting = -1;
  const sendNext = () => {
    const at = now();
    awaiting = variant.send();
    sentAt.set(awaiting, at);
  };
  // Warm-up, then the measured run: each tick waits for the previous one to reach every client.
  const run = (ms: number) =>
    new Promise<number>((resolve) => {
      const end = now() + ms;
      let done = 0;
      let timer: NodeJS.Timeout;
      const next = () => {
        clearTimeout(timer);
        if (now() >= end) {
          clients.onTick = () => undefined;
          resolve(done);
          return;
        }
        // A tick that never reaches every client (a dropped volatile frame) is counted, not waited for.
        timer = setTimeout(() => {
          lost++;
          next();
        }, LOST_AFTER_MS);
        sendNext();
      };
      clients.onTick = (tick) => {
        if (tick !== awaiting) return;
        done++;
        next();
      };
      next();
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
  const bytes = variant.bytesPerTick();
  await clients.request({ type: 'close' }, 'closed');
  return {
    variant: variant.name,
    vehicles,
    clients: count,
    ticksPerSecond: (ticks * 1000) / elapsed,
    cpuMsPerTick: (used.user + used.system) / 1000 / Math.max(1, ticks),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    bytesPerVehicle: bytes / vehicles,
    lost,
  };
}
