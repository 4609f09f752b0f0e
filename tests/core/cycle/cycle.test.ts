import fc from "fast-check";
import type { CellValue, SheetCells } from "../../../src/core/types";
import { checkSheet } from "../../../src/core/check";
import {
  collectReports,
  fnv1a,
  planSplit,
  readRecords,
  readReturnedSheet,
  readUnitDirectory,
  planRecordsSheet,
  planCycleColumns,
  reportingByUnit,
  taskKeys,
  textHash,
  BOOK_COLS,
  REPORT_STATUS_WORDS,
  type ReturnedBook,
} from "../../../src/core/cycle";
import { isOutputHeader, withoutOutputColumns } from "../../../src/core/plan";

function cells(values: CellValue[][], sheet = "表"): SheetCells {
  return { sheet, firstRow: 1, firstCol: 1, values };
}

const TABLE = cells([
  ["序号", "工作任务", "工作要求", "牵头单位", "配合单位", "完成时限"],
  ["1", "任务一", "要求一", "市司法局", "市工信局", "2022年10月底前"],
  ["2", "任务二", "要求二", "各区人民政府", "", "2022年6月底前"],
  ["3", "任务三", "要求三", "市司法局、市工信局", "", "长期坚持"],
]);
const result = checkSheet(TABLE, { asOf: "2022-09-30", year: 2022 });

