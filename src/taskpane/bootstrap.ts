/**
 * Where the pane runs: inside WPS 表格, inside Excel, or as the standalone page.
 *
 * - the page has WPS's globals and they lead to WPS 表格's Application (src/wps/detect) → wps, at once;
 * - no Office global (office.js not loaded) → standalone at once;
 * - Office.onReady resolves with host Excel → excel;
 * - it resolves with another host or none (office.js in a plain browser resolves with host null), rejects, or
 *   throws → standalone;
 * - it does not answer within `timeoutMs` → standalone for now, and excel after all if Excel answers later (a
 *   slow Excel start must not leave the pane on the standalone page).
 */
import { etApplication, type WpsGlobals } from "../wps/detect";

export type PaneMode = "excel" | "wps" | "standalone";

export interface OfficeLikeForBoot {
  onReady?: () => Promise<{ host?: unknown } | null | undefined>;
}

/**
 * Calls `onMode` with the mode to show: once, or twice (standalone, then excel) when Excel answers late.
 * `wps`: the page's globals to look for WPS in (the page passes window; absent: not checked).
 */
export function watchMode(office: OfficeLikeForBoot | undefined, timeoutMs: number, onMode: (mode: PaneMode) => void, wps?: WpsGlobals): void {
  if (wps && etApplication(wps)) {
    onMode("wps");
    return;
  }
  if (!office || typeof office.onReady !== "function") {
    onMode("standalone");
    return;
  }
  let shown: PaneMode | null = null;
  const show = (mode: PaneMode) => {
    if (shown === mode || shown === "excel") return;
    shown = mode;
    onMode(mode);
  };
  const timer = setTimeout(() => show("standalone"), timeoutMs);
  let ready: Promise<{ host?: unknown } | null | undefined>;
  try {
    ready = office.onReady();
  } catch {
    clearTimeout(timer);
    show("standalone");
    return;
  }
  Promise.resolve(ready).then(
    (info) => {
      clearTimeout(timer);
      show(info && String(info.host) === "Excel" ? "excel" : "standalone");
    },
    () => {
      clearTimeout(timer);
      show("standalone");
    },
  );
}

/** The first mode shown (tests and simple callers). */
export function decideMode(office: OfficeLikeForBoot | undefined, timeoutMs: number, wps?: WpsGlobals): Promise<PaneMode> {
  return new Promise((resolve) => watchMode(office, timeoutMs, resolve, wps));
}
