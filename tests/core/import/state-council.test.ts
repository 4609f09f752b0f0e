/**
 * DOMAIN.md section 8 in prose: the State Council's 部门分工 style (unlabelled annotations told apart by their
 * words) and documents that declare once that the first unit named leads.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { importDocument } from "../../../src/core/import";

const FENGONG = fs.readFileSync(path.resolve(__dirname, "../../fixtures/state-council/fengong.txt"), "utf8");
const names = (us: { name: string }[]) => us.map((u) => u.name);

describe("a 部门分工 text in the State Council's style (tests/fixtures/state-council)", () => {
  const r = importDocument(FENGONG);

  it("reads the plan year from the document and finds its eight numbered items, the notice header left out", () => {
    expect(r.year).toBe(2020);
    expect(r.rows.map((x) => x.item)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(r.omitted.some((o) => o.text.startsWith("国发〔2020〕6号"))).toBe(true);
  });

  // item → lead, responsible, cooperating, deadline as written, due, ongoing
  const expected: [string, string[], string[], string[], string, string | null, boolean][] = [
    ["1", [], ["国务院各部门"], [], "年内持续推进", "2020-12-31", true],
    ["2", ["财政部"], [], [], "12月底前完成", "2020-12-31", false],
    ["3", ["财政部", "税务总局"], [], [], "4月底前出台相关政策，年内持续推进", "2020-12-31", true],
    ["4", [], ["财政部", "税务总局", "人民银行"], [], "6月底前完成", "2020-06-30", false],
    ["5", ["国家发展改革委"], ["财政部"], [], "年内持续推进", "2020-12-31", true],
    ["6", ["国家发展改革委"], [], ["科技部", "工业和信息化部"], "", null, false],
    ["7", ["教育部", "人力资源社会保障部"], [], [], "年内持续推进", "2020-12-31", true],
    ["8", ["住房城乡建设部"], [], ["自然资源部"], "年内持续推进", "2020-12-31", true],
  ];
  it.each(expected)("item %s: lead %j, responsible %j, cooperating %j, deadline %j", (item, lead, resp, coop, deadline, due, ongoing) => {
    const row = r.rows.find((x) => x.item === item)!;
    expect(names(row.lead)).toEqual(lead);
    expect(names(row.responsible)).toEqual(resp);
    expect(names(row.cooperate)).toEqual(coop);
    expect(row.deadline).toBe(deadline);
    expect(row.deadlineInferred).toBe(false);
    expect(row.deadlineValue?.due ?? null).toBe(due);
    expect(row.deadlineValue?.ongoing ?? false).toBe(ongoing);
  });

  it("writes each part in the column of its role; 国务院各部门 is a group; staged deadlines keep their action", () => {
    const five = r.rows.find((x) => x.item === "5")!;
    expect([five.leadText, five.responsibleText, five.cooperateText]).toEqual(["国家发展改革委牵头", "财政部等按职责分工负责", ""]);
    expect(r.rows[0]!.responsible[0]!.generic).toBe(true);
    const three = r.rows.find((x) => x.item === "3")!;
    expect(three.deadlineValue?.milestones).toEqual(["2020-04-30", "2020-12-31"]);
    expect(three.deadlineValue?.stages?.[0]).toEqual({ date: "2020-04-30", action: "出台相关政策" });
  });

  it("reports only what is really missing: item 6 names no deadline, nothing is a stray fragment", () => {
    expect(r.findings.map((f) => [f.code, f.row])).toEqual([["missing-value", r.rows.find((x) => x.item === "6")!.row]]);
    expect(r.rows.filter((x) => x.remark !== "").map((x) => x.item)).toEqual(["6"]);
  });
});

describe("a document that declares that the first unit named leads", () => {
  const body = (note: string, first: string) =>
    `2023年重点工作任务分工方案\n${note}\n一、稳增长\n1.做A。（责任单位：${first}）\n2.做B。（责任单位：市教育局、市财政局、各县（市、区）人民政府）\n3.做C。（牵头单位：市商务局；责任单位：市发改委）\n4.做D。（市人社局、市农业农村局分别牵头）`;

  it.each([
    ["a note under the title", "（列第一位者为牵头单位）", "市发改委、市财政局"],
    ["a bracket after the first unit", "", "市发改委（首位单位为牵头单位，下同）、市财政局"],
    ["the 丽水 note", "", "市发改委、市财政局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）"],
  ])("%s: the first unit of every row leads, the note is in no unit name", (_how, note, first) => {
    const r = importDocument(body(note, first));
    expect(r.rows.map((x) => [names(x.lead), names(x.responsible)])).toEqual([
      [["市发改委"], ["市财政局"]],
      [["市教育局"], ["市财政局", "各县（市、区）人民政府"]],
      [["市商务局"], ["市发改委"]],
      [["市人社局", "市农业农村局"], []],
    ]);
    const all = r.rows.flatMap((x) => [...x.lead, ...x.responsible, ...x.cooperate]).map((u) => u.name);
    expect(all.filter((n) => /下同|牵头|首位|第一/.test(n))).toEqual([]);
    // The declared lead stands in the 牵头单位 column of the written table, without the note.
    expect([r.rows[0]!.leadText, r.rows[0]!.responsibleText]).toEqual(["市发改委", "市财政局"]);
    expect(r.findings.filter((f) => f.code === "unit-unknown-fragment")).toEqual([]);
  });

  it("without the declaration every unit stays responsible", () => {
    const r = importDocument(body("", "市发改委、市财政局"));
    expect(names(r.rows[0]!.lead)).toEqual([]);
    expect(names(r.rows[0]!.responsible)).toEqual(["市发改委", "市财政局"]);
  });
});
