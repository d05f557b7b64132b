import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../../core/scenario';
import type { ExportArgs, ExportPlan } from './cli-args';
import { runExport } from './exporter';
import { chromiumInstalled, INSTALL_CHROMIUM, launchChromium } from './render/chromium';
import { FFMPEG } from './render/encoder';
import { progressAt } from './render/progress';

export interface JobView {
  id: string;
  kind: 'still' | 'video';
  state: 'rendering' | 'done' | 'failed';
  done: number;
  total: number;
  secondsLeft: number | null;
  file: string;
  bytes?: number;
  error?: string;
}

interface Job extends JobView {
  path: string;
  started: number;
}

/** Finished exports kept for download: a server left on for weeks keeps no more than these. */
const KEPT = 4;

/**
 * The presenter's exports, rendered one at a time by this server's own Chromium (a render takes
 * the machine's CPU): a second request while one renders is refused, never queued without end.
 */
export class ExportJobs {
  private readonly dir = mkdtempSync(join(tmpdir(), 'corridor-exports-'));
  private readonly jobs: Job[] = [];

  /** What stops this machine rendering: the command to run where it can, or null. */
  static missing(kind: ExportArgs['kind']): string | null {
    if (!chromiumInstalled()) return `Chromium is not installed on the server (${INSTALL_CHROMIUM})`;
    if (kind === 'video' && !existsSync(FFMPEG))
      return 'ffmpeg is not installed on the server (apt-get install -y ffmpeg)';
    return null;
  }

  get busy(): boolean {
    return this.jobs.some((job) => job.state === 'rendering');
  }

  start(baseUrl: string, plan: Plan, args: ExportPlan, name: string): JobView {
    const id = randomUUID();
    const job: Job = {
      id,
      kind: args.kind,
      state: 'rendering',
      done: 0,
      total: 1,
      secondsLeft: null,
      file: name,
      path: join(this.dir, `${id}-${name}`),
      started: Date.now(),
    };
    this.jobs.push(job);
    void this.render(job, baseUrl, plan, { ...args, out: job.path } as ExportArgs);
    return this.view(job);
  }

  private async render(job: Job, baseUrl: string, plan: Plan, args: ExportArgs): Promise<void> {
    try {
      const browser = await launchChromium();
      try {
        const done = await runExport(browser, baseUrl, plan, args, {
          presenter: 'live',
          onFrame: (n, total) => Object.assign(job, progressAt(n, total, Date.now() - job.started)),
        });
        Object.assign(job, { state: 'done', bytes: done.bytes, done: job.total, secondsLeft: 0 });
      } finally {
        await browser.close();
      }
    } catch (error) {
      Object.assign(job, { state: 'failed', error: (error as Error).message });
    }
    this.forgetOld();
  }

  private forgetOld(): void {
    while (this.jobs.filter((job) => job.state !== 'rendering').length > KEPT) {
      const index = this.jobs.findIndex((job) => job.state !== 'rendering');
      const [old] = this.jobs.splice(index, 1);
      if (old) rmSync(old.path, { force: true });
    }
  }

  get(id: string): Job | undefined {
    return this.jobs.find((job) => job.id === id);
  }

  view({ path: _, started: __, ...view }: Job): JobView {
    return view;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
