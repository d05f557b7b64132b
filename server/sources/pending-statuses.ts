import type { StatusTimeline, TimelineEntry } from '../../core/live/status-timeline';

interface Pending {
  time: number;
  order: number;
  version: number;
  entry: TimelineEntry;
}

const before = (a: Pending, b: Pending) => a.time - b.time || a.order - b.order;

/**
 * The statuses still to come, across all shipments, in time order: a binary heap. A shipment
 * whose timeline changes is queued again under a new version; its stale entries are dropped
 * when they come up, so a change costs that shipment's steps, not a rebuild of all of them.
 */
export class PendingStatuses {
  private heap: Pending[] = [];
  private readonly versions = new Map<string, number>();
  private order = 0;

  constructor(private readonly timeline: StatusTimeline) {}

  reset(after: number): void {
    this.heap = [];
    for (const id of this.timeline.shipments()) this.refresh(id, after);
  }

  refresh(shipment: string, after: number): void {
    const version = (this.versions.get(shipment) ?? 0) + 1;
    this.versions.set(shipment, version);
    for (const entry of this.timeline.entries(shipment)) {
      if (entry.status.time > after)
        this.push({ time: entry.status.time, order: this.order++, version, entry });
    }
  }

  /** Takes the steps due at or before t, in order. */
  *due(t: number): Generator<TimelineEntry> {
    while (this.heap.length && (this.heap[0] as Pending).time <= t) {
      const top = this.pop();
      if (top.version === this.versions.get(top.entry.shipment)) yield top.entry;
    }
  }

  private push(item: Pending): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(heap[parent] as Pending, item) <= 0) break;
      heap[i] = heap[parent] as Pending;
      i = parent;
    }
    heap[i] = item;
  }

  private pop(): Pending {
    const heap = this.heap;
    const top = heap[0] as Pending;
    const last = heap.pop() as Pending;
    if (heap.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        const at = (k: number) => (k === i ? last : (heap[k] as Pending));
        if (l < heap.length && before(heap[l] as Pending, at(smallest)) < 0) smallest = l;
        if (r < heap.length && before(heap[r] as Pending, at(smallest)) < 0) smallest = r;
        if (smallest === i) break;
        heap[i] = heap[smallest] as Pending;
        i = smallest;
      }
      heap[i] = last;
    }
    return top;
  }
}
