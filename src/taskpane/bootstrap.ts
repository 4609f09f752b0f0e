/**
 * Where the pane runs: inside Excel, or as the standalone page.
 *
 * - no Office global (office.js not loaded) → standalone at once;
 * - Office.onReady resolves with host Excel → excel;
 * - it resolves with another host or none (office.js in a plain browser resolves with host null), rejects, or
 *   throws → standalone;
 * - it does not answer within `timeoutMs` → standalone for now, and excel after all if Excel answers later (a
 *   slow Excel start must not leave the pane on the standalone page).
 */
export type PaneMode = "excel" | "standalone";

export interface OfficeLikeForBoot {
  onReady?: () => Promise<{ host?: unknown } | null | undefined>;
}

/** Calls `onMode` with the mode to show: once, or twice (standalone, then excel) when Excel answers late. */
export function watchMode(office: OfficeLikeForBoot | undefined, timeoutMs: number, onMode: (mode: PaneMode) => void): void {
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
export function decideMode(office: OfficeLikeForBoot | undefined, timeoutMs: number): Promise<PaneMode> {
  return new Promise((resolve) => watchMode(office, timeoutMs, resolve));
}
