/**
 * What the pane renders (server-side render: no DOM in this test environment): Excel mode versus the standalone
 * page, counts, findings grouped and clickable only inside Excel, the preview's rows and unit overview.
 */
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CheckResult, Finding, TaskRow } from "../../src/core/types";
import { strings } from "../../src/strings";
import { App } from "../../src/taskpane/App";
import { CountsView, FindingsView, Preview } from "../../src/taskpane/components/Results";
import { FileHost } from "../../src/standalone/file-host";
import type { Host } from "../../src/app/host";

const ui = strings("zh-CN").ui;

function excelHost(): Host {
  return {
    kind: "excel",
    listSheets: async () => ["分解表"],
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
    run: async () => Promise.reject(new Error("not in this test")),
    selectCell: async () => undefined,
  };
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/\s+/g, " ");
const wrap = (el: React.ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

function row(n: number, state: TaskRow["state"], unit: string, due: string | null): TaskRow {
  return {
    row: n, no: String(n - 2), section: null, task: "任务", requirement: `要求${n}`, unitText: unit,
    units: [{ name: unit, role: "responsible", generic: false }],
    deadline: { text: due ? "10月底前" : "持续推进", kind: due ? "date" : "ongoing", due, milestones: due ? [due] : [], ongoing: !due },
    status: null, state,
  };
}

const findings: Finding[] = [
  { code: "deadline-unknown", severity: "warning", row: 8, column: 5, message: "第8行时限无法识别" },
  { code: "missing-value", severity: "error", row: 5, column: 5, message: "第5行时限为空" },
  { code: "unit-alias", severity: "info", row: null, column: null, message: "市卫健委和市卫生健康委是同一单位" },
];

const result: CheckResult = {
  sheet: "分解表", year: 2022, yearSource: "title", asOf: "2022-10-20", dueSoonDays: 15, layout: null,
  rows: [row(3, "overdue", "市司法局", "2022-09-30"), row(4, "due-soon", "市发改委", "2022-10-31"), row(5, "ongoing", "市发改委", null)],
  findings,
  summary: [
    { unit: "市发改委", generic: false, lead: 0, responsible: 2, cooperate: 0, total: 2, done: 0, overdue: 0, dueSoon: 1, ongoing: 1, unknown: 0, longOverdue: 0, stageOverdue: 0 },
    { unit: "市司法局", generic: false, lead: 0, responsible: 1, cooperate: 0, total: 1, done: 0, overdue: 1, dueSoon: 0, ongoing: 0, unknown: 0, longOverdue: 0, stageOverdue: 0 },
  ],
};

test("inside Excel: the five buttons, the settings folded into one line, no file controls and no 'not in Excel' note", () => {
  const html = renderToString(<App host={excelHost()} lang="zh-CN" today="2022-10-20" />);
  const t = text(html);
  for (const a of ["validate", "normalise", "highlight", "summarise", "runAll"] as const) expect(t).toContain(ui.actions[a]);
  expect(t).toContain(ui.settings.summary(ui.settings.yearPlaceholder, "2022-10-20", "15"));
  expect(t).not.toContain(ui.standalone.notInExcel);
  expect(html).not.toContain('type="file"');
  expect(t).toContain(ui.findings.notRun);
});

test("the standalone page: the note, a labelled file input, the sample and download buttons, actions disabled until a file is open", () => {
  const html = renderToString(<App host={new FileHost()} lang="zh-CN" today="2022-10-20" sampleUrl="http://127.0.0.1/assets/sample/x.xlsx" />);
  const t = text(html);
  expect(t).toContain(ui.standalone.notInExcel);
  expect(html).toMatch(new RegExp(`<input[^>]*type="file"[^>]*aria-label="${ui.standalone.fileInputLabel}"|<input[^>]*aria-label="${ui.standalone.fileInputLabel}"[^>]*type="file"`));
  expect(t).toContain(ui.standalone.sample);
  expect(t).toContain(ui.standalone.download);
  const runAll = new RegExp(`<button[^>]*data-action="runAll"[^>]*>`).exec(html)![0];
  expect(runAll).toMatch(/disabled/);
  // The file host offers 从文稿导入.
  expect(t).toContain(ui.tabs.import);
});

test("English when asked", () => {
  const en = strings("en-US").ui;
  const t = text(renderToString(<App host={new FileHost({ lang: "en-US" })} lang="en-US" today="2022-10-20" />));
  expect(t).toContain(en.standalone.notInExcel);
  expect(t).toContain(en.actions.runAll);
  expect(t).not.toContain(ui.actions.runAll);
  expect(t).not.toContain(ui.standalone.notInExcel);
});

test("counts at a glance", () => {
  const t = text(wrap(<CountsView ui={ui} result={result} />));
  expect(t).toContain(`${ui.counts.rows} 3`);
  expect(t).toContain(`${ui.counts.errors} 1`);
  expect(t).toContain(`${ui.counts.warnings} 1`);
  expect(t).toContain(`${ui.counts.overdue} 1`);
  expect(t).toContain(`${ui.counts.dueSoon} 1`);
});

test("findings grouped error → warning → info; buttons naming the cell only when a cell can be selected", () => {
  const inExcel = wrap(<FindingsView ui={ui} findings={findings} onSelect={() => undefined} />);
  const t = text(inExcel);
  expect(t.indexOf(ui.findings.error)).toBeLessThan(t.indexOf(ui.findings.warning));
  expect(t.indexOf(ui.findings.warning)).toBeLessThan(t.indexOf(ui.findings.info));
  expect(t).toContain("E5");
  expect(inExcel).toContain(`aria-label="E5：第5行时限为空。${ui.findings.selectHint}"`);
  // The sheet-wide finding has no cell to select: plain text.
  expect((inExcel.match(/<button/g) ?? []).length).toBe(2);
  const onPage = wrap(<FindingsView ui={ui} findings={findings} />);
  expect(onPage).not.toContain("<button");
  expect(text(onPage)).toContain(ui.findings.where(null, null));
});

test("the preview lists overdue and due-soon rows and the overview, units needing attention first", () => {
  const t = text(wrap(<Preview ui={ui} result={result} lang="zh-CN" />));
  expect(t).toContain(ui.preview.overdueHeading(1));
  expect(t).toContain(ui.preview.dueSoonHeading(1));
  expect(t).toContain("2022-09-30");
  expect(t.indexOf("市司法局", t.indexOf(ui.preview.overviewHeading))).toBeLessThan(t.indexOf("市发改委", t.indexOf(ui.preview.overviewHeading)));
});
