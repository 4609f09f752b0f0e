/**
 * DOMAIN.md sections 3 and 8 as tables: one line per rule, each with a cell as real tables write it.
 * Plus a property: no name the parser returns holds a label word or a bracketed note.
 */
import fc from "fast-check";
import { analyseUnits } from "../../../src/core/units";

type Row = [string, string, string];
/** "L:name" lead, "R:" responsible, "C:" cooperating; a trailing * marks a generic name. */
const show = (text: string, header: string, firstLeads = false) =>
  analyseUnits(text, { header, firstLeads }).units.map((u) => `${u.role[0]!.toUpperCase()}:${u.name}${u.generic ? "*" : ""}`).join("|");

describe("DOMAIN.md section 3", () => {
  const rows: Row[] = [
    ["roles from labels", "牵头单位：市发改委；责任单位：市财政局", "L:市发改委|R:市财政局"],
    ["a label after a comma or a line break", "牵头单位:市发改委，配合单位:市财政局\n责任单位:市教育局", "L:市发改委|C:市财政局|R:市教育局"],
    ["an unlabelled cell takes its column's role", "市发改委、市财政局", "C:市发改委|C:市财政局"],
    ["完成时限 and people name no units", "责任单位：市发改委；完成时限：10月底前；责任领导：张三", "R:市发改委"],
    ["working words after a name", "市发改委牵头落实，市财政局按职责分工负责", "L:市发改委|R:市财政局"],
    ["no split inside brackets", "各县（市、区）人民政府", "R:各县（市、区）人民政府*"],
    ["a line break cutting a name", "市司法局等市直\n各有关部门", "R:市司法局|R:市直各有关部门*"],
    ["a level before 、 belongs to the name after it", "各县、区人民政府", "R:各县、区人民政府*"],
    ["A、B等有关部门", "市发改委、市财政局等有关部门", "R:市发改委|R:市财政局"],
    ["the group after 等 is generic", "市资源规划局等市级领域主管部门", "R:市资源规划局|R:市级领域主管部门*"],
    ["never split on 和 inside a name", "市文化和旅游局、市人力资源和社会保障局", "R:市文化和旅游局|R:市人力资源和社会保障局"],
    ["names without their level prefix", "县政府办、发改局、自然资源局", "R:县政府办|R:发改局|R:自然资源局"],
  ];
  it.each(rows)("%s: %j", (_rule, text, expected) => {
    const header = _rule.startsWith("an unlabelled") ? "配合单位" : "责任单位";
    expect(show(text, header)).toBe(expected);
  });
});

