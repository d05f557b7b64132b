import type { ClockState } from './clock';
import type { CorridorEvent, LogEntry } from './events';
import { addFix, type Fix } from './position';
import { applyPresenterChange, initialPresenter, type PresenterState } from './presenter-state';
import type { Plan } from './scenario/plan';
import { initialStatus } from './scenario/timeline';
import { upsertShipment } from './scenario/upsert';
import { type ShipmentStatus, transition } from './status';

/** What every screen shows, folded from the event log. Server and client run the same fold. */
export interface CorridorState {
  plan: Plan;
  statuses: Record<string, ShipmentStatus>;
  /** Recent fixes per leg (vehicle) id. */
  tracks: Record<string, Fix[]>;
  clock: ClockState;
  presenter: PresenterState;
  /** Sequence number of the last entry folded in. */
  seq: number;
  /** Sequence number of the last entry that is not volatile. */
  updateSeq: number;
}

export function createState(plan: Plan, clock: ClockState): CorridorState {
  return {
    plan,
    statuses: Object.fromEntries(plan.shipments.map((s) => [s.id, initialStatus(s)])),
    tracks: Object.fromEntries(plan.legs.map((leg) => [leg.id, []])),
    clock,
    presenter: initialPresenter(),
    seq: 0,
    updateSeq: 0,
  };
}

export type ApplyResult = { ok: true } | { ok: false; reason: string };

/** Folds one log entry into the state. Refused events change nothing and say why. */
export function applyEntry(state: CorridorState, entry: LogEntry): ApplyResult {
  const result = applyEvent(state, entry.event);
  state.seq = entry.seq;
  if (entry.event.type !== 'fixes') state.updateSeq = entry.seq;
  return result;
}

function applyEvent(state: CorridorState, event: CorridorEvent): ApplyResult {
  switch (event.type) {
    case 'status': {
      const current = state.statuses[event.shipment];
      if (!current) return { ok: false, reason: `unknown shipment "${event.shipment}"` };
      const result = transition(current, {
        code: event.status,
        hub: event.hub,
        time: event.time,
        leg: event.leg,
      });
      if (!result.ok) return result;
      state.statuses[event.shipment] = result.status;
      return { ok: true };
    }
    case 'fixes': {
      const refused: string[] = [];
      for (const fix of event.fixes) {
        const track = state.tracks[fix.vehicle];
        const verdict = track ? addFix(track, fix) : 'unknown vehicle';
        if (verdict !== 'accepted' && verdict !== 'duplicate') refused.push(`${fix.vehicle}: ${verdict}`);
      }
      return refused.length ? { ok: false, reason: refused.join('; ') } : { ok: true };
    }
    case 'clock':
      state.clock = event.clock;
      return { ok: true };
    case 'presenter':
      state.presenter = applyPresenterChange(state.presenter, event.change);
      return { ok: true };
    case 'rebase':
      state.statuses = { ...event.statuses };
      // Copies: a track reuses its fix objects, and the event's must stay as they were logged.
      for (const id of Object.keys(state.tracks))
        state.tracks[id] =
          event.tracks?.[id]?.map((fix) => ({ time: fix.time, progress: fix.progress })) ?? [];
      return { ok: true };
    case 'shipment':
      state.plan = upsertShipment(state.plan, event);
      // Nothing has happened to a planned shipment yet: its changed route says where it waits.
      if ((state.statuses[event.shipment.id]?.code ?? 'planned') === 'planned')
        state.statuses[event.shipment.id] = initialStatus(event.shipment);
      for (const leg of event.legs) state.tracks[leg.id] ??= [];
      if (Object.keys(state.tracks).length > state.plan.legs.length) {
        const kept = new Set(state.plan.legs.map((leg) => leg.id));
        for (const id of Object.keys(state.tracks)) if (!kept.has(id)) delete state.tracks[id];
      }
      return { ok: true };
  }
}
