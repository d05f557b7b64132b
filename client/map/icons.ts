import type { Leg } from '../../core/scenario';

const SIZE = 128;

type Draw = (ctx: CanvasRenderingContext2D) => void;

// Silhouettes pointing north, drawn white: the layer tints them (mask) and turns them to the heading.
const aircraft: Draw = (ctx) => {
  ctx.beginPath();
  ctx.moveTo(64, 4);
  ctx.bezierCurveTo(72, 10, 72, 30, 72, 44);
  ctx.lineTo(120, 74);
  ctx.lineTo(120, 86);
  ctx.lineTo(72, 72);
  ctx.lineTo(70, 102);
  ctx.lineTo(88, 116);
  ctx.lineTo(88, 124);
  ctx.lineTo(64, 117);
  ctx.lineTo(40, 124);
  ctx.lineTo(40, 116);
  ctx.lineTo(58, 102);
  ctx.lineTo(56, 72);
  ctx.lineTo(8, 86);
  ctx.lineTo(8, 74);
  ctx.lineTo(56, 44);
  ctx.bezierCurveTo(56, 30, 56, 10, 64, 4);
  ctx.fill();
};

const train: Draw = (ctx) => {
  ctx.beginPath();
  ctx.roundRect(42, 6, 44, 116, [20, 20, 6, 6]);
  ctx.fill();
  ctx.clearRect(48, 18, 32, 14);
  ctx.clearRect(48, 52, 32, 4);
  ctx.clearRect(48, 84, 32, 4);
};

const truck: Draw = (ctx) => {
  ctx.beginPath();
  ctx.roundRect(44, 8, 40, 30, 8);
  ctx.roundRect(40, 42, 48, 80, 4);
  ctx.fill();
};

const DRAWINGS: Record<Leg['mode'], Draw> = { air: aircraft, rail: train, road: truck };

export interface IconAtlas {
  url: string;
  mapping: Record<Leg['mode'], { x: number; y: number; width: number; height: number; mask: true }>;
}

/** The vehicle icons drawn once into one image in memory: nothing to fetch. */
export function createIconAtlas(): IconAtlas {
  const modes = Object.keys(DRAWINGS) as Leg['mode'][];
  const canvas = document.createElement('canvas');
  canvas.width = SIZE * modes.length;
  canvas.height = SIZE;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#fff';
  const mapping = {} as IconAtlas['mapping'];
  modes.forEach((mode, i) => {
    ctx.save();
    ctx.translate(i * SIZE, 0);
    DRAWINGS[mode](ctx);
    ctx.restore();
    mapping[mode] = { x: i * SIZE, y: 0, width: SIZE, height: SIZE, mask: true };
  });
  return { url: canvas.toDataURL('image/png'), mapping };
}