describe("task key", () => {
  test("FNV-1a matches the published test vectors", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
  test("序号 plus a hash of task and requirement; spaces and full-width forms do not change it; unique per table", () => {
    const keys = taskKeys(result.rows);
    expect(keys.get(2)).toMatch(/^1-[0-9a-z]{7}$/);
    expect(textHash("任务 一", "要求一")).toBe(textHash("任务一", "要求一"));
    expect(textHash("任务一", "要求二")).not.toBe(textHash("任务一", "要求一"));
    fc.assert(
      fc.property(fc.array(fc.record({ no: fc.constantFrom("1", "2", null), task: fc.string(), requirement: fc.string() }), { maxLength: 30 }), (rs) => {
        const ks = taskKeys(rs.map((r, i) => ({ ...r, row: i + 2 })));
        expect(new Set(ks.values()).size).toBe(rs.length);
      }),
      { numRuns: 50 },
    );
  });
});

describe("split", () => {
  test("each unit gets its tasks with its roles; a group the directory lists is expanded, else it keeps its own book", () => {
    const plain = planSplit(result, { tableName: "分解表", asOf: "2022-09-30" });
    expect(plain.books.map((b) => b.unit)).toEqual(["市司法局", "市工信局", "各区人民政府"]);
    const sifa = plain.books[0]!;
    expect(sifa.fileName).toBe("分解表 - 市司法局.xlsx");
    expect(sifa.tasks).toBe(2);
    expect(sifa.rows[sifa.firstDataRow - 1]![BOOK_COLS.role - 1]!.value).toBe("牵头");
    const gongxin = plain.books[1]!;
    expect(gongxin.rows.slice(3).map((r) => r[BOOK_COLS.role - 1]!.value)).toEqual(["配合", "牵头"]);
    const directory = readUnitDirectory(cells([["单位类别", "成员单位"], ["各区人民政府", "甲区、乙区"], ["", "丙区"]]));
    expect(directory.get("各区人民政府")).toEqual(["甲区", "乙区", "丙区"]);
    const expanded = planSplit(result, { tableName: "分解表", asOf: "2022-09-30", directory });
    expect(expanded.books.map((b) => b.unit)).toEqual(["市司法局", "市工信局", "甲区", "乙区", "丙区"]);
  });
  test("the plan: instruction with 报送时限, unlocked fill-in columns, a dropdown of the status words, frozen header, no password by default", () => {
    const b = planSplit(result, { tableName: "a/b:c", asOf: "2022-09-30", reportBy: "2022-10-10", units: ["市工信局", "不存在局"] });
    expect(b.unknownUnits).toEqual(["不存在局"]);
    const book = b.books[0]!;
    expect(book.fileName).toBe("a_b_c - 市工信局.xlsx");
    expect(String(book.rows[0]![0]!.value)).toContain("2022-10-10");
    expect(book.fillColumns).toEqual([9, 10, 11, 12]);
    expect(book.statusWords).toEqual(REPORT_STATUS_WORDS);
    expect(book.freezeRows).toBe(3);
    expect(book.password).toBeNull();
  });
});

function returned(unit: string, file: string, rows: CellValue[][]): ReturnedBook {
  const book = planSplit(result, { tableName: "分解表", asOf: "2022-09-30" }).books.find((b) => b.unit === unit)!;
  const values = book.rows.slice(0, 3).map((r) => r.map((c) => c.value));
  return readReturnedSheet(cells([...values, ...rows]), file)!;
}

describe("collect", () => {
  const keys = taskKeys(result.rows);
  const k = (row: number) => keys.get(row)!;
  test("matches by key, then by 序号 + text; done only when every responsible unit says so; misplaced text moved; missing units named", () => {
    const sifa = returned("市司法局", "renamed.xlsx", [
      // re-sorted: row 4 (任务三) first; its key typed away, found by 序号 + text
      ["", "3", "任务三", "要求三", "牵头", "长期坚持", null, "长期推进", "推进中的文字", "已完成", "", ""],
      [k(2), "1", "任务一", "要求一", "牵头", "", null, "进行中", "", "已经全部完成整改并印发文件", "", "", "多写的一列"],
      ["", "9", "新任务", "新要求", "", "", null, "", "新增的进展", "", "", ""],
    ]);
    const out = collectReports({ result, books: [sifa], asOf: "2022-10-10" });
    expect(out.returned).toEqual([{ unit: "市司法局", file: "renamed.xlsx", date: "2022-10-10" }]);
    expect(out.missing).toEqual(["市工信局", "各区人民政府"]);
    expect(out.byText).toEqual([{ file: "renamed.xlsx", row: 4, no: "3" }]);
    expect(out.unmatched).toEqual([{ unit: "市司法局", file: "renamed.xlsx", row: 6, reason: "extra-row" }]);
    const row2 = out.rows.find((r) => r.row === 2)!;
    expect(row2.reports.map((r) => [r.unit, r.state])).toEqual([["市司法局", "reported"], ["市工信局", "missing"]]);
    expect(row2.reports[0]!.progress).toBe("已经全部完成整改并印发文件；多写的一列");
    // 任务三: 市司法局 done, 市工信局 (also lead) has not reported: not done yet.
    const row4 = out.rows.find((r) => r.row === 4)!;
    expect([row4.done, row4.doneCount, row4.responsibleCount]).toEqual([false, 1, 2]);
    expect(out.moved.map((m) => m.row)).toEqual([5]);
  });
  test("a second collect replaces a returning unit's reports and keeps the others with their date; duplicates listed", () => {
    const first = collectReports({
      result,
      books: [returned("市工信局", "a.xlsx", [[k(2), "1", "任务一", "要求一", "", "", null, "", "做了一半", "部分完成"], [k(4), "3", "任务三", "要求三", "", "", null, "", "", "已完成"]])],
      asOf: "2022-10-10",
    });
    const sheet = planRecordsSheet(first, "报送记录", "zh-CN");
    const previous = readRecords(cells(sheet.rows.map((r) => r.map((c) => c.value))))!;
    expect(previous).toHaveLength(2);
    const again = collectReports({
      result,
      previous,
      books: [
        returned("市司法局", "old.xlsx", [[k(4), "3", "任务三", "要求三", "", "", null, "", "", "正在推进"]]),
        returned("市司法局", "new.xlsx", [[k(4), "3", "任务三", "要求三", "", "", null, "", "", "已完成"], [k(4), "3", "任务三", "要求三", "", "", null, "", "又一行", "已完成"]]),
      ],
      asOf: "2022-11-10",
    });
    expect(again.duplicates.map((d) => [d.file, d.reason])).toEqual([["old.xlsx", "unit-twice"], ["new.xlsx", "key-twice"]]);
    expect(again.returned).toEqual([{ unit: "市工信局", file: "a.xlsx", date: "2022-10-10" }, { unit: "市司法局", file: "new.xlsx", date: "2022-11-10" }]);
    const row4 = again.rows.find((r) => r.row === 4)!;
    expect(row4.state).toBe("done");
    expect(again.result.rows.find((r) => r.row === 4)!.state).toBe("done");
    expect(again.result.summary.find((s) => s.unit === "市司法局")!.done).toBe(1);
    const cols = planCycleColumns(again, { sheets: [], headerRow: [] }, 8, "zh-CN")!;
    expect(cols.columns.map((c) => c.col)).toEqual([9, 10, 11]);
    expect(cols.columns[0]!.cells.find((c) => c.row === 4)!.cell.value).toBe("已完成");
    expect(String(cols.columns[1]!.cells.find((c) => c.row === 2)!.cell.value)).toBe("市司法局【未报送】\n市工信局【部分完成】做了一半（2022-10-10）");
    expect(cols.columns.every((c) => isOutputHeader(c.header))).toBe(true);
    const reporting = reportingByUnit(again, ["市司法局", "各区人民政府"], undefined, "zh-CN");
    expect(reporting.get("市司法局")).toEqual({ status: "已报送", date: "2022-11-10" });
    expect(reporting.get("各区人民政府")).toEqual({ status: "未报送", date: null });
  });
  test("a book sent out in English comes back to a Chinese collect", () => {
    const book = planSplit(result, { tableName: "t", asOf: "2022-09-30", lang: "en-US" }).books[0]!;
    expect(book.rows[2]![0]!.value).toBe("Task key");
    const values = book.rows.map((r) => r.map((c) => c.value));
    values[3]![BOOK_COLS.status - 1] = "已完成";
    const back = readReturnedSheet(cells(values), "renamed.xlsx")!;
    expect(back.unit).toBe(book.unit);
    const out = collectReports({ result, books: [back], asOf: "2022-10-10" });
    expect(out.rows.find((r) => r.key === values[3]![0])!.reports[0]!.state).toBe("done");
  });

  test("the master's added columns are not read back as the table's own; 报送完成状态 keeps reported rows done", () => {
    const withCols = cells(TABLE.values.map((r, i) => [...r, i === 0 ? "报送完成状态" : i === 2 ? "已完成" : "1/2个责任单位已完成"]));
    expect(withoutOutputColumns(withCols).values[1]![6]).toBeNull();
    const checked = checkSheet(withCols, { asOf: "2022-09-30", year: 2022 });
    expect(checked.layout!.lastCol).toBe(6);
    expect(checked.layout!.columns.some((c) => c.role === "status")).toBe(false);
    expect(checked.rows.map((r) => r.state === "done")).toEqual([false, true, false]);
  });
});
