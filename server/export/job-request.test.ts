import { describe, expect, it } from 'vitest';
import { bundledPlan } from '../../test/helpers/server';
import { exportCommand, exportPlan, requestSchema } from './job-request';

const plan = bundledPlan();
const now = Date.parse('2020-03-13T21:00:00Z');

describe("the presenter's exports", () => {
  it('renders a still at the screens’ time, or the clip of the minutes up to it', () => {
    const still = exportPlan(requestSchema.parse({ kind: 'still' }), plan, now);
    expect(still.file).toBe('airlift-2020-2020-03-13T2100.png');
    expect(still.args).toMatchObject({ kind: 'still', at: now, size: { width: 1920, height: 1080 } });
    const clip = exportPlan(requestSchema.parse({ kind: 'video', minutes: 90, lang: 'fr' }), plan, now);
    expect(clip.args).toMatchObject({
      kind: 'video',
      from: now - 90 * 60_000,
      to: now,
      seconds: 10,
      fps: 25,
    });
    expect(exportCommand(clip.args, clip.file)).toBe(
      'npm run export -- video --from 2020-03-13T19:30:00.000Z --to 2020-03-13T21:00:00.000Z --duration 10s --fps 25 --size 1280x720 --lang fr airlift-2020-2020-03-13T2100.mp4',
    );
  });

  it('never reaches before the operation or past its end', () => {
    const early = exportPlan(
      requestSchema.parse({ kind: 'video', minutes: 600 }),
      plan,
      plan.start + 3_600_000,
    );
    expect(early.args).toMatchObject({ from: plan.start, to: plan.start + 3_600_000 });
    const late = exportPlan(requestSchema.parse({ kind: 'still' }), plan, plan.end + 1e9);
    expect(late.args).toMatchObject({ at: plan.end });
  });

  it('refuses what it does not know', () => {
    expect(requestSchema.safeParse({ kind: 'gif' }).success).toBe(false);
    expect(requestSchema.safeParse({ kind: 'still', size: '100x100' }).success).toBe(false);
  });
});
