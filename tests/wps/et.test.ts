/** The ET helpers: colours as ET stores them (BGR longs) and Value2 in whichever shape the bridge returns. */
import { bgr, grid, hexOfBgr } from "../../src/wps/et";

test("#RRGGBB ↔ BGR long (red in the low byte, as Interior.Color takes it)", () => {
  expect(bgr("#FF0000")).toBe(255);
  expect(bgr("#0000FF")).toBe(255 * 65536);
  expect(bgr("#FFC7CE")).toBe(0xff + 0xc7 * 256 + 0xce * 65536);
  expect(hexOfBgr(bgr("#9C5700"))).toBe("#9C5700");
  expect(bgr("not a colour")).toBe(0);
});

test("Value2 as rows × cols: a 2-D array, one value for one cell, a flat array for one row, nothing", () => {
  expect(grid([["a", 1], [null, true]], 2, 2)).toEqual([["a", 1], [null, true]]);
  expect(grid("x", 1, 1)).toEqual([["x"]]);
  expect(grid(["a", "b"], 1, 2)).toEqual([["a", "b"]]);
  expect(grid(undefined, 2, 2)).toEqual([[undefined, null], [null, null]]);
  expect(grid([["a"]], 2, 2)).toEqual([["a", undefined], [undefined, undefined]]);
});
