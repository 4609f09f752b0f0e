/**
 * The WPS add-in's ribbon callbacks (ribbon.xml names them `ribbon.OnAddinLoad`, `ribbon.OnAction`,
 * `ribbon.GetImage`): the 分解表助手 button shows the task pane (taskpane.html beside this page), docked on the
 * right, and hides it when clicked again. The pane's id is kept in PluginStorage, so the button finds the same
 * pane again from any window of WPS.
 *
 * Members used (wps-jsapi index.d.ts): wps.CreateTaskPane(url, title) → { ID, Visible, DockPosition, Width },
 * wps.GetTaskPane(id), wps.PluginStorage.getItem / setItem. Older WPS builds have them on `Application` only
 * (Kingsoft's samples call Application.CreateTaskPane), so either is taken.
 */
import { strings, type Lang } from "../strings";

/** msoCTPDockPositionRight. */
export const DOCK_RIGHT = 2;
export const PANE_PAGE = "taskpane.html";
export const PANE_BUTTON = "breakdownOpenPane";
const PANE_ID_KEY = "breakdownAssistant.taskPaneId";

export interface WpsTaskPane {
  readonly ID: number | string;
  Visible: boolean;
  DockPosition: number;
  Width?: number;
}

export interface WpsAddinApi {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number | string): WpsTaskPane | null | undefined;
  PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: string | number | boolean): void };
}

export interface RibbonGlobals {
  wps?: Partial<WpsAddinApi>;
  Application?: Partial<WpsAddinApi> & { ribbonUI?: unknown };
}

export interface Ribbon {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: { Id?: string; id?: string }): boolean;
  GetImage(control: { Id?: string; id?: string }): string;
}

function api(g: RibbonGlobals): WpsAddinApi | null {
  for (const o of [g.wps, g.Application]) {
    if (o && typeof o.CreateTaskPane === "function" && typeof o.GetTaskPane === "function" && o.PluginStorage) return o as WpsAddinApi;
  }
  return null;
}

/** The ribbon callbacks; `baseUrl` is this page's folder (where taskpane.html is). */
export function createRibbon(g: RibbonGlobals, baseUrl: string, lang: Lang = "zh-CN"): Ribbon {
  const show = (): void => {
    const wps = api(g);
    if (!wps) return;
    const stored = wps.PluginStorage.getItem(PANE_ID_KEY);
    let pane: WpsTaskPane | null | undefined = null;
    if (stored !== null && stored !== undefined && stored !== "") {
      try {
        pane = wps.GetTaskPane(stored as string | number);
      } catch {
        pane = null; // closed with its window: make a new one
      }
    }
    if (pane) {
      pane.Visible = !pane.Visible;
      return;
    }
    pane = wps.CreateTaskPane(new URL(PANE_PAGE, baseUrl).href, strings(lang).wps.addinName);
    pane.DockPosition = DOCK_RIGHT;
    pane.Visible = true;
    wps.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
  };
  return {
    OnAddinLoad(ribbonUI: unknown): boolean {
      if (g.Application && typeof g.Application.ribbonUI !== "object") g.Application.ribbonUI = ribbonUI;
      return true;
    },
    OnAction(control): boolean {
      if ((control.Id ?? control.id) === PANE_BUTTON) show();
      return true;
    },
    GetImage(): string {
      return "assets/icon-32.png";
    },
  };
}
