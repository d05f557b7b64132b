/** "1:05": minutes and seconds. */
export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

export interface ProgressFigures {
  done: number;
  total: number;
  /** Seconds the rest will take at the pace so far; null before the first frame. */
  secondsLeft: number | null;
}

/** The pace so far: frames done and, from it, the time left. */
export function progressAt(done: number, total: number, elapsedMs: number): ProgressFigures {
  return { done, total, secondsLeft: done > 0 ? ((total - done) * elapsedMs) / done / 1000 : null };
}

/** `[██████░░░░░░] 412/900 frames · 46 % · 3:12 left` */
export function progressLine({ done, total, secondsLeft }: ProgressFigures, width = 24): string {
  const filled = Math.round((width * done) / total);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  const left = secondsLeft === null ? '' : ` · ${clock(secondsLeft)} left`;
  return `[${bar}] ${done}/${total} frames · ${Math.floor((100 * done) / total)} %${left}`;
}

/**
 * A progress bar on a terminal, redrawn in place; where the output is a file or a pipe (CI, a
 * log), one line every tenth of the way instead of a line per frame.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private shownTenth = -1;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  update(done: number, total: number): void {
    const line = progressLine(progressAt(done, total, Date.now() - this.started));
    if (this.out.isTTY) {
      this.out.write(`\r${line}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((10 * done) / total);
    if (tenth === this.shownTenth) return;
    this.shownTenth = tenth;
    this.out.write(`${line}\n`);
  }
}
