export interface LabelCandidate<T> {
  item: T;
  text: string;
  /** Screen position of the anchor, in CSS pixels. */
  x: number;
  y: number;
  priority: number;
}

/** A label kept, and the side of its point it sits on. */
export interface Placed<T> {
  item: T;
  side: 'right' | 'left';
}

/** [left, top, right, bottom] in CSS pixels. */
export type Box = [left: number, top: number, right: number, bottom: number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * Keeps the labels that fit, highest priority first: each to the right of its point, or to its
 * left where the right is taken, never over another label, over one of the `obstacles` (the
 * HUD's panels) or off the `screen`. The width is estimated from the text length, which is close enough for Inter.
 */
export function declutter<T>(
  candidates: readonly LabelCandidate<T>[],
  fontPx: number,
  offsetPx: number,
  obstacles: readonly Box[] = [],
  screen: Box = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Infinity, Infinity],
): Placed<T>[] {
  const onScreen = (b: Box) =>
    b[0] >= screen[0] && b[1] >= screen[1] && b[2] <= screen[2] && b[3] <= screen[3];
  const placed: Box[] = [...obstacles];
  const kept: Placed<T>[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of sorted) {
    const width = c.text.length * fontPx * 0.62;
    const top = c.y - fontPx * 0.7;
    const bottom = c.y + fontPx * 0.7;
    const sides: [Placed<T>['side'], Box][] = [
      ['right', [c.x + offsetPx - 2, top, c.x + offsetPx + width, bottom]],
      ['left', [c.x - offsetPx - width, top, c.x - offsetPx + 2, bottom]],
    ];
    const free = sides.find(([, box]) => onScreen(box) && !placed.some((p) => overlaps(box, p)));
    if (!free) continue;
    placed.push(free[1]);
    kept.push({ item: c.item, side: free[0] });
  }
  return kept;
}
