import { findings } from "./findings";
import { ui } from "./ui";
import { cli } from "./cli";
import { importDoc } from "./import";
import { outputs } from "./outputs";
import { excel } from "./excel";
import { units } from "./units";
import { deadline } from "./deadline";
import { workbook } from "./workbook";
import { fileIO } from "./file-io";
import { wps } from "./wps";
import { cycle } from "./cycle";
import { words } from "./words";
import { outcome } from "./outcome";
import { pane } from "./pane";

/** 简体中文 — the first language. */
export const zhCN = { findings, ui, cli, importDoc, outputs, excel, units, deadline, workbook, fileIO, wps, cycle, words, outcome, pane };