describe("DOMAIN.md section 8", () => {
  const rows: [string, string, string, string][] = [
    ["X牵头 → lead, Y配合 → cooperate", "", "国家发展改革委牵头，财政部配合", "L:国家发展改革委|C:财政部"],
    ["Y参与 → cooperate", "", "国家发展改革委牵头，科技部、工业和信息化部参与", "L:国家发展改革委|C:科技部|C:工业和信息化部"],
    ["Y协同 → cooperate", "", "市应急局牵头，市消防救援支队协同", "L:市应急局|C:市消防救援支队"],
    ["X负责 / 按职责分工负责 → responsible", "牵头单位", "市发改委牵头，财政部等按职责分工负责", "L:市发改委|R:财政部"],
    ["分别负责", "", "国务院各部门分别负责", "R:国务院各部门*"],
    ["A、B分别牵头 → both lead", "责任单位", "教育部、人力资源社会保障部分别牵头", "L:教育部|L:人力资源社会保障部"],
    ["a deadline segment is the deadline, not a unit", "", "国家发展改革委牵头，财政部等按职责分工负责，年内持续推进", "L:国家发展改革委|R:财政部"],
    ["牵头责任单位 / 协同责任单位", "", "牵头责任单位：县发改委；协同责任单位：县财政局、各乡镇", "L:县发改委|C:县财政局|C:各乡镇*"],
    ["牵头负责部门 / 协同单位 / 参与单位", "", "牵头负责部门：市商务局；协同单位：市市场监管局；参与单位：各区政府", "L:市商务局|C:市市场监管局|C:各区政府*"],
    ["部门分工", "", "部门分工：省发展改革委牵头，各地、各部门配合。", "L:省发展改革委|C:各地*|C:各部门*"],
    ["people labels dropped", "", "牵头负责领导：张三；牵头市领导：李四；分管领导：王五；联系领导：赵六；责任领导：钱七；责任单位：市发改委", "R:市发改委"],
    ["first unit leads: bracket after the first unit", "责任单位", "市发改委（首位单位为牵头单位，下同）、市财政局", "L:市发改委|R:市财政局"],
    ["first unit leads: the 丽水 note", "责任单位", "市发改委、市经信局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）", "L:市发改委|R:市经信局"],
    ["first unit leads: in the header", "责任单位（列第一位者为牵头单位）", "市发改委、市财政局", "L:市发改委|R:市财政局"],
    ["first unit leads: 分别牵头 still both lead", "责任单位（列第一位者为牵头单位）", "市人社局、市农业农村局分别牵头", "L:市人社局|L:市农业农村局"],
    ["a space between two whole names separates", "责任单位", "市发改委 市财政局", "R:市发改委|R:市财政局"],
    ["a bracket after a space qualifies the name", "责任单位", "市安委办 （工作专班办公室）", "R:市安委办（工作专班办公室）"],
    ["levels before a space wait for their body", "责任单位", "各县区（开发区） 安委会", "R:各县区（开发区）安委会*"],
    ["A、B等负责 keeps its role", "", "市公安局牵头，市司法局、市民政局等负责", "L:市公安局|R:市司法局|R:市民政局"],
    ["A、B等配合", "", "市公安局牵头，市司法局、市民政局等配合", "L:市公安局|C:市司法局|C:市民政局"],
    ["invisible characters ignored", "责任单位", "\ufeff市发\u200b改委、市财政局\u200b", "R:市发改委|R:市财政局"],
  ];
  it.each(rows)("%s: %j", (_rule, header, text, expected) => {
    expect(show(text, header)).toBe(expected);
    expect(analyseUnits(text, { header }).rejected).toEqual([]);
  });

  it("a document-wide declaration (firstLeads) makes the first unit of a cell lead, unless the cell names a lead", () => {
    expect(show("市教育局、市财政局", "责任单位", true)).toBe("L:市教育局|R:市财政局");
    expect(show("牵头单位：市商务局；责任单位：市发改委", "责任单位", true)).toBe("L:市商务局|R:市发改委");
    expect(show("配合单位：市财政局", "", true)).toBe("C:市财政局");
  });
});

describe("property: no name holds a label word or a bracketed note", () => {
  const FORBIDDEN = [
    "牵头单位", "责任单位", "配合单位", "协同单位", "参与单位", "完成时限", "牵头责任单位", "协同责任单位", "部门分工",
    "责任领导", "分管领导", "下同", "牵头单位为", "为牵头",
  ];
  const unit = fc.constantFrom("市发改委", "市财政局", "各县（市、区）人民政府", "市政府各部门", "市文化和旅游局", "国务院各部门", "市安委办");
  const label = fc.constantFrom(
    "牵头单位：", "责任单位:", "配合单位：", "协同单位：", "参与单位：", "牵头责任单位：", "协同责任单位：", "部门分工：",
    "完成时限：", "责任领导：", "分管领导：", "牵头负责领导：", "",
  );
  const note = fc.constantFrom(
    "", "（首位单位为牵头单位，下同）", "（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）", "（下同）",
    "（牵头单位为市发改委）", "列第一位者为牵头单位", "（列第一位者为牵头或汇总单位，下同）",
  );
  const words = fc.constantFrom("", "牵头", "配合", "参与", "负责", "分别牵头", "按职责分工负责", "等", "等有关部门");
  const sep = fc.constantFrom("、", "，", "；", "\n", " ", "。", "");
  const piece = fc.tuple(label, fc.array(fc.tuple(unit, note), { minLength: 1, maxLength: 3 }), words, sep).map(
    ([l, us, w, s]) => l + us.map(([u, n]) => u + n).join("、") + w + s,
  );
  it("for cells made of labels, names, role words and notes in any order", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.constantFrom("", "责任单位", "牵头单位"), (pieces, header) => {
        for (const u of analyseUnits(pieces.join(""), { header }).units) {
          for (const word of FORBIDDEN) expect({ name: u.name, word, has: u.name.includes(word) }).toEqual({ name: u.name, word, has: false });
        }
      }),
      { numRuns: 300 },
    );
  });
});
