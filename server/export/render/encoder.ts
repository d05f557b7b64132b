import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';

/**
 * PNG frames in, an H.264 MP4 out, through Debian's ffmpeg and libx264: one frame per picture
 * written, never one dropped or doubled, whatever the time between them. yuv420p and `faststart`
 * so that every player and every newsroom's upload form takes the file.
 */
export class H264Encoder {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private stderr = '';

  constructor(out: string, fps: number, title: string) {
    // biome-ignore format: one ffmpeg option a line
    const args = [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-f', 'image2pipe', '-framerate', String(fps), '-c:v', 'png', '-i', '-',
      '-c:v', 'libx264', '-preset', 'medium', '-crf', '18', '-pix_fmt', 'yuv420p',
      '-r', String(fps), '-movflags', '+faststart', '-metadata', `title=${title}`,
      out,
    ];
    this.child = spawn(FFMPEG, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    this.child.stderr?.on('data', (chunk) => {
      this.stderr = (this.stderr + String(chunk)).slice(-4000);
    });
    const failed = once(this.child, 'error').then(([error]) => {
      throw (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? new Error(`ffmpeg is missing at ${FFMPEG}: run  apt-get update && apt-get install -y ffmpeg`)
        : error;
    });
    this.exited = Promise.race([once(this.child, 'exit').then(([code]) => code as number | null), failed]);
    // Where ffmpeg dies early, writes fail with EPIPE: `finish` says why.
    this.child.stdin?.on('error', () => undefined);
  }

  /** Resolves once ffmpeg has taken the frame, so that frames never pile up in memory. */
  async write(png: Buffer): Promise<void> {
    const stdin = this.child.stdin;
    if (!stdin || stdin.destroyed) return this.fail();
    if (!stdin.write(png)) await Promise.race([once(stdin, 'drain'), this.exited]);
  }

  async finish(): Promise<void> {
    this.child.stdin?.end();
    const code = await this.exited;
    if (code !== 0) await this.fail();
  }

  /** Stops ffmpeg where the render failed. */
  abort(): void {
    this.child.kill('SIGKILL');
  }

  private async fail(): Promise<never> {
    const code = await this.exited;
    throw new Error(`ffmpeg exited ${code}: ${this.stderr.trim() || 'no message'}`);
  }
}
