/**
 * The user's unit directory (a sheet 单位目录): group name → member units, e.g. 各区人民政府 → 10 districts.
 * Generic groups are expanded into their members only where the directory says who belongs; otherwise the
 * group gets its own workbook.
 */
import type { SheetCells } from "../types";
import { cellText } from "../text";
import { DIRECTORY_HEADER, MEMBER_SEPARATORS } from "../vocab/cycle";
import { keyText } from "./key";

/** Group name (spaces removed) → member unit names in the order written, no duplicates. */
export type UnitDirectory = ReadonlyMap<string, readonly string[]>;

/**
 * Read a 单位目录 sheet: column A the group, the next cells its members (one a cell, or several in one cell
 * separated by 、，；/ or line breaks). A group on several rows gathers them all; a blank A carries the group
 * above down (a merged group cell). A header row (类别 / 单位) is skipped.
 */
export function readUnitDirectory(cells: SheetCells): Map<string, string[]> {
  const map = new Map<string, string[]>();
  let group = "";
  cells.values.forEach((row, i) => {
    const first = keyText(cellText(row[0] ?? null));
    if (i === 0 && DIRECTORY_HEADER.test(first)) return;
    if (first) group = first;
    if (!group) return;
    const members = row
      .slice(1)
      .flatMap((v) => cellText(v).split(MEMBER_SEPARATORS))
      .map((m) => keyText(m))
      .filter((m) => m && m !== group);
    if (members.length === 0) return;
    const list = map.get(group) ?? [];
    for (const m of members) if (!list.includes(m)) list.push(m);
    map.set(group, list);
  });
  return map;
}

/** The members of a group, or null when the directory does not list it. */
export function membersOf(directory: UnitDirectory | undefined, group: string): readonly string[] | null {
  if (!directory) return null;
  const list = directory.get(keyText(group));
  return list && list.length > 0 ? list : null;
}
