import type { findings as zh } from "../zh-CN/findings";

/** findings strings (en-US): the same keys as zh-CN. */
export const findings: typeof zh = {
  roleName: {
    no: "No.",
    task: "Task",
    requirement: "Requirement",
    unit: "Responsible unit",
    deadline: "Deadline",
    status: "Status",
    remark: "Remarks",
  },
  noHeader: (sheet) =>
    `No header row in the first 20 rows of sheet "${sheet}": make sure the table has a title row with the columns 工作任务, 工作要求, 责任单位 and 时限 (extra words are fine).`,
  missingColumn: (role, headerRow) =>
    `The header in row ${headerRow} has no "${role}" column: add it, or rename the matching column's header to a usual wording.`,
  missingValue: {
    task: (row, header) => `Row ${row}, "${header}" is empty: fill in the task, or merge the cell with the one above.`,
    requirement: (row, header) => `Row ${row}, "${header}" is empty: fill in the requirement.`,
    unit: (row, header) => `Row ${row}, "${header}" is empty: name the responsible unit, e.g. 市发改委 or 各区人民政府.`,
    deadline: (row, header) => `Row ${row}, "${header}" is empty: fill in a deadline, e.g. 10月底前 or 持续推进.`,
  },
  deadlineUnknown: (row, header, text) =>
    `Row ${row}, "${header}": "${text}" is not a deadline the assistant understands: write it like 10月底前, 2022年11月30日前, 持续推进 or 每季度.`,
  deadlineOutsideYear: (row, header, text, date, year) =>
    `Row ${row}, "${header}": "${text}" (${date}) falls outside the ${year} plan: if it is left over from an earlier table, change it to this year's deadline.`,
  unitUnknownFragment: (row, header, fragment) =>
    `Row ${row}, "${header}": "${fragment}" is not a unit name: delete it or write the unit's full name.`,
  unitSymbol: (row, header, name, symbol, clean) =>
    `Row ${row}, "${header}": "${name}" starts with the symbol "${symbol}" and would be counted as a unit of its own: delete "${symbol}" and write "${clean}".`,
  unitTwoRoles: (row, header, name, roles) =>
    `Row ${row}, "${header}": "${name}" is both ${roles.map((r) => `"${r}"`).join(" and ")}: keep one role (usually "${roles[0]}") and delete the other.`,
  unitAlias: (names, canonical) =>
    `${names.map((n) => `"${n}"`).join(", ")} look like the same unit and are counted together as "${canonical}": if they are not, adjust the 单位别名 sheet; better still, write the name one way.`,
  numberDuplicate: (row, header, no, firstRow) =>
    `Row ${row}, "${header}": number ${no} repeats row ${firstRow}: renumber the rows.`,
  numberGap: (row, header, from, to) =>
    `Row ${row}, "${header}" jumps from ${from} to ${to}: check for a missing task, or renumber.`,
  columnLetterName: (letters) => `column ${letters}`,
  cellError: (row, header, value) =>
    `Row ${row}, "${header}" holds the error value ${value}: check the cell's formula or type the content in directly.`,
  footerRows: (rows) =>
    `Rows ${rows.join(", ")} are footer lines or totals (填报单位, 填表人, 联系电话, 合计 …) and are not counted as tasks; if one is a task, move it above the footer.`,
  duplicateColumn: (header, chosen, others, hiddenFirst) =>
    hiddenFirst
      ? `"${header}" appears in more than one column: the visible column ${chosen} is read, the hidden column ${others.join(", ")} is not; delete the hidden one if it is no longer used.`
      : `"${header}" appears in more than one column (${[chosen, ...others].join(", ")}): column ${chosen} is read, ${others.join(", ")} is not; delete the extra column or give it another header.`,
  strayRange: (corner) =>
    `The sheet's used range reaches ${corner}, far beyond the table: whatever lies far outside the table is not read and not changed; delete those cells in Excel if they were typed by mistake.`,
  strayCells: (where, count) =>
    `${count} cell(s) far outside the table hold values (${where}): they are not read and not changed; delete them in Excel if they were typed by mistake.`,
  formatNames: { xls: "an Excel 97-2003 workbook (.xls)", et: "a WPS spreadsheet (.et)", ods: "an OpenDocument spreadsheet (.ods)", xlsb: "an Excel binary workbook (.xlsb)", csv: "a text table (.csv)" },
  convertedInput: (format) =>
    `The file is ${format}: it was read as such and the result is saved as .xlsx (the original is unchanged); check merged cells and dates in Excel or WPS.`,
  cellTooLong: (row, header, length, max) =>
    `Row ${row}, "${header}" has ${length} characters, more than an Excel cell holds (${max}): it was cut; check the source and split the passage into several rows.`,
};
