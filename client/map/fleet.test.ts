import { describe, expect, it } from 'vitest';
import { pointAlong } from '../../core/geo/polyline';
import { liveStateOfBundledPlan } from '../../test/helpers/live';
import { colours } from '../theme';
import { Fleet, type FleetStyle } from './fleet';

const liveAt = (fixes = {}) => liveStateOfBundledPlan(fixes).live;

const style = (shown = { air: true, rail: true, road: true }): FleetStyle => ({
  colours: colours('dark', 'default'),
  scale: 1,
  focus: null,
  shown,
});

describe('Fleet', () => {
  it('puts each moving vehicle where the path says, turned to its heading', () => {
    const live = liveAt();
    const fleet = new Fleet(live.legs);
    const flight = live.legs.findIndex((v) => v.leg.from === 'HGH' && v.leg.to === 'LGG');
    const view = live.legs[flight];
    if (!view) throw new Error('no flight');
    const t = view.leg.depart + 0.37 * (view.leg.arrive - view.leg.depart);
    expect(fleet.update(live, t, style())).toBeGreaterThan(0);
    const expected = pointAlong(view.path, 0.37);
    expect(fleet.positions[2 * flight]).toBeCloseTo(expected.lon, 3);
    expect(fleet.positions[2 * flight + 1]).toBeCloseTo(expected.lat, 3);
    expect(fleet.angles[flight]).toBeCloseTo(-expected.heading, 3);
    expect(fleet.sizes[flight]).toBe(30);
    // Estimated: no fix at all, so a ring around a faint icon.
    expect(fleet.ringRadii[flight]).toBe(15);
    expect(fleet.colours[4 * flight + 3]).toBe(110);
    // Backwards in time moves it back along the path, to the right segment.
    const earlier = view.leg.depart + 0.05 * (view.leg.arrive - view.leg.depart);
    fleet.update(live, earlier, style());
    expect(fleet.positions[2 * flight]).toBeCloseTo(pointAlong(view.path, 0.05).lon, 3);
  });

  it('restyles only when something changes, and hides modes the presenter turned off', () => {
    const live = liveAt();
    const fleet = new Fleet(live.legs);
    const flight = live.legs.findIndex((v) => v.leg.mode === 'air');
    const view = live.legs[flight];
    if (!view) throw new Error('no flight');
    const t = (view.leg.depart + view.leg.arrive) / 2;
    const same = style();
    fleet.update(live, t, same);
    const version = fleet.styleVersion;
    fleet.update(live, t + 1000, same);
    expect(fleet.styleVersion).toBe(version);
    fleet.update(live, t + 2000, style({ air: false, rail: true, road: true }));
    expect(fleet.styleVersion).toBeGreaterThan(version);
    expect(fleet.sizes[flight]).toBe(0);
  });

  it('marks a vehicle with a recent fix as reported', () => {
    const probe = liveAt();
    const view = probe.legs[0];
    if (!view) throw new Error('no leg');
    const t = (view.leg.depart + view.leg.arrive) / 2;
    const live = liveAt({ [view.leg.id]: [{ time: t - 500, progress: 0.5 }] });
    const fleet = new Fleet(live.legs);
    fleet.update(live, t, style());
    expect(fleet.estimated[0]).toBe(0);
    expect(fleet.ringRadii[0]).toBe(0);
    expect(fleet.colours[3]).toBe(255);
  });

  it('follows the tracks a rebase brings in', () => {
    const live = liveAt();
    const view = live.legs[0];
    if (!view) throw new Error('no leg');
    const t = (view.leg.depart + view.leg.arrive) / 2;
    const fleet = new Fleet(live.legs);
    fleet.update(live, t, style());
    expect(fleet.estimated[0]).toBe(1);
    const tracks = { [view.leg.id]: [{ time: t - 500, progress: 0.5 }] };
    expect(
      live.applyUpdate({ seq: 11, prev: 10, event: { type: 'rebase', time: t, statuses: {}, tracks } }),
    ).toBe(true);
    fleet.update(live, t, style());
    expect(fleet.estimated[0]).toBe(0);
    expect(fleet.progress[0]).toBeCloseTo(0.5, 2);
  });
});
