import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

export class Pixels {
  private readonly png: PNG;

  constructor(buffer: Buffer) {
    this.png = PNG.sync.read(buffer);
  }

  get width(): number {
    return this.png.width;
  }

  get height(): number {
    return this.png.height;
  }

  at(x: number, y: number): Rgb {
    const i = (Math.round(y) * this.png.width + Math.round(x)) * 4;
    const d = this.png.data;
    return [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0];
  }

  /** Whether any pixel within `radius` of (x, y) satisfies the test. */
  near(x: number, y: number, radius: number, test: (rgb: Rgb) => boolean): boolean {
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const px = x + dx;
        const py = y + dy;
        if (px < 0 || py < 0 || px >= this.png.width || py >= this.png.height) continue;
        if (test(this.at(px, py))) return true;
      }
    }
    return false;
  }
}

export const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
