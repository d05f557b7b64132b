import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What `GET /metrics` says, in Prometheus's text format (prom-client): screens, what they were
 * sent, what was refused and why, ingest, the log, and the process (event-loop lag, heap).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly sent = new Counter({
    name: 'corridor_messages_sent_total',
    help: 'Messages sent to screens, by event (one broadcast counts once per screen)',
    labelNames: ['event'] as const,
    registers: [this.registry],
  });
  readonly bytes = new Counter({
    name: 'corridor_frame_bytes_sent_total',
    help: 'Bytes of positions frames sent to screens',
    registers: [this.registry],
  });
  readonly dropped = new Counter({
    name: 'corridor_frames_dropped_total',
    help: 'Positions frames not sent to a screen that had not read the previous ones',
    registers: [this.registry],
  });
  readonly resyncs = new Counter({
    name: 'corridor_resyncs_total',
    help: 'Snapshots screens asked for again',
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: 'corridor_refusals_total',
    help: 'What a client sent that was refused, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly ingested = new Counter({
    name: 'corridor_ingest_events_total',
    help: 'Feed events by outcome: accepted, duplicate, or the reason they were refused',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly appendSeconds = new Histogram({
    name: 'corridor_log_append_seconds',
    help: 'Time to store one feed batch durably',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers: [this.registry],
  });
  readonly logEvents = new Gauge({
    name: 'corridor_log_events',
    help: 'Events in the durable log of feeds',
    registers: [this.registry],
  });
  /** Screens per namespace now: set by the fan-out, read at each scrape. */
  screensNow: () => Record<string, number> = () => ({});
  readonly screens = new Gauge({
    name: 'corridor_screens',
    help: 'Screens connected to this node, by namespace',
    labelNames: ['namespace'] as const,
    registers: [this.registry],
    collect: () => {
      for (const [namespace, count] of Object.entries(this.screensNow()))
        this.screens.set({ namespace }, count);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
