/**
 * Bootstrap of the task pane (taskpane.html mounts it on #root).
 *
 * Inside WPS 表格 (a WPS add-in page: the wps / Application globals lead to ET's Application) → the pane works on
 * the open workbook through src/wps, at once.
 * Inside Excel: Office.onReady reports host Excel → the pane works on the workbook through src/excel.
 * Anywhere else (a plain browser, where office.js still defines Office and onReady resolves with host null,
 * no office.js at all, or onReady not answering within 1.5 s) → the standalone page works on an .xlsx file in
 * memory; should Excel answer after all, the pane switches to Excel (src/taskpane/bootstrap.ts).
 *
 * Neither exceljs nor src/workbook is in this first chunk: the file host loads them with import() when a file
 * is opened, so the pane inside Excel never downloads them.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, MessageBar, MessageBarBody, Spinner, webLightTheme } from "@fluentui/react-components";
import { langFromLocale, strings, type Lang } from "../strings";
import { App } from "./App";
import { createFileHost } from "../standalone/file-host";
import { sampleWorkbookUrl } from "./sample";
import { loadWorkerProcessor } from "../standalone/worker-client";
import { watchMode, type OfficeLikeForBoot } from "./bootstrap";
import type { WpsGlobals } from "../wps/detect";

/** How long to wait for Office.onReady before deciding this is a plain browser. */
const OFFICE_READY_TIMEOUT_MS = 1500;

function browserLang(): Lang {
  return langFromLocale(typeof navigator !== "undefined" ? navigator.language : null);
}

function renderStandalone(root: Root): void {
  const lang = browserLang();
  root.render(<App host={createFileHost({ lang, loadProcessor: loadWorkerProcessor })} lang={lang} sampleUrl={sampleWorkbookUrl()} />);
}

async function renderExcel(root: Root): Promise<void> {
  let lang: Lang = "zh-CN";
  try {
    lang = langFromLocale(Office.context.displayLanguage);
  } catch {
    // displayLanguage is missing in very old hosts: Chinese first.
  }
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label={strings(lang).ui.loading} style={{ marginTop: 48 }} />
    </FluentProvider>,
  );
  try {
    const { createExcelHost } = await import(/* webpackChunkName: "excel" */ "../excel/host");
    root.render(<App host={createExcelHost()} lang={lang} />);
  } catch (err) {
    console.error(err);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" style={{ margin: 12 }}>
          <MessageBarBody>{strings(lang).ui.errors.excelHostFailed}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
}

async function renderWps(root: Root): Promise<void> {
  const lang = browserLang();
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label={strings(lang).ui.loading} style={{ marginTop: 48 }} />
    </FluentProvider>,
  );
  try {
    const { createWpsHost } = await import(/* webpackChunkName: "wps" */ "../wps/host");
    root.render(<App host={createWpsHost({ lang })} lang={lang} />);
  } catch (err) {
    console.error(err);
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" style={{ margin: 12 }}>
          <MessageBarBody>{strings(lang).wps.hostFailed}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
  }
}

export function start(): void {
  const el = document.getElementById("root");
  if (!el) return;
  const root = createRoot(el);
  const office = typeof Office !== "undefined" ? (Office as unknown as OfficeLikeForBoot) : undefined;
  const wpsGlobals = globalThis as unknown as WpsGlobals;
  watchMode(
    office,
    OFFICE_READY_TIMEOUT_MS,
    (mode) => (mode === "excel" ? void renderExcel(root) : mode === "wps" ? void renderWps(root) : renderStandalone(root)),
    wpsGlobals,
  );
}

start();
