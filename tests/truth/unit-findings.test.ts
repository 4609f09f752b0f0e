/** Findings for unit names that start with a symbol, and for a unit holding two roles on one row (issue 13). */
import { checkSheet } from "../../src/core/check";
import type { CellValue } from "../../src/core/types";

function check(unitCells: string[], lang: "zh-CN" | "en-US" = "zh-CN", header = "责任单位") {
  const values: CellValue[][] = [
    ["序号", "工作任务", "工作要求", header, "时限"],
    ...unitCells.map((u, i) => [i + 1, `任务${i + 1}`, `要求${i + 1}`, u, "10月底前"]),
  ];
  return checkSheet({ sheet: "表", firstRow: 1, firstCol: 1, values }, { asOf: "2022-10-20", year: 2022, lang });
}

test("a unit name starting with + or @ is a warning on its cell that says which symbol to delete", () => {
  const r = check(["+市司法局", "@市审计局、市财政局", "市发改委"]);
  const f = r.findings.filter((x) => x.code === "unit-symbol");
  expect(f.map((x) => [x.row, x.column, x.severity])).toEqual([
    [2, 4, "warning"],
    [3, 4, "warning"],
  ]);
  expect(f[0].message).toBe("第2行“责任单位”中的“+市司法局”以符号“+”开头，汇总时会被当成另一个单位：请删除“+”，写成“市司法局”。");
  expect(f[1].message).toContain("写成“市审计局”");
  expect(check(["+市司法局"], "en-US").findings.find((x) => x.code === "unit-symbol")!.message).toContain('delete "+" and write "市司法局"');
});

test("ordinary names, brackets and generic groups are not symbol findings", () => {
  const r = check(["市发改委", "（市委）宣传部", "各县（市、区）人民政府", "12345热线办"]);
  expect(r.findings.filter((x) => x.code === "unit-symbol")).toEqual([]);
});

test("a unit that leads and cooperates on one row is flagged; lead with responsible is not", () => {
  const r = check(["市发改委牵头，市发改委、市财政局配合", "市财政局"]);
  const f = r.findings.filter((x) => x.code === "unit-two-roles");
  expect(f).toHaveLength(1);
  expect(f[0]).toMatchObject({ row: 2, column: 4, severity: "warning" });
  expect(f[0].message).toBe("第2行“责任单位”中“市发改委”同时是“牵头”和“配合”单位：请只保留一个角色（一般保留“牵头”），删去另一处。");
  const ok = check(["牵头单位：市发改委；责任单位：市发改委、市财政局"]);
  expect(ok.findings.filter((x) => x.code === "unit-two-roles")).toEqual([]);
});
