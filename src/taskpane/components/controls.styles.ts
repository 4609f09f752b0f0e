/** The styles shared by the control components. */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: "6px", marginTop: "8px" },
  settings: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(170px, 1fr))",
    gap: "8px 12px",
    marginTop: "4px",
  },
  section: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "12px" },
  fileRow: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "14px",
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  field: { minWidth: 0, alignSelf: "start" },
  summary: { display: "block", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  select: { minWidth: 0, maxWidth: "100%" },
});
