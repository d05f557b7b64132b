import { describe, expect, it } from 'vitest';
import { edit, scenarioFixture } from '../../test/helpers/scenario-fixture';
import { compilePlan } from './plan';
import { validateScenario } from './validate';

const errorsOf = (input: unknown) => {
  const result = validateScenario(input);
  return result.ok ? [] : result.errors;
};
const planOf = (input: unknown) => {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return compilePlan(result.scenario);
};

describe('an operation that declares its own story', () => {
  const story = {
    scenes: [
      {
        id: 'route',
        name: { en: 'The route', fr: 'Le trajet' },
        area: [
          [-5, 0],
          [80, 30],
        ],
      },
      {
        id: 'accra',
        name: { en: 'Accra' },
        area: [
          [-3, 4],
          [2, 8],
        ],
        seconds: 30,
      },
    ],
    kiosk: { tour: ['accra', 'route'], cuts: [{ status: 'arrived', hub: 'ACC', scene: 'accra' }] },
    emphasis: ['ACC'],
    clocks: ['BOM', 'ACC'],
    kpis: { title: { en: 'COVAX doses' }, lead: ['doses'], breakdown: 'doses' },
    footnote: { en: 'Times are illustrative.' },
    credits: { en: 'Data: UNICEF' },
  };

  it('loads with its items, scenes, tour, cuts, emphasis, clocks, panel and texts as declared', () => {
    const plan = planOf({ ...scenarioFixture(), ...story });
    expect(plan.items.map((item) => [item.id, item.unit])).toEqual([
      ['doses', 'doses'],
      ['syringes', 'pieces'],
    ]);
    expect(plan.story.scenes.map((s) => s.id)).toEqual(['route', 'accra']);
    expect(plan.story.tour).toEqual([{ scene: 'accra', seconds: 30 }, { scene: 'route' }]);
    expect(plan.story.cuts).toEqual([{ status: 'arrived', hub: 'ACC', scene: 'accra', seconds: 12 }]);
    expect(plan.story.emphasis).toEqual(['ACC']);
    expect(plan.story.clocks).toEqual(['BOM', 'ACC']);
    expect(plan.story.kpis).toEqual({ title: { en: 'COVAX doses' }, lead: ['doses'], breakdown: 'doses' });
    expect(plan.story.footnote).toEqual({ en: 'Times are illustrative.' });
    expect(plan.story.credits).toEqual({ en: 'Data: UNICEF' });
  });

  it('refuses five broken files with the path and the reason', () => {
    const broken: [Record<string, unknown>, string[]][] = [
      [
        { 'shipments.2.contents.0.item': 'vials' },
        ['shipments[2].contents[0].item: unknown item "vials" (declared items: doses, syringes)'],
      ],
      [
        {
          'scenes.0.area': [
            [10, 0],
            [10, 30],
          ],
        },
        [
          'scenes[0].area: empty area: expected [[west, south], [east, north]] with west < east and south < north, got [[10, 0], [10, 30]]',
        ],
      ],
      [{ 'kiosk.cuts.0.hub': 'LOS' }, ['kiosk.cuts[0].hub: unknown hub "LOS"']],
      [
        { 'kpis.lead': ['doses', 'masks'] },
        ['kpis.lead[1]: unknown item "masks" (declared items: doses, syringes)'],
      ],
      [
        { format: 'corridor-scenario/1' },
        [
          'format: "corridor-scenario/1" is the old format, whose items were fixed in the product: declare what the operation ships under "items", then set "format": "corridor-scenario/2" (docs/scenario-format.md, "From version 1")',
        ],
      ],
    ];
    for (const [change, errors] of broken) {
      const file = edit({ ...scenarioFixture(), ...structuredClone(story) }, change);
      expect(errorsOf(file), JSON.stringify(change)).toEqual(errors);
    }
  });

  it('shows a clearance after arrival, and refuses one after the delivery instead of dropping it', () => {
    const cleared = {
      status: 'customs_cleared',
      hub: 'ACC',
      time: '2020-03-14T18:00:00Z',
      provenance: { illustrative: 'x' },
    };
    const plan = planOf(edit(scenarioFixture(), { 'shipments.0.milestones': [cleared] }));
    expect(
      plan.shipments[0]?.milestones.slice(-2).map((m) => `${m.status} ${new Date(m.time).toISOString()}`),
    ).toEqual(['customs_cleared 2020-03-14T18:00:00.000Z', 'delivered 2020-03-14T18:00:00.000Z']);
    const delivered = { ...cleared, status: 'delivered', time: '2020-03-14T17:00:00Z' };
    expect(errorsOf(edit(scenarioFixture(), { 'shipments.0.milestones': [delivered, cleared] }))).toEqual([
      'shipments[0].milestones[1].status: customs_cleared cannot follow delivered at ACC (2020-03-14T17:00:00Z)',
    ]);
  });
});

describe('an operation that declares no story', () => {
  const plan = planOf(scenarioFixture());

  it('frames the whole operation, then its busiest hubs, and cuts to the main hub on a landing', () => {
    expect(plan.story.scenes.map((s) => s.id)).toEqual(['overview', 'hub-DXB', 'hub-BOM']);
    const [[west, south], [east, north]] = plan.story.scenes[0]?.area ?? [
      [0, 0],
      [0, 0],
    ];
    expect(west).toBeLessThan(-0.1668 - 4);
    expect(east).toBeGreaterThan(72.8679 + 4);
    expect(south).toBeLessThan(5.7);
    expect(north).toBeGreaterThan(25.2);
    expect(plan.story.cuts).toEqual([{ status: 'arrived', hub: 'DXB', scene: 'hub-DXB', seconds: 12 }]);
  });

  it('emphasises the origin and the main hub and shows their clocks, leads with its items', () => {
    expect(plan.story.emphasis).toEqual(['BOM', 'DXB']);
    expect(plan.story.clocks).toEqual(['BOM', 'DXB']);
    expect(plan.story.kpis).toEqual({ lead: ['doses', 'syringes'], breakdown: 'doses' });
    expect(plan.story.footnote).toBeUndefined();
  });

  it('shows one clock per time zone where the origin and the main hub share one', () => {
    const same = edit(scenarioFixture(), { 'hubs.0.timeZone': 'Asia/Dubai' });
    expect(planOf(same).story.clocks).toEqual(['DXB', 'ACC']);
  });
});
