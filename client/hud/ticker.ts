import type { StatusEvent } from '../../core/events';
import type { Plan } from '../../core/scenario';
import type { ShipmentStatus } from '../../core/status';
import type { Formats } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { describeStatus } from '../i18n/sentences';

/** The latest status events as sentences, newest first, in a fixed number of reused rows. */
export class Ticker {
  private readonly rows: HTMLLIElement[];
  private readonly events: StatusEvent[] = [];

  constructor(
    root: HTMLElement,
    private readonly size: number,
  ) {
    this.rows = Array.from({ length: size }, () => document.createElement('li'));
    const list = document.createElement('ol');
    list.append(...this.rows);
    root.replaceChildren(list);
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
    this.rows.forEach((row, i) => {
      const event = this.events[i];
      if (!event) {
        row.hidden = true;
        return;
      }
      const sentence = describeStatus(event, plan, m, f);
      row.hidden = false;
      row.textContent = sentence.text;
      row.classList.toggle('illustrative', sentence.illustrative);
      if (sentence.illustrative) {
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = m.illustrative;
        row.append(' ', tag);
      }
    });
  }
}
