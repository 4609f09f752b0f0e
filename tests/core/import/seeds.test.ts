/**
 * The four prose seeds (DOMAIN.md section 7) turned into 任务分解表 rows: counts, the units and deadlines of the
 * rows the brief names, the findings, and what is left out.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { importDocument } from "../../../src/core/import";
import type { ImportedRow, ImportResult } from "../../../src/core/import/types";
import { SEEDS_DIR } from "../../fixtures/paths";

const SEEDS = SEEDS_DIR;
const seed = (prefix: string) => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"))!;
  return fs.readFileSync(path.join(SEEDS, file), "utf8");
};
const names = (units: { name: string }[]) => units.map((u) => u.name);
const byItem = (r: ImportResult, item: string) => r.rows.filter((x) => x.item === item);
const missing = (r: ImportResult, row: ImportedRow, header: string) =>
  r.findings.some((f) => f.code === "missing-value" && f.row === row.row && f.column === r.columns.find((c) => c.header === header)!.col);

describe("seed 000 (实施方案, 〔〕 annotations, several paragraphs per item, no 完成时限)", () => {
  const r = importDocument(seed("000_"));

  test("one row per annotated paragraph; the year from the document", () => {
    expect(r.year).toBe(2022);
    expect(r.yearSource).toBe("document");
    expect(r.rows).toHaveLength(26);
    expect(byItem(r, "（一）")).toHaveLength(3);
    expect(byItem(r, "（一）").every((x) => x.task === "不断深化市场主体的信息公开")).toBe(true);
    expect(r.sections.map((s) => s.text.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
  });

  test("item （八）: units from the annotation, the deadline inferred from its text", () => {
    const [row] = byItem(r, "（八）");
    expect(row.task).toBe("强化行政规范性文件管理");
    expect(row.requirement.startsWith("加强行政规范性文件制定")).toBe(true);
    expect(names(row.lead)).toEqual(["市政府办公室", "市司法局"]);
    expect(names(row.responsible)).toEqual(["市政府各直属单位", "各县、区人民政府"]);
    expect(row.responsible.every((u) => u.generic)).toBe(true);
    expect(row.deadline).toBe("2022年11月底前");
    expect(row.deadlineInferred).toBe(true);
    expect(row.deadlineValue?.due).toBe("2022-11-30");
  });

  test("（二十）: the unannotated first paragraph joins the annotated one; the trailing one is kept and reported", () => {
    const rows = byItem(r, "（二十）");
    expect(rows).toHaveLength(2);
    expect(rows[0].requirement).toContain("切实履行法定职责");
    expect(rows[0].requirement).toContain("2022年7月底前");
    expect(rows[0].deadline).toBe("2022年7月底前");
    expect(rows[1].annotation).toBeNull();
    expect(rows[1].lead.length + rows[1].responsible.length).toBe(0);
    expect(rows[1].deadline).toBe("2022年9月20日、12月20日前");
    expect(rows[1].deadlineValue?.milestones).toEqual(["2022-09-20", "2022-12-20"]);
    expect(missing(r, rows[1], "牵头单位")).toBe(true);
  });

  test("findings: a missing deadline on every row the document gives none, one missing unit, no numbering problem", () => {
    const noDeadline = r.rows.filter((x) => x.deadline === "");
    expect(noDeadline).toHaveLength(17);
    expect(noDeadline.every((x) => missing(r, x, "完成时限"))).toBe(true);
    expect(r.findings.filter((f) => f.code === "missing-value")).toHaveLength(18);
    expect(r.findings.filter((f) => f.code !== "missing-value")).toEqual([]);
    expect(r.rows.filter((x) => x.deadlineInferred).map((x) => x.deadline)).toEqual([
      "2022年11月底前", "2022年底前", "2022年底前", "年底前", "2022年10月底前", "2022年11月底前", "2022年12月底前",
      "2022年7月底前", "2022年9月20日、12月20日前",
    ]);
  });

  test("the preamble is not a task", () => {
    expect(r.omitted[0].text.startsWith("为贯彻落实")).toBe(true);
    expect(r.rows.some((x) => x.requirement.includes("特制定本实施方案"))).toBe(false);
  });
});

describe("seed 001 (实施方案 in a notice: 文号, addressees, signature, 抄送, 印发)", () => {
  const r = importDocument(seed("001_"));

  test("rows, year and title", () => {
    expect(r.year).toBe(2021);
    expect(r.title).toBe("友谊县2021年政务公开工作实施方案");
    expect(r.sheetTitle).toBe("友谊县2021年政务公开工作实施方案任务分解表");
    expect(r.rows).toHaveLength(21);
    expect(byItem(r, "（七）")).toHaveLength(3);
    expect(names(byItem(r, "（七）")[1].lead)).toEqual(["县政府办公室"]);
  });

  test("notice header, signature, 抄送 and 印发 lines are left out", () => {
    const all = r.rows.map((x) => x.task + x.requirement + x.responsibleText).join("\n");
    for (const s of ["友政办发", "印发给你们", "抄送", "县检察院", "7月13日", "各乡（镇）人民政府，县政府直属"]) expect(all).not.toContain(s);
    const notices = r.omitted.filter((o) => o.reason === "notice").map((o) => o.text);
    expect(notices.some((t) => t.startsWith("抄送"))).toBe(true);
    expect(notices.some((t) => t.endsWith("印发"))).toBe(true);
  });

  test("the closing paragraph keeps its reporting dates, inferred, and asks for a unit", () => {
    const last = r.rows[r.rows.length - 1];
    expect(last.item).toBe("（十六）");
    expect(last.deadline).toBe("2021年9月1日、12月1日");
    expect(last.deadlineInferred).toBe(true);
    expect(last.deadlineValue?.due).toBe("2021-12-01");
    expect(missing(r, last, "牵头单位")).toBe(true);
  });

  test("short unit names after the first keep their role", () => {
    const [first] = byItem(r, "（一）");
    expect(names(first.lead)).toEqual(["县政府办", "发改局", "自然资源局"]);
    expect(first.deadline).toBe("2021年12月底前");
    expect(first.deadlineValue?.due).toBe("2021-12-31");
  });
});

describe("seed 002 (工作要点, ASCII brackets and colons, 完成时限 labelled)", () => {
  const r = importDocument(seed("002_"));

  test("26 rows, one per item", () => {
    expect(r.year).toBe(2022);
    expect(r.rows).toHaveLength(26);
    expect(r.rows.map((x) => x.no)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  test("item 16: lead, nine named districts, a written deadline", () => {
    const [row] = byItem(r, "(十六)");
    expect(names(row.lead)).toEqual(["市农业农村局", "市财政局"]);
    expect(names(row.responsible)).toEqual([
      "甘井子区", "旅顺口区", "普兰店区", "瓦房店市", "庄河市", "长海县", "金普新区", "高新区", "长兴岛经济技术开发区",
    ]);
    expect(row.deadline).toBe("2022年12月底前");
    expect(row.deadlineInferred).toBe(false);
  });

  test("items 23–26 have no annotation: kept, reported for unit and deadline", () => {
    for (const item of ["(二十三)", "(二十四)", "(二十五)", "(二十六)"]) {
      const rows = byItem(r, item);
      expect(rows).toHaveLength(1);
      expect(rows[0].annotation).toBeNull();
      expect(rows[0].requirement.length).toBeGreaterThan(30);
      expect(missing(r, rows[0], "牵头单位")).toBe(true);
      expect(missing(r, rows[0], "完成时限")).toBe(true);
    }
    expect(r.findings.filter((f) => f.code === "missing-value")).toHaveLength(8);
    expect(r.findings).toHaveLength(8);
  });

  test("deadline with 长期坚持 kept whole", () => {
    const [row] = byItem(r, "(三)");
    expect(row.deadline).toBe("2022年5月底前,长期坚持");
    expect(row.deadlineValue).toMatchObject({ kind: "date", due: "2022-05-31", ongoing: true });
  });
});

describe("seed 003 (工作要点 draft: 1. items under （一） titles, hard wraps, stray spaces)", () => {
  const r = importDocument(seed("003_"));
  const item = (n: number) => {
    const rows = byItem(r, String(n));
    expect(rows).toHaveLength(1);
    return rows[0];
  };

  test("47 rows, task from the （一） title above each item", () => {
    expect(r.year).toBe(2022);
    expect(r.rows).toHaveLength(47);
    expect(item(1).task).toBe("加强涉及市场主体的信息公开");
    expect(item(46).task).toBe("强化工作监督保障");
    expect(item(46).section).toBe("五、着力抓落实强化指导监督");
  });

  test("item 9: an annotation cut by a line break", () => {
    expect(names(item(9).responsible)).toEqual(["市卫健委", "各县（市、区）人民政府"]);
    expect(item(9).deadline).toBe("全年");
    expect(item(9).deadlineValue?.due).toBe("2022-12-31");
  });

  test("item 18: an annotation without the 责任单位 label", () => {
    expect(names(item(18).responsible)).toEqual([
      "市教育局", "市卫健委", "市住建局", "市生态环境局", "市交通局", "市民政局", "市国资委", "各县（市、区）人民政府",
    ]);
    expect(item(18).deadline).toBe("2022年10月");
    expect(item(18).remark).toContain("未写明单位类别");
  });

  test("item 33: labelled 责任部门", () => {
    expect(names(item(33).responsible)).toEqual(["市政府办公室", "各县（市、区）人民政府"]);
    expect(item(33).deadline).toBe("全年");
  });

  test("hard wraps joined, stray spaces and Word bookmarks removed", () => {
    expect(item(1).requirement).toContain("执行落实情况公开");
    expect(item(11).requirement).toContain("重点群体就业信息发布");
    expect(item(14).requirement).toContain("社会保障卡“一卡通”");
    expect(item(14).requirement).not.toContain("bookmark");
    expect(names(item(23).responsible)).toEqual(["市司法局", "市政府各部门", "各县（市、区）人民政府"]);
    expect(item(31).deadline).toBe("2022年9月");
    expect(r.rows.every((x) => !/\s/.test(x.requirement.replace(/\n/g, "")))).toBe(true);
  });

  test("findings: the jump from （十四） to （十六）, on the first row under （十六）", () => {
    expect(r.findings).toHaveLength(1);
    const [gap] = r.findings;
    expect(gap).toMatchObject({ code: "number-gap", severity: "warning", row: item(46).row });
    expect(gap.message).toContain("（十五）");
  });

  test("2023年3月 in a 2022 plan is kept as written", () => {
    expect(item(45).deadlineValue?.due).toBe("2023-03-31");
  });
});

describe("the written table's layout", () => {
  test("title, header, a section row before each section, rows numbered in order", () => {
    const r = importDocument(seed("003_"));
    expect(r.headerRow).toBe(2);
    expect(r.columns.map((c) => c.header).slice(0, 6)).toEqual(["序号", "工作任务", "工作要求", "牵头单位", "责任单位", "完成时限"]);
    expect(r.sections[0]).toEqual({ row: 3, text: "一、以公开助力经济平稳健康发展" });
    expect(r.rows[0].row).toBe(4);
    const used = [...r.sections.map((s) => s.row), ...r.rows.map((x) => x.row)].sort((a, b) => a - b);
    expect(used).toEqual(Array.from({ length: used.length }, (_, i) => i + 3));
  });
});
