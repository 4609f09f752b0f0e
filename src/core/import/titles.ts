/**
 * The words of the written import table: its column headers (the words 校验 recognises, DOMAIN.md section 1)
 * and its title row. Shared by the prose import (./index.ts) and the table import (./from-table.ts).
 */
import { detectYear } from "../deadline";
import { strings } from "../../strings";
import type { ImportColumnRole, ImportOptions } from "./types";

/** The column headers of the written table: the words 校验 recognises (DOMAIN.md section 1). */
export const IMPORT_HEADERS: Record<ImportColumnRole, string> = {
  no: "序号",
  task: "工作任务",
  requirement: "工作要求",
  lead: "牵头单位",
  responsible: "责任单位",
  cooperate: "配合单位",
  deadline: "完成时限",
  remark: "备注",
};

/** The sheet's title row: the document's title (with the plan year, so 校验 reads the same year) + 任务分解表. */
export function sheetTitleOf(title: string | null, year: number, opts: ImportOptions): string {
  const s = strings(opts.lang).importDoc;
  if (!title) return s.defaultTitle(year);
  const base = title.replace(/[（(][^（）()]*[）)]$/, "");
  const withYear = detectYear(base) === year ? base : `${year}年${base}`;
  return withYear.endsWith(s.titleSuffix) ? withYear : withYear + s.titleSuffix;
}

