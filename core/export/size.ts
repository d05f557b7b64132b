/** A picture's size in pixels, and the screen it is drawn on: CSS pixels at a device pixel ratio. */
export interface PictureSize {
  width: number;
  height: number;
  /** 2 for 4K and larger, as a 4K television shows the page; 1 otherwise. */
  deviceScaleFactor: number;
}

/** The sizes the press kit names: TV, 4K, totem (a phone story), square (social media). */
export const NAMED_SIZES = ['1920x1080', '3840x2160', '1080x1920', '1080x1080'] as const;

/**
 * "3840x2160" (or 3840×2160). Sides are even, as H.264's colour subsampling needs, and between
 * 240 and 7680 pixels. From 2000 pixels on the shorter side the page is laid out at half the
 * size and drawn at devicePixelRatio 2: a 4K still is a 1080p screen drawn sharper, not a
 * screen with text a quarter the size.
 */
export function parseSize(text: string): PictureSize {
  const match = /^(\d+)\s*[x×]\s*(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`--size: expected WIDTHxHEIGHT such as 1920x1080, got "${text}"`);
  const width = Number(match[1]);
  const height = Number(match[2]);
  for (const side of [width, height]) {
    if (side < 240 || side > 7680)
      throw new Error(`--size: each side must be 240 to 7680 pixels, got ${text}`);
    if (side % 2) throw new Error(`--size: each side must be even (H.264 needs it), got ${text}`);
  }
  const deviceScaleFactor = Math.min(width, height) >= 2000 && width % 4 === 0 && height % 4 === 0 ? 2 : 1;
  return { width, height, deviceScaleFactor };
}

/** "30s", "2m", "1m30s" or plain seconds ("45"): seconds. */
export function parseDuration(text: string): number {
  const match = /^(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?$/.exec(text.trim());
  const seconds = match && (match[1] || match[2]) ? Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) : NaN;
  if (!(seconds > 0)) throw new Error(`--duration: expected a length such as 30s or 2m, got "${text}"`);
  return seconds;
}
