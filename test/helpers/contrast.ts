import type { Page } from 'playwright-core';

type Rgba = [number, number, number, number];

const parse = (css: string): Rgba => {
  const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, a];
};
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [
  r * a + R * (1 - a),
  g * a + G * (1 - a),
  b * a + B * (1 - a),
  1,
];

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Every visible text on the page's panels whose contrast with its panel, laid over any of the
 * given map colours (sea, land, borders), is under WCAG AA: 4.5:1, or 3:1 for large text.
 */
export async function lowContrastTexts(page: Page, mapColours: string[]): Promise<string[]> {
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (el) =>
          el.offsetParent !== null &&
          [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
      )
      .filter((el) => !el.closest('.sr-only, #ticker[style], #summary'))
      .map((el) => {
        let bg = 'rgba(0, 0, 0, 0)';
        for (let node: HTMLElement | null = el; node; node = node.parentElement) {
          const colour = getComputedStyle(node).backgroundColor;
          if (!/rgba\(.*, 0\)$/.test(colour)) {
            bg = colour;
            break;
          }
        }
        const style = getComputedStyle(el);
        return {
          text: el.textContent?.trim().slice(0, 40) ?? '',
          colour: style.color,
          bg,
          large:
            Number.parseFloat(style.fontSize) >= 24 ||
            (Number.parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700),
        };
      }),
  );
  const maps = mapColours.map(
    (hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).concat(1) as Rgba,
  );
  return texts.flatMap(({ text, colour, bg, large }) => {
    const worst = Math.min(
      ...maps.map((map) => contrast(over(parse(colour), over(parse(bg), map)), over(parse(bg), map))),
    );
    return worst < (large ? 3 : 4.5) ? [`"${text}" ${colour} on ${bg}: ${worst.toFixed(2)}`] : [];
  });
}
