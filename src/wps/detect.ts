/**
 * Is this page inside WPS 表格? A WPS add-in page (ribbon entry or task pane) has the `wps` namespace
 * (`wps.EtApplication()`) and the `Application` global; in WPS 表格 that Application has ActiveWorkbook (null
 * while no workbook is open), in WPS 文字 / 演示 it has none. Tiny on purpose: the pane's first chunk imports it.
 */
import type { EtApplication } from "./et";

/** The globals of a WPS add-in page that lead to the ET Application. */
export interface WpsGlobals {
  wps?: { EtApplication?: () => unknown };
  Application?: unknown;
}

/** The ET Application of this page, or null (not in WPS, or in WPS 文字 / 演示). */
export function etApplication(g: WpsGlobals = globalThis as unknown as WpsGlobals): EtApplication | null {
  const candidates: (() => unknown)[] = [() => g.wps?.EtApplication?.(), () => g.Application];
  for (const get of candidates) {
    try {
      const app = get() as Partial<EtApplication> | null | undefined;
      if (app && typeof app === "object" && app.ActiveWorkbook !== undefined) return app as EtApplication;
    } catch {
      // a bridge that throws on access: try the next
    }
  }
  return null;
}
