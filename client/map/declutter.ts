export interface LabelCandidate<T> {
  item: T;
  text: string;
  /** Screen position of the anchor, in CSS pixels. */
  x: number;
  y: number;
  priority: number;
}

type Box = [left: number, top: number, right: number, bottom: number];

/**
 * Keeps the labels that fit without overlapping, highest priority first. Labels sit to the right
 * of their point; the width is estimated from the text length, which is close enough for Inter.
 */
export function declutter<T>(
  candidates: readonly LabelCandidate<T>[],
  fontPx: number,
  offsetPx: number,
): T[] {
  const placed: Box[] = [];
  const kept: T[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of sorted) {
    const box: Box = [
      c.x + offsetPx - 2,
      c.y - fontPx * 0.7,
      c.x + offsetPx + c.text.length * fontPx * 0.62,
      c.y + fontPx * 0.7,
    ];
    if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
    placed.push(box);
    kept.push(c.item);
  }
  return kept;
}
