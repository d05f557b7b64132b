import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake ADS-B receiver: serves what the test sets as its `aircraft.json` (the real format, as
 * readsb writes it), or stops answering, as a receiver that lost power would.
 */
export interface FakeReceiver {
  url: string;
  /** The aircraft it hears now; `now` and `seen_pos` (from a `heardAt`) written at each request, as readsb does. */
  aircraft: Record<string, unknown>[];
  answering: boolean;
  requests: number;
  close(): Promise<void>;
}

export async function startReceiver(): Promise<FakeReceiver> {
  const receiver = { aircraft: [], answering: true, requests: 0 } as unknown as FakeReceiver;
  const server: Server = createServer((request, response) => {
    receiver.requests++;
    if (!receiver.answering) return request.socket.destroy();
    response.setHeader('content-type', 'application/json');
    const now = Date.now();
    // readsb says how long ago it heard each position: now less when the test set it.
    const aircraft = receiver.aircraft.map(({ heardAt, ...a }) =>
      typeof heardAt === 'number' ? { ...a, seen_pos: (now - heardAt) / 1000 } : a,
    );
    response.end(JSON.stringify({ now: now / 1000, messages: 1000 + receiver.requests, aircraft }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/aircraft.json`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

const LGG = { lon: 5.4428, lat: 50.6364 };
const MXP = { lon: 8.7281, lat: 45.6306 };

/** A flight Liège → Milan in the air now, its aircraft named by callsign and address. */
export function trackedFlight(now: number, awb = '176-12345675') {
  const iso = (ms: number) => new Date(ms).toISOString();
  const hub = (id: string, name: string, country: string, at: { lon: number; lat: number }) => ({
    id,
    name,
    kind: 'airport',
    country,
    ...at,
    timeZone: 'Europe/Brussels',
  });
  return {
    kind: 'shipment',
    shipment: 'L1',
    awb,
    title: 'Test kits for Milan',
    contents: [{ item: 'test_kits', quantity: 5000 }],
    legs: [
      {
        vehicle: 'FLIGHT-1',
        mode: 'air',
        from: 'LGG',
        to: 'MXP',
        depart: iso(now - 3_600_000),
        arrive: iso(now + 3_600_000),
        tracking: { callsign: 'CLU371', icao24: '4CA7B3' },
      },
    ],
    hubs: [hub('LGG', 'Liège', 'BE', LGG), hub('MXP', 'Milan Malpensa', 'IT', MXP)],
    booked: iso(now - 5 * 3_600_000),
  };
}

/** The flight's aircraft as readsb lists it, at a fraction of the way, `offKm` east of it. */
export function aircraftAt(fraction: number, offKm = 0) {
  return {
    hex: '4ca7b3',
    flight: 'CLU371  ',
    lat: LGG.lat + fraction * (MXP.lat - LGG.lat),
    lon: LGG.lon + fraction * (MXP.lon - LGG.lon) + offKm / (111 * Math.cos((48 * Math.PI) / 180)),
    alt_baro: 36000,
    gs: 450.2,
    track: 151.3,
    heardAt: Date.now(),
    seen: 0.1,
    rssi: -12.4,
  };
}
