/**
 * How much of a sheet a host reads when its used range is far bigger than any table (a stray value in
 * XFD1048576 stretches it over the whole sheet): the same bounds for Excel, WPS and the .xlsx reader.
 */
/** Empty rows allowed inside a table (blank lines between its parts); past that, the rest is not the table. */
export const ROW_GAP = 200;
/** Columns read at most. */
export const MAX_READ_COLS = 1000;
/** The top rows whose used columns bound the columns read, when the used range is far too big. */
export const TOP_ROWS = 500;
/** A used range of more cells than this is bounded before it is read. */
export const FAR_CELLS = 5_000_000;
