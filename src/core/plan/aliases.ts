/**
 * 单位别名: the two-column sheet (别名 / 标准名称) where the user merges the ways one unit is written. The plan
 * creates it with a header and an example line when the workbook has none; a sheet of that name is the user's
 * and is never replaced (checkSheet reads it through readAliasSheet).
 */
import type { PlannedSheet } from "../types";
import { strings, type Lang } from "../../strings";
import { sheetNameKey } from "../sheetnames";
import { ALIAS_SHEET_NAME } from "../vocab/sheets";

/** The alias sheet to add, or null when the workbook already has one (any case, surrounding spaces ignored). */
export function planAliasSheet(existing: readonly { name: string }[], lang: Lang): PlannedSheet | null {
  const key = sheetNameKey(ALIAS_SHEET_NAME);
  if (existing.some((s) => sheetNameKey(s.name.trim()) === key)) return null;
  const t = strings(lang).outputs;
  return {
    name: ALIAS_SHEET_NAME,
    kind: "aliases",
    rows: [
      [
        { value: t.aliasHeaders[0], bold: true },
        { value: t.aliasHeaders[1], bold: true },
        { value: t.aliasNoteHeader, bold: true },
      ],
      [{ value: t.aliasExample[0] }, { value: t.aliasExample[1] }, { value: t.aliasNote }],
    ],
    columnWidths: [24, 32, 60],
    freezeRows: 1,
    wrapColumns: [3],
  };
}
