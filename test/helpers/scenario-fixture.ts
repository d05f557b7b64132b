const illustrative = { illustrative: 'test data' };
export const stamp = (time: string) => ({ time, provenance: illustrative });

const hub = (id: string, lon: number, lat: number, country: string, timeZone: string) => ({
  id,
  name: id,
  kind: 'airport',
  country,
  lon,
  lat,
  timeZone,
  provenance: { reported: ['article'] },
});

/**
 * A small valid scenario of the current format, built anew for each test so that no test sees
 * another's changes: four shipments of doses and syringes, flown from a plant's airport to a hub
 * and trucked on.
 */
export function scenarioFixture() {
  return {
    format: 'corridor-scenario/2',
    id: 'test',
    title: { en: 'Test' },
    start: '2020-03-10T00:00:00Z',
    end: '2020-03-20T00:00:00Z',
    sources: { article: { title: 'An article', publisher: 'A paper', date: '2020-03-14' } },
    items: [
      {
        id: 'doses',
        name: { en: 'Vaccine', fr: 'Vaccin' },
        unit: 'doses',
        count: { en: { one: 'dose of vaccine', other: 'doses of vaccine' } },
      },
      { id: 'syringes', name: { en: 'Syringes' }, count: { en: { one: 'syringe', other: 'syringes' } } },
    ],
    hubs: [
      hub('BOM', 72.8679, 19.0896, 'IN', 'Asia/Kolkata'),
      hub('DXB', 55.3644, 25.2528, 'AE', 'Asia/Dubai'),
      hub('ACC', -0.1668, 5.6052, 'GH', 'Africa/Accra'),
    ],
    shipments: [0, 1, 2, 3].map((i) => ({
      id: `S${i}`,
      title: `Shipment ${i}`,
      contents: [{ item: 'doses', quantity: 1000, provenance: illustrative }],
      booked: stamp('2020-03-11T00:00:00Z'),
      legs: [
        {
          vehicle: `F${i}`,
          mode: 'air',
          from: 'BOM',
          to: 'DXB',
          depart: stamp('2020-03-13T07:00:00Z'),
          arrive: stamp('2020-03-13T10:00:00Z'),
          provenance: illustrative,
        },
        {
          vehicle: `G${i}`,
          mode: 'air',
          from: 'DXB',
          to: 'ACC',
          depart: stamp('2020-03-14T07:00:00Z'),
          arrive: stamp('2020-03-14T16:00:00Z'),
          provenance: illustrative,
        },
      ],
      provenance: { reported: ['article'] },
    })),
  };
}

/** Sets (or with undefined, deletes) the values at dotted paths, like a person editing the file. */
export function edit<T extends object>(target: T, changes: Record<string, unknown>): T {
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node = target as Record<string, unknown>;
    for (const key of keys) node = node[key] as Record<string, unknown>;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return target;
}
