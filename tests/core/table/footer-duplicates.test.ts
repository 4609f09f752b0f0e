/** DOMAIN.md §8: footer lines under a table are not tasks; two columns with one role are never chosen silently. */
import { checkSheet } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/types";
import { seed004SheetCells, tableCells } from "./cells";

const AS_OF = "2022-06-01";
const HEADER: CellValue[] = ["序号", "工作任务", "工作要求", "责任单位", "完成时限"];
const BODY: CellValue[][] = [
  [1, "任务一", "要求一", "市发改委", "10月底前"],
  [2, "任务二", "要求二", "市教育局", "年底前"],
];

describe("footer lines", () => {
  it.each([
    [["填报单位（盖章）：市政府办", null, "填表人：张三", null, "联系电话：12345678"]],
    [["填报单位：", null, null, "审核人：李四"]],
    [["联系人：王五", null, null, null, "填报日期：2022年6月1日"]],
    [[null, "合  计", null, "12个单位", null]],
    [["小计", 2]],
    [["备注说明：本表由各单位填写。"]],
    [["填报单位 市政府办公室"]],
  ])("%j is not a task and is reported as a footer line (info)", (footer) => {
    const r = checkSheet(tableCells([HEADER, ...BODY, footer as CellValue[]]), { asOf: AS_OF, year: 2022 });
    expect(r.rows.map((x) => x.task)).toEqual(["任务一", "任务二"]);
    const f = r.findings.filter((x) => x.code === "footer-rows");
    expect(f.map((x) => [x.row, x.severity])).toEqual([[4, "info"]]);
    expect(f[0]?.message).toContain("第4行");
    expect(r.findings.filter((x) => x.code !== "footer-rows")).toEqual([]);
  });

  it("a block of footer lines is one finding naming every row", () => {
    const r = checkSheet(tableCells([HEADER, ...BODY, ["合计"], ["填报单位：市政府办"], ["联系电话：123"]]), { asOf: AS_OF, year: 2022 });
    expect(r.rows).toHaveLength(2);
    expect(r.findings.map((x) => x.message)).toEqual([expect.stringContaining("第4、5、6行")]);
  });

  it("a task whose text merely mentions a footer word stays a task", () => {
    const r = checkSheet(
      tableCells([HEADER, [1, "联系群众", "填报单位名单要准确", "市民政局", "10月底前"], [2, "合计收支公开", "要求", "市财政局", "年底前"]]),
      { asOf: AS_OF, year: 2022 },
    );
    expect(r.rows.map((x) => x.task)).toEqual(["联系群众", "合计收支公开"]);
  });

  it("seed 004 with a footer block still has its 25 task rows", () => {
    const { cells } = seed004SheetCells();
    const plain = checkSheet(cells, { asOf: AS_OF, year: 2022 });
    cells.values.push(["填报单位：市政府办公室", null, "填表人：张三", null, "联系电话：0000-1234567"], ["合计", null, null, null, null]);
    const r = checkSheet(cells, { asOf: AS_OF, year: 2022 });
    expect(r.rows.map((x) => x.task)).toEqual(plain.rows.map((x) => x.task));
    expect(plain.rows).toHaveLength(25);
  });
});

describe("two columns with the same role", () => {
  const header: CellValue[] = ["序号", "工作任务", "工作要求", "责任单位", "完成时限", "完成时限"];
  const body: CellValue[][] = [
    [1, "任务一", "要求一", "市发改委", "2021年10月底前", "10月底前"],
    [2, "任务二", "要求二", "市教育局", "2021年底前", "11月底前"],
  ];

  it("prefers the visible one when the first is hidden, and says so", () => {
    const r = checkSheet(tableCells([header, ...body], { hiddenCols: [5] }), { asOf: AS_OF, year: 2022 });
    expect(r.rows.map((x) => x.deadline.due)).toEqual(["2022-10-31", "2022-11-30"]);
    const f = r.findings.filter((x) => x.code === "duplicate-column");
    expect(f.map((x) => [x.severity, x.column])).toEqual([["warning", 6]]);
    expect(f[0]?.message).toMatch(/可见的F列.*隐藏的E列/);
  });

  it("reads the first when both are visible, and names both", () => {
    const r = checkSheet(tableCells([header, ...body]), { asOf: AS_OF, year: 2022 });
    expect(r.rows.map((x) => x.deadline.due)).toEqual(["2021-10-31", "2021-12-31"]);
    const f = r.findings.filter((x) => x.code === "duplicate-column");
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain("E、F列");
  });

  it("a hidden unit column is not read", () => {
    const r = checkSheet(
      tableCells([["工作任务", "工作要求", "责任单位", "责任单位", "时限"], ["任务一", "要求一", "市旧局", "市发改委", "10月底前"]], { hiddenCols: [3] }),
      { asOf: AS_OF, year: 2022 },
    );
    expect(r.rows[0]?.units.map((u) => u.name)).toEqual(["市发改委"]);
  });
});
