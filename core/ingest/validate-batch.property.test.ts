import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBatch } from '../../test/helpers/arbitrary-events';
import { bundledPlan, testContext } from '../../test/helpers/ingest-context';
import { validateBatch } from './validate-batch';

const plan = bundledPlan();
const now = Date.parse('2020-03-29T00:00:00Z');
const STATUSES = [400, 404, 409, 422];

describe('ingest validator (properties)', () => {
  it('never throws, and every refusal names its item, a path inside it and a reason', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryBatch(plan, now), fc.array(fc.anything())), (items) => {
        const result = validateBatch(items, testContext(plan, now).ctx);
        if (result.ok) {
          expect(result.items.map((i) => i.index)).toEqual(items.map((_, i) => i));
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.index).toBeGreaterThanOrEqual(0);
          expect(error.index).toBeLessThan(items.length);
          expect(error.path.startsWith(`[${error.index}]`)).toBe(true);
          expect(error.reason.length).toBeGreaterThan(0);
          expect(STATUSES).toContain(error.status);
          for (const more of error.more ?? []) expect(more.path.startsWith(`[${error.index}]`)).toBe(true);
        }
        expect(new Set(result.errors.map((e) => e.index)).size).toBe(result.errors.length);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same event the same id, and a different event another', () => {
    fc.assert(
      fc.property(arbitraryBatch(plan, now), (items) => {
        const a = validateBatch(items, testContext(plan, now).ctx);
        const b = validateBatch(structuredClone(items), testContext(plan, now).ctx);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
