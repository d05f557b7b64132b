import { CARGO_CODES_HINT, cargoStatus } from '../cargo/status-codes';
import type { Shipment } from '../scenario/plan';
import { aheadProblem, type IngestContext, planIndex } from './context';
import { type Problem, problem } from './errors';
import type { LiveStatus } from './live-event';
import type { Resolution } from './resolve-fix';
import type { StatusInput } from './schema';

/** The leg a status at a hub belongs to: departures leave the hub, the rest arrive there; nearest in time. */
function legAt(
  shipment: Shipment,
  legs: Map<string, { from: string; to: string; depart: number; arrive: number }>,
  hub: string,
  leaving: boolean,
  time: number,
): number {
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  shipment.legs.forEach((id, i) => {
    const leg = legs.get(id);
    if (!leg || (leaving ? leg.from : leg.to) !== hub) return;
    const gap = Math.abs((leaving ? leg.depart : leg.arrive) - time);
    if (gap < bestGap) [best, bestGap] = [i, gap];
  });
  return best;
}

function route(shipment: Shipment, legs: Map<string, { from: string; to: string }>): string {
  const hops = shipment.legs.map((id) => legs.get(id));
  return [hops[0]?.from, ...hops.map((leg) => leg?.to)].join(' → ');
}

/** Finds the shipment (by id or air waybill), maps the cargo code, and places the status on a leg. */
export function resolveStatus(input: StatusInput, id: string, ctx: IngestContext): Resolution<LiveStatus> {
  const index = planIndex(ctx.plan);
  const shipment =
    input.shipment !== undefined ? index.shipments.get(input.shipment) : index.byAwb.get(input.awb ?? '');
  const problems: Problem[] = [];
  if (!shipment) {
    problems.push(
      input.shipment !== undefined
        ? problem(['shipment'], `no shipment "${input.shipment}"`, 404)
        : problem(['awb'], `no shipment with air waybill ${input.awb}`, 404),
    );
  }
  const cargo = cargoStatus(input.code);
  if (!cargo)
    problems.push(problem(['code'], `unknown status code "${input.code}": use ${CARGO_CODES_HINT}`, 400));
  const ahead = aheadProblem(input.time, ctx.now);
  if (ahead) problems.push(problem(['time'], ahead));
  if (!shipment || !cargo || problems.length) return { ok: false, problems };

  const hub = input.hub ?? null;
  let leg = -1;
  if (cargo.status !== null) {
    if (hub === null)
      return {
        ok: false,
        problems: [problem(['hub'], 'missing (the hub where the status was recorded)', 400)],
      };
    if (!index.hubs.has(hub)) return { ok: false, problems: [problem(['hub'], `unknown hub "${hub}"`, 404)] };
    const onRoute = shipment.legs.some((l) => {
      const leg = index.legs.get(l);
      return leg?.from === hub || leg?.to === hub;
    });
    if (!onRoute) {
      return {
        ok: false,
        problems: [
          problem(['hub'], `"${hub}" is not on the route of ${shipment.id} (${route(shipment, index.legs)})`),
        ],
      };
    }
    if (cargo.status !== 'booked') {
      leg = legAt(shipment, index.legs, hub, cargo.status === 'departed', input.time);
      if (leg < 0) {
        const what = cargo.status === 'departed' ? 'leaves from' : 'arrives at';
        return {
          ok: false,
          problems: [
            problem(['hub'], `no leg of ${shipment.id} ${what} "${hub}" (${route(shipment, index.legs)})`),
          ],
        };
      }
    }
  } else if (hub !== null) {
    leg = Math.max(
      legAt(shipment, index.legs, hub, true, input.time),
      legAt(shipment, index.legs, hub, false, input.time),
    );
  }
  const code = cargo.code;
  const event: LiveStatus = {
    kind: 'status',
    id,
    shipment: shipment.id,
    code,
    status: cargo.status,
    hub,
    leg,
    time: input.time,
  };
  return cargo.status === null
    ? {
        ok: true,
        event,
        note: `${code} (${cargo.name}) is kept in the log; it does not change the status shown`,
      }
    : { ok: true, event };
}
