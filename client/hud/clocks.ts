import type { Hub } from '../../core/scenario';
import { hubLabel } from '../i18n/hub-names';
import type { Formats } from '../i18n/locale';

/** Scenario time at the hubs the operation chose (or its origin and main hub), each in its own zone. */
export class Clocks {
  private clocks: { hub: Hub; time: HTMLTimeElement; zone: HTMLElement }[] = [];
  private shownMinute = Number.NaN;

  constructor(private readonly root: HTMLElement) {}

  build(hubs: Hub[], f: Formats): void {
    this.clocks = hubs.map((hub) => {
      const clock = document.createElement('div');
      clock.className = 'clock';
      clock.dataset.hub = hub.id;
      const place = document.createElement('span');
      place.className = 'place';
      place.textContent = hubLabel(hub, f.language);
      const time = document.createElement('time');
      const zone = document.createElement('span');
      zone.className = 'zone';
      clock.append(place, time, zone);
      return { hub, time, zone };
    });
    this.root.replaceChildren(...this.clocks.map((c) => c.time.parentElement as HTMLElement));
    this.shownMinute = Number.NaN;
  }

  update(scenarioTime: number, f: Formats): void {
    const minute = Math.floor(scenarioTime / 60_000);
    if (minute === this.shownMinute || !Number.isFinite(minute)) return;
    this.shownMinute = minute;
    for (const { hub, time, zone } of this.clocks) {
      time.textContent = f.time(scenarioTime, hub.timeZone);
      time.dateTime = new Date(minute * 60_000).toISOString();
      zone.textContent = f.zoneAndDay(scenarioTime, hub.timeZone);
    }
  }
}
