/**
 * The import's small steps, table-driven, and fast-check properties: re-wrapping a document and sprinkling
 * spaces between Chinese characters changes nothing; annotations in every bracket / colon style are found.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { importDocument, removeStraySpaces, splitAnnotated, toParagraphs, deadlineCandidates, headingOf } from "../../../src/core/import";
import { parseAnnotation } from "../../../src/core/import/annotation";
import { isNoticeParagraph } from "../../../src/core/import/notice";
import { toChineseNumber, numberLabel } from "../../../src/core/import/numbering";
import { parseChineseNumber } from "../../../src/core/vocab/numerals";
import { planImportSheet, importSheetName } from "../../../src/core/import/sheet";
import { SEEDS_DIR } from "../../fixtures/paths";

const SEEDS = SEEDS_DIR;
const seed = (prefix: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), "utf8");

describe("headings", () => {
  test.each([
    ["一、以公开助力经济平稳健康发展", 1, 1],
    ["（十六）强化工作监督保障", 2, 16],
    ["(二十三)严格落实主体责任。", 2, 23],
    ["47.强化激励、问责和监督。", 3, 47],
    ["26.2022年底前，市级政府部门网站", 3, 26],
    ["１２．全角编号", 3, 12],
    ["（3）子项", 4, 3],
  ])("%s → level %i, number %i", (text, level, number) => {
    expect(headingOf(text)).toMatchObject({ level, number });
  });
  test.each(["2022年12月底前，各县（区）对…", "1.5万户困难群众", "（市、区）人民政府", "12345热线", "为贯彻落实", "一是加强"])("%s is not a heading", (text) => {
    expect(headingOf(text)).toBeNull();
  });
});

describe("annotations", () => {
  test.each([
    ["〔牵头单位：市发改委；责任单位：市政府各有关直属单位，各县、区人民政府〕", ["lead", "responsible"]],
    ["(牵头单位:市政府办公室,市创新创业创投服务中心;责任单位:各区市县政府;完成时限:2022年5月底前,长期坚持)", ["lead", "responsible", "deadline"]],
    ["（责任部门：市政府办公室，各县（市、区）人民政府。完成时限：全年）", ["responsible", "deadline"]],
    ["（市教育局、市卫健委等有关部门，各县（市、区）人民政府。完成时限：2022年10月）", ["unlabelled", "deadline"]],
    ["（配合单位：市财政局；责任领导：张三）", ["cooperate", "person"]],
  ])("%s", (ann, roles) => {
    const pieces = splitAnnotated("做好某项工作。" + ann);
    expect(pieces).toHaveLength(1);
    expect(pieces[0].annotation).toBe(ann);
    expect(pieces[0].segments.map((s) => s.role)).toEqual(roles);
  });

  test("a bracket inside the sentence is not an annotation", () => {
    const text = "按照《通知》（国办函〔2021〕132号），规范做好工作，报市政府办公室（政务公开办）。";
    expect(splitAnnotated(text)).toEqual([{ text, annotation: null, segments: [] }]);
  });

  test("a labelled annotation in the middle closes a piece; the rest is a piece of its own", () => {
    const pieces = splitAnnotated("做A。（责任单位：市A局）做B。");
    expect(pieces.map((p) => [p.text, p.annotation])).toEqual([["做A。", "（责任单位：市A局）"], ["做B。", null]]);
  });

  test("segments: separators trimmed, 完成时限 kept whole", () => {
    expect(parseAnnotation("责任单位：市A局、市B局。完成时限：2022年5月底前，长期坚持")).toEqual([
      { role: "responsible", label: "责任单位", text: "市A局、市B局" },
      { role: "deadline", label: "完成时限", text: "2022年5月底前，长期坚持" },
    ]);
  });

  const unit = fc.constantFrom("市发改委", "市司法局", "各县（市、区）人民政府", "市政府各部门", "市文化和旅游局", "各区市县政府");
  const units = fc.array(unit, { minLength: 1, maxLength: 4 }).map((xs) => xs.join("、"));
  const requirement = fc.constantFrom("加强政策解读。", "做好信息公开工作，及时回应关切。", "推进平台建设（试点）工作。");
  test("property: every bracket and colon style gives the same segments", () => {
    fc.assert(
      fc.property(
        requirement,
        units,
        units,
        fc.constantFrom(["〔", "〕"], ["（", "）"], ["(", ")"]),
        fc.constantFrom("：", ":"),
        fc.constantFrom("；", ";", "。"),
        fc.constantFrom("全年", "2022年10月底前", "长期坚持"),
        (req, lead, resp, [open, close], colon, sep, when) => {
          const ann = `${open}牵头单位${colon}${lead}${sep}责任单位${colon}${resp}${sep}完成时限${colon}${when}${close}`;
          const pieces = splitAnnotated(req + ann);
          expect(pieces).toHaveLength(1);
          expect(pieces[0].text).toBe(req);
          expect(pieces[0].segments.map((s) => [s.role, s.text])).toEqual([
            ["lead", lead],
            ["responsible", resp],
            ["deadline", when],
          ]);
        },
      ),
    );
  });
});

describe("clean text", () => {
  test("stray spaces go between Chinese characters, stay between Latin words", () => {
    expect(removeStraySpaces("执行落实 情况公开，提 振市场")).toBe("执行落实情况公开，提振市场");
    expect(removeStraySpaces("支持互联网协议第6 版，IPv6 支持率，Windows 10")).toBe("支持互联网协议第6版，IPv6支持率，Windows 10");
    expect(removeStraySpaces("完成时限：全年 ）")).toBe("完成时限：全年）");
  });

  test("hard wraps joined; an annotation alone on a line joins the paragraph above", () => {
    const paras = toParagraphs("一、标题\n1.做好高校毕业生等就\n业信息发布。\n（责任单位：市人社局。完成时限：\n全年）\n2.下一项。（责任单位：市A局）");
    expect(paras.map((p) => p.text)).toEqual([
      "一、标题",
      "1.做好高校毕业生等就业信息发布。（责任单位：市人社局。完成时限：全年）",
      "2.下一项。（责任单位：市A局）",
    ]);
    expect(paras.map((p) => p.line)).toEqual([1, 2, 6]);
  });

  const CJK = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
  test("property: spaces between Chinese characters always go, and removing them twice changes nothing", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(CJK, fc.constantFrom("", " ", "　", "  ", "\t")), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([c, sp]) => c + sp).join("");
        const once = removeStraySpaces(text);
        expect(once).toBe(parts.map(([c]) => c).join(""));
        expect(removeStraySpaces(once)).toBe(once);
      }),
    );
  });

  // Re-wrap a document the way a PDF or a narrow editor does: every line cut at a fixed width, and spaces
  // between some characters. The table must not change.
  const rewrap = (text: string, width: number, spaceEvery: number) =>
    text
      .split("\n")
      .flatMap((line) => {
        const chars = [...line.trim()];
        const out: string[] = [];
        for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(""));
        return out.length > 0 ? out : [""];
      })
      .map((line) => [...line].map((ch, i) => (spaceEvery > 0 && i % spaceEvery === spaceEvery - 1 && /[\u4e00-\u9fa5]/.test(ch) ? ch + " " : ch)).join(""))
      .join("\n");
  const table = (text: string) =>
    importDocument(text).rows.map((r) => [r.task, r.requirement.replace(/\n/g, ""), r.leadText, r.responsibleText, r.deadline]);

  test.each(["000_", "002_", "003_"])("property: seed %s re-wrapped and spaced gives the same table", (prefix) => {
    const text = seed(prefix);
    const expected = table(text);
    fc.assert(
      fc.property(fc.integer({ min: 24, max: 60 }), fc.integer({ min: 0, max: 9 }), (width, spaceEvery) => {
        expect(table(rewrap(text, width, spaceEvery))).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });
});

describe("deadlines written inside the text", () => {
  test.each([
    ["2022年11月底前，市、县（区）级政府及其部门要全面梳理", ["2022年11月底前"]],
    ["年底前将发放结果以村为单位通过村务公开栏公开", ["年底前"]],
    ["分别于2022年9月20日、12月20日前报市政府办公室", ["2022年9月20日、12月20日前"]],
    ["于2021年9月1日、12月1日两个时间节点", ["2021年9月1日、12月1日"]],
    ["在5小时内发布权威信息，在24小时内组织召开新闻发布会", []],
    ["加强对2020年政府信息公开年报检查中发现问题的整改", []],
    ["统一月报格式，五年内完成，年内至少听取1次汇报", ["年内"]],
    ["十月底前完成", ["十月底前"]],
  ])("%s", (text, expected) => {
    expect(deadlineCandidates(text)).toEqual(expected);
  });

  test("property: a dated phrase inside any sentence is found as written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2015, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("底前", "前", "", "中旬"),
        fc.constantFrom("各部门要", "全面梳理现行有效文件，", ""),
        fc.constantFrom("，完成清理工作。", "后续衔接。", ""),
        (y, m, suffix, before, after) => {
          const phrase = `${y}年${m}月${suffix}`;
          expect(deadlineCandidates(before + phrase + after)).toEqual([phrase]);
        },
      ),
    );
  });

  test("a paragraph's inferred deadline is marked; a written 完成时限 wins over the text", () => {
    const r = importDocument("一、标题\n（一）做A。2022年6月底前完成。〔责任单位：市A局〕\n（二）做B。2022年6月底前完成。〔责任单位：市A局；完成时限：长期坚持〕");
    expect(r.rows.map((x) => [x.deadline, x.deadlineInferred])).toEqual([["2022年6月底前", true], ["长期坚持", false]]);
    expect(r.rows[0].remark).toContain("推断");
  });
});

describe("notice paragraphs", () => {
  test.each(["抄送：县委办，县纪委办", "友谊县人民政府办公室2021年7月13日印发", "友政办发〔2021〕16号", "2022年5月26日", "大连市政务公开领导小组办公室", "（此件公开发布）"])(
    "%s is left out",
    (t) => expect(isNoticeParagraph(t)).toBe(true),
  );
  test.each(["各县（区）、各部门要对照本实施方案提出的重点任务，制定工作方案。", "加强政策解读。"])("%s is kept", (t) => {
    expect(isNoticeParagraph(t)).toBe(false);
  });
  test("a trailer after the last item never becomes a row", () => {
    const r = importDocument("一、标题\n（一）做A。〔责任单位：市A局〕\n\n抄送：市委办，\n市人大办。\n某某市人民政府办公室   2022年3月1日印发");
    expect(r.rows).toHaveLength(1);
    expect(r.omitted.map((o) => o.reason)).toEqual(["notice", "notice"]);
  });
});

describe("numbering", () => {
  test("Chinese numbers round-trip", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), (n) => expect(parseChineseNumber(toChineseNumber(n))).toBe(n)));
    expect(numberLabel(2, 15)).toBe("（十五）");
  });
  test("items restarting at 1 under each heading are not gaps; a jump and a repeat are reported", () => {
    const ok = importDocument("一、甲\n1.做A。（责任单位：市A局）\n2.做B。（责任单位：市A局）\n二、乙\n1.做C。（责任单位：市A局）");
    expect(ok.findings.filter((f) => f.code !== "missing-value")).toEqual([]);
    const bad = importDocument("一、甲\n1.做A。（责任单位：市A局。完成时限：全年）\n3.做B。（责任单位：市A局。完成时限：全年）\n3.做C。（责任单位：市A局。完成时限：全年）");
    expect(bad.findings.map((f) => [f.code, f.row])).toEqual([["number-gap", 5], ["number-duplicate", 6]]);
    expect(bad.findings[0].message).toContain("2.");
  });
});

describe("edge cases never throw and never lose text", () => {
  test("empty text, text without headings, a lone annotated paragraph", () => {
    expect(importDocument("").rows).toEqual([]);
    expect(importDocument("随便写的一段话。").rows).toEqual([]);
    const r = importDocument("做好政务公开工作。（责任单位：市A局；完成时限：全年）");
    expect(r.rows.map((x) => [x.task, x.requirement, x.responsibleText, x.deadline])).toEqual([["做好政务公开工作", "做好政务公开工作。", "市A局", "全年"]]);
  });
  test("the user's year wins; no year at all falls back", () => {
    expect(importDocument("一、甲\n1.做A。（责任单位：市A局）", { year: 2030 }).year).toBe(2030);
    const r = importDocument("一、甲\n1.做A。（责任单位：市A局）", { fallbackYear: 2024 });
    expect([r.year, r.yearSource, r.sheetTitle]).toEqual([2024, "as-of", "2024年工作任务分解表"]);
  });
  test("property: any text gives a result, and every requirement character comes from the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."一二、（）()1.。；：:责任单位完成时限市局做好\n 2022年月底前"), maxLength: 120 }), (text) => {
        const r = importDocument(text);
        const src = new Set(text);
        for (const row of r.rows) for (const ch of row.requirement.replace(/\n/g, "")) expect(src.has(ch)).toBe(true);
      }),
    );
  });
  test("sheet plan: the name avoids existing sheets; a formula-like text stays a plain value", () => {
    expect(importSheetName(["任务分解表", "任务分解表(2)"])).toBe("任务分解表(3)");
    const r = importDocument("一、甲\n1.=SUM(A1:A3)要做的事。（责任单位：@市A局；完成时限：全年）");
    const plan = planImportSheet(r);
    const row = plan.rows[r.rows[0].row - 1];
    expect(row[2]).toMatchObject({ value: "=SUM(A1:A3)要做的事。" });
    expect(row[2]?.formula).toBeUndefined();
  });
});

describe("other annotation forms", () => {
  test("labels without brackets at the end of a paragraph, or on the line below", () => {
    const r = importDocument(
      "2022年工作要点\n一、甲\n1.做A。责任单位：市A局、各县（市、区）人民政府；完成时限：6月底前。\n2.做B。\n责任单位：市司法局。完成时限：长期坚持\n3.明确责任单位：市C局要做好工作。责任单位：市C局。还要做D。",
    );
    expect(r.rows.map((x) => [x.requirement, x.responsibleText, x.deadline])).toEqual([
      ["做A。", "市A局、各县（市、区）人民政府", "6月底前"],
      ["做B。", "市司法局", "长期坚持"],
      ["明确责任单位：市C局要做好工作。责任单位：市C局。还要做D。", "", ""],
    ]);
  });

  test("“X牵头，Y配合” without labels; a 配合单位 label adds that column", () => {
    const r = importDocument("2022年工作要点\n一、甲\n1.做A。（牵头单位：市发改委；配合单位：市财政局；完成时限：6月底前）\n2.做B。（市发改委牵头，市财政局配合）");
    expect(r.columns.map((c) => c.header)).toEqual(["序号", "工作任务", "工作要求", "牵头单位", "责任单位", "配合单位", "完成时限", "备注"]);
    for (const row of r.rows) {
      expect(row.lead.map((u) => u.name)).toEqual(["市发改委"]);
      expect(row.cooperate.map((u) => u.name)).toEqual(["市财政局"]);
    }
    // Each part stands in the column its words give (DOMAIN.md section 8), as written.
    expect([r.rows[1].leadText, r.rows[1].responsibleText, r.rows[1].cooperateText]).toEqual(["市发改委牵头", "", "市财政局配合"]);
  });
});
