import type { Config } from "../../config/types";

/**
 * The kiosk attract screen's colours as a tiny stylesheet of custom properties: the brand colour
 * (`kiosk.attract.brandColor`, else `theme.accent` when it is a hex colour) as the background, and
 * white or black text, whichever contrasts more with it (the better of the two is always at
 * least 4.5:1, so the headline and the Start button pass WCAG AA on any brand colour).
 * Returns "" when there is no hex colour to use: the attract screen then stays on the page colours.
 *
 * @example brandCss({ kiosk: { attract: { brandColor: "#0a5c36" } }, theme: {} })
 * // ":host { --lq-brand: #0a5c36; --lq-brand-text: #ffffff; }"
 */
export function brandCss(config: { kiosk: Pick<Config["kiosk"], "attract">; theme: Config["theme"] }): string {
  const brand = [config.kiosk.attract?.brandColor, config.theme.accent].find((color) => color !== undefined && HEX.test(color));
  if (brand === undefined) return "";
  return `:host { --lq-brand: ${brand}; --lq-brand-text: ${readableTextOn(brand)}; }`;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const LIGHT = "#ffffff";
const DARK = "#000000";

/**
 * White or black, whichever has the higher contrast ratio with the hex colour `background`.
 *
 * @example readableTextOn("#0a5c36") // "#ffffff"
 * @example readableTextOn("#ffd400") // "#000000"
 */
export function readableTextOn(background: string): string {
  const l = luminance(background);
  return contrast(l, luminance(LIGHT)) >= contrast(l, luminance(DARK)) ? LIGHT : DARK;
}

/** The WCAG contrast ratio of two relative luminances. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG relative luminance of a `#rgb` / `#rrggbb` colour. */
export function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join("") : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((at) => {
    const c = parseInt(digits.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
