/** The highlight colours differ in brightness, not only in hue, and their text stays readable (issue 13). */
import { contrastRatio, relativeLuminance } from "../../src/core/colour";
import { DUE_SOON_FILL, DUE_SOON_FONT, OVERDUE_FILL, OVERDUE_FONT } from "../../src/core/plan";

test("contrast ratio follows WCAG: black on white is 21, a colour with itself 1", () => {
  expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
  expect(contrastRatio("#FFEB9C", "#FFEB9C")).toBe(1);
  expect(relativeLuminance("#FFFFFF")).toBeCloseTo(1, 5);
  // The old pair (pink vs yellow) was only 1.23:1 apart: what the issue measured.
  expect(contrastRatio("#FFC7CE", "#FFEB9C")).toBeCloseTo(1.23, 2);
});

test("overdue and due-soon fills are at least 1.5:1 apart in brightness, overdue the darker", () => {
  expect(contrastRatio(OVERDUE_FILL, DUE_SOON_FILL)).toBeGreaterThanOrEqual(1.5);
  expect(relativeLuminance(OVERDUE_FILL)).toBeLessThan(relativeLuminance(DUE_SOON_FILL));
});

test("the text on each fill (its own colour, or black) has a contrast of at least 4.5:1", () => {
  for (const [fill, font] of [
    [OVERDUE_FILL, OVERDUE_FONT],
    [DUE_SOON_FILL, DUE_SOON_FONT],
  ]) {
    expect(contrastRatio(fill, font)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fill, "#000000")).toBeGreaterThanOrEqual(4.5);
  }
});
