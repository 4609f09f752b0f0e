/**
 * WCAG relative luminance and contrast ratio of "#RRGGBB" colours: the highlight fills must differ in
 * brightness (not only in hue), and their text must stay readable on them.
 */

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (0 black … 1 white) of "#RRGGBB". */
export function relativeLuminance(hex: string): number {
  const h = hex.replace(/^#/, "");
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(h.slice(i, i + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Contrast ratio (1 … 21) between two "#RRGGBB" colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
