import type { wps as zh } from "../zh-CN/wps";

/** Strings of the WPS Spreadsheets adapter (src/wps) and the WPS add-in's entry, en-US. */
export const wps: typeof zh = {
  addinName: "Breakdown Assistant",
  openPane: "Open Breakdown Assistant",
  noWorkbook: "No workbook is open. Open the task breakdown table in WPS Spreadsheets, then click the button again.",
  noEtApi: "The WPS Spreadsheets interface was not found. Open the assistant in WPS Spreadsheets (not Writer or Presentation); if that does not help, update WPS Office and restart it.",
  protectedWorkbook: "The workbook or sheet is protected, so the results cannot be written. Unprotect it on the Review tab, then run again.",
  settingsNotSaved: "The settings could not be saved in the workbook. Check that it is not open read-only, then try again.",
  failed: (detail: string) =>
    `Writing to WPS Spreadsheets failed (${detail}). The table's cells were not changed and the summary is never half-written (kept as it was or completely replaced). Press Esc to end any cell editing and try again; if it fails again, save the workbook and reopen it.`,
  hostFailed: "Cannot connect to WPS Spreadsheets. Close the task pane and open it again; if that does not help, restart WPS.",
};
