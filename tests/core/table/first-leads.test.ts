/** checkSheet honours a first-unit-leads declaration in the header, a note under the title, or a cell's bracket (DOMAIN.md §8). */
import { checkSheet } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/types";
import { tableCells } from "./cells";

const AS_OF = "2023-06-30";
const body: CellValue[][] = [
  [1, "做A", "市发改委、市财政局", "6月底前"],
  [2, "做B", "市教育局、各县（市、区）人民政府", "年底前"],
  [3, "做C", "市人社局、市农业农村局分别牵头", "长期坚持"],
];
const roles = (values: CellValue[][]) =>
  checkSheet(tableCells(values), { asOf: AS_OF }).rows.map((r) => r.units.map((u) => `${u.role}:${u.name}`));

describe("first unit leads", () => {
  const LEADS = [
    ["lead:市发改委", "responsible:市财政局"],
    ["lead:市教育局", "responsible:各县（市、区）人民政府"],
    ["lead:市人社局", "lead:市农业农村局"],
  ];

  it("declared in the header", () => {
    expect(roles([["序号", "工作任务", "责任单位（列第一位者为牵头单位）", "完成时限"], ...body])).toEqual(LEADS);
  });

  it("declared in a note under the title", () => {
    expect(roles([["2023年重点工作任务分解表"], ["说明：责任单位列第一位者为牵头单位。"], ["序号", "工作任务", "责任单位", "完成时限"], ...body])).toEqual(LEADS);
  });

  it("declared in a bracket after the first unit of the first row (下同), the note in no unit name", () => {
    const first = [1, "做A", "市发改委（首位单位为牵头单位，下同）、市财政局", "6月底前"];
    expect(roles([["序号", "工作任务", "责任单位", "完成时限"], first, ...body.slice(1)])).toEqual(LEADS);
  });

  it("not declared: every unit of a 责任单位 column is responsible", () => {
    expect(roles([["序号", "工作任务", "责任单位", "完成时限"], ...body])[0]).toEqual(["responsible:市发改委", "responsible:市财政局"]);
  });
});
