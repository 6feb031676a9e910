import type { Config } from "../config/types";

/**
 * The config theme as a tiny stylesheet of custom properties, for a second constructable sheet
 * in the shadow root. Config JSON is not trusted markup: every value is checked against a strict
 * character whitelist and dropped when it could end the declaration or load anything
 * (`;`, `{`, `}`, `<`, `\`, quotes other than in font names, `url(`, `expression(`, `@import`).
 * A dropped value simply leaves the default in place.
 *
 * @example themeCss({ accent: "#0b5fff", radius: "10px" })
 * // ":host { --lq-accent: #0b5fff; --lq-radius: 10px; }"
 */
export function themeCss(theme: Config["theme"] | undefined): string {
  const declarations: string[] = [];
  const accent = safeColor(theme?.accent);
  if (accent) declarations.push(`--lq-accent: ${accent};`);
  const radius = safeLength(theme?.radius);
  if (radius) declarations.push(`--lq-radius: ${radius};`);
  const font = safeFontFamily(theme?.font);
  if (font) declarations.push(`--lq-font: ${font};`);
  return declarations.length === 0 ? "" : `:host { ${declarations.join(" ")} }`;
}

const FORBIDDEN = /[;{}<>\\@]|\/\*|url\s*\(|expression\s*\(|image-set\s*\(|var\s*\(/i;

/** `#rgb`, `#rrggbbaa`, a named color, or rgb()/hsl()/oklch()-style functions of numbers only. */
export function safeColor(value: string | undefined): string | null {
  const v = clean(value);
  if (v === null) return null;
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v)) return v;
  if (/^[a-z]{3,30}$/i.test(v)) return v;
  if (/^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[0-9.,%\s/+-]+(?:deg|turn|rad)?[0-9.,%\s/+-]*\)$/i.test(v)) return v;
  return null;
}

/** A number with a CSS length unit (or 0), e.g. `10px`, `0.5rem`. */
export function safeLength(value: string | undefined): string | null {
  const v = clean(value);
  if (v === null) return null;
  if (v === "0") return v;
  return /^\d{1,4}(?:\.\d{1,4})?(?:px|rem|em|%|vh|vw|vmin|vmax)$/.test(v) ? v : null;
}

/** A comma list of family names: letters, digits, spaces, hyphens, and quoted names. */
export function safeFontFamily(value: string | undefined): string | null {
  const v = clean(value);
  if (v === null) return null;
  const family = /^(?:"[\w\s-]{1,60}"|'[\w\s-]{1,60}'|[\w-][\w\s-]{0,60})$/u;
  const parts = v.split(",").map((part) => part.trim());
  return parts.length <= 10 && parts.every((part) => family.test(part)) ? parts.join(", ") : null;
}

function clean(value: string | undefined): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  if (v === "" || v.length > 200 || FORBIDDEN.test(v)) return null;
  // Control characters and newlines could split a declaration in some parsers.
  if (/[\u0000-\u001f\u007f]/.test(v)) return null;
  return v;
}
