/** The styles shared by the results components. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "12px" },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(88px, 1fr))",
    gap: "6px",
    margin: 0,
    padding: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  countValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  countDanger: { color: tokens.colorPaletteRedForeground1 },
  countWarn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  finding: {
    display: "flex",
    gap: "8px",
    alignItems: "baseline",
    textAlign: "start",
    width: "100%",
    justifyContent: "flex-start",
    padding: "4px 6px",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  findingStatic: { display: "flex", gap: "8px", alignItems: "baseline", padding: "4px 6px" },
  where: { flexShrink: 0, minWidth: "52px", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  // Wide tables scroll sideways inside their own box (a phone, Excel's narrow pane); every column keeps a
  // readable width instead of shrinking to nothing, and long words wrap instead of being cut off.
  tableWrap: { overflowX: "auto", maxWidth: "100%", WebkitOverflowScrolling: "touch" },
  rowsTable: { minWidth: "680px" },
  overviewTable: { minWidth: "1040px" },
  /** The bar charts' picture: its labels stay readable on a phone (the wrapper scrolls sideways, as the tables do). */
  chart: { display: "block", width: "100%", minWidth: "600px", maxWidth: "760px", height: "auto" },
  cell: { overflowWrap: "anywhere", whiteSpace: "normal", verticalAlign: "top", paddingTop: "4px", paddingBottom: "4px" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});
