/** One vocabulary of states and roles (DOMAIN.md §6) in the pane, every sheet and the CLI (issue 13). */
import * as fs from "node:fs";
import * as path from "node:path";
import { strings, type Lang } from "../../src/strings";
import { processWorkbook } from "../../src/workbook/process";
import { checkReport } from "../../src/cli/commands/check";

const LANGS: Lang[] = ["zh-CN", "en-US"];

test("the words are DOMAIN.md.s: 已逾期 / 阶段逾期 / 即将到期 / 已完成 / 进行中 / 长期推进 / 定期 / 时限不明; 牵头 / 责任 / 配合", () => {
  const w = strings("zh-CN").words;
  expect(Object.values(w.state).sort()).toEqual(["已逾期", "阶段逾期", "即将到期", "已完成", "进行中", "长期推进", "定期", "时限不明"].sort());
  expect(w.role).toEqual({ lead: "牵头", responsible: "责任", cooperate: "配合" });
});

test.each(LANGS)("%s: the pane's columns, the overview's headers and the deadline types use the same words", (lang) => {
  const s = strings(lang);
  const w = s.words;
  const col = s.ui.preview.col;
  expect([col.lead, col.responsible, col.cooperate]).toEqual([w.role.lead, w.role.responsible, w.role.cooperate]);
  expect([col.done, col.overdue, col.dueSoon, col.ongoing, col.unknown]).toEqual([w.state.done, w.state.overdue, w.state["due-soon"], w.state.ongoing, w.state.unknown]);
  expect(s.outputs.overviewHeaders.slice(2, 5)).toEqual([w.role.lead, w.role.responsible, w.role.cooperate]);
  expect(s.outputs.overviewHeaders.slice(6, 11)).toEqual([w.state.done, w.state.overdue, w.state["due-soon"], w.state.ongoing, w.state.unknown]);
  expect([s.outputs.kind.ongoing, s.outputs.kind.recurring, s.outputs.kind.unknown]).toEqual([w.state.ongoing, w.state.recurring, w.state.unknown]);
  expect([s.ui.counts.overdue, s.ui.counts.dueSoon]).toEqual([w.state.overdue, w.state["due-soon"]]);
});

test("seed 004: every state word written (统计状态, unit sheets) and printed (CLI) is from the one vocabulary", async () => {
  const bytes = fs.readFileSync(path.join(__dirname, "../fixtures/workbooks/seed004.xlsx"));
  const out = await processWorkbook(bytes, { asOf: "2022-10-20", parts: { columns: true, highlights: true, sheets: true }, builtAt: "x" });
  // The 统计状态 cell of a 挂牌 task names its grade too (已逾期（挂牌）), from the same vocabulary.
  const words = new Set([...Object.values(strings("zh-CN").words.state), strings("zh-CN").words.longOverdueState]);
  const plan = out.plan!;
  const stateCol = plan.columns.find((c) => c.header === strings("zh-CN").outputs.stateHeader)!;
  expect(stateCol.cells.length).toBe(out.result.rows.length);
  for (const c of stateCol.cells) expect(words.has(String(c.cell.value))).toBe(true);
  for (const s of plan.sheets.filter((x) => x.kind === "unit")) for (const r of s.rows.slice(4)) expect(words.has(String(r[7]?.value))).toBe(true);
  const report = checkReport(out.result, "zh-CN");
  expect(report).toContain("已逾期 1");
  expect(report).not.toMatch(/持续推进 \d|时限无法识别|周期性/);
});
