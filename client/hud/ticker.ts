import type { StatusEvent } from '../../core/events';
import type { Plan } from '../../core/scenario';
import type { ShipmentStatus } from '../../core/status';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { describeStatus } from '../i18n/sentences';

/**
 * The latest status events as sentences, newest first, at most `size` of them. A polite live
 * region: a new event is one row added at the top (and the oldest removed), so that a screen
 * reader reads the news once, not the whole list again.
 */
export class Ticker {
  private readonly list = document.createElement('ol');
  private readonly events: StatusEvent[] = [];
  private readonly rows = new Map<StatusEvent, HTMLLIElement>();

  constructor(
    root: HTMLElement,
    private readonly size: number,
  ) {
    root.replaceChildren(this.list);
  }

  /** After a snapshot or a seek: the shipments' current statuses, newest first. */
  reset(statuses: Record<string, ShipmentStatus>): void {
    this.events.length = 0;
    const known = Object.entries(statuses)
      .filter(([, s]) => s.code !== 'planned')
      .sort(([, a], [, b]) => b.time - a.time)
      .slice(0, this.size)
      .reverse();
    for (const [shipment, s] of known)
      this.push({ type: 'status', shipment, status: s.code, hub: s.hub, time: s.time, leg: s.leg });
  }

  push(event: StatusEvent): void {
    this.events.unshift(event);
    if (this.events.length > this.size) this.events.length = this.size;
  }

  render(plan: Plan, m: Messages, f: Formats): void {
    const shown = new Set(this.events);
    for (const [event, row] of this.rows) {
      if (shown.has(event)) continue;
      row.remove();
      this.rows.delete(event);
    }
    // New events are the newest: each goes on top, oldest of them first.
    for (const event of this.events.filter((e) => !this.rows.has(e)).reverse()) {
      const row = this.row(event, plan, m, f);
      this.rows.set(event, row);
      this.list.prepend(row);
    }
  }

  private row(event: StatusEvent, plan: Plan, m: Messages, f: Formats): HTMLLIElement {
    const sentence = describeStatus(event, plan, m, f);
    const row = document.createElement('li');
    row.textContent = sentence.text;
    row.classList.toggle('illustrative', sentence.illustrative);
    if (sentence.illustrative) {
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = m.illustrative;
      row.append(' ', tag);
    }
    return row;
  }
}
