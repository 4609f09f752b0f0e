/**
 * 分发 / 回收 for the standalone page's open workbook (FileHost): the unit workbooks as one .zip to download,
 * and many returned files merged into the open workbook (which 下载结果 then saves). The page's pane calls it
 * through the CyclePort it builds (src/taskpane/components/CycleTab.tsx).
 */
import type { Lang } from "../strings";
import { strings } from "../strings";
import { HostError } from "../app/host";
import { todayIso } from "../core/dates";
import type { FileSession } from "./file-host";
import { userError } from "./file-host";
import type { SplitZip } from "./cycle-files";
import type { CollectWorkbookResult } from "../workbook/collect";

type CycleFiles = typeof import("./cycle-files");

export const loadCycleFiles = async (): Promise<CycleFiles> => import(/* webpackChunkName: "workbook" */ "./cycle-files");

/** What the page shows after 回收. */
export interface CollectSummary {
  returned: string[];
  missing: string[];
  unmatched: number;
  duplicates: number;
  done: number;
  rows: number;
}

export interface CyclePort {
  /** The .zip of unit workbooks and its file name. */
  split(reportBy: string | null): Promise<{ name: string; bytes: Uint8Array; count: number }>;
  /** Merge the returned files into the open workbook. */
  collect(files: { name: string; bytes: Uint8Array }[]): Promise<CollectSummary>;
}

export interface CycleSession extends FileSession {
  /** Make merged bytes the current workbook (a result: 下载结果 saves it). */
  adopt(bytes: Uint8Array, sheets: string[]): void;
  /** The open workbook's bytes as opened or last processed. */
  current(): Uint8Array | null;
}

export function cyclePort(session: CycleSession, lang: Lang, opts: { now?: () => Date; load?: () => Promise<CycleFiles> } = {}): CyclePort {
  const t = strings(lang).cycle;
  const ui = strings(lang).ui;
  const load = opts.load ?? loadCycleFiles;
  const today = () => todayIso(opts.now ? opts.now() : new Date());
  const files = async (): Promise<CycleFiles> => {
    try {
      return await load();
    } catch (err) {
      throw new HostError(ui.errors.generic, "chunk-load", { cause: err });
    }
  };
  const open = (): { bytes: Uint8Array; name: string } => {
    const bytes = session.current();
    const name = session.fileName();
    if (!bytes || !name) throw new HostError(t.page.noFile, "no-file");
    return { bytes, name };
  };
  return {
    async split(reportBy) {
      const { bytes, name } = open();
      const tableName = name.replace(/\.[^.]+$/, "");
      let out: SplitZip;
      try {
        out = await (await files()).splitToZip(bytes, { asOf: today(), tableName, workbookName: name, lang, ...(reportBy ? { reportBy } : {}) });
      } catch (err) {
        throw userError(err) ?? err;
      }
      if (out.noHeader) throw new HostError(t.split.noHeader(name), "no-header");
      if (!out.zip) throw new HostError(t.split.noUnits, "host");
      return { name: t.page.zipName(tableName), bytes: out.zip, count: out.count };
    },
    async collect(returned) {
      const { bytes, name } = open();
      if (returned.length === 0) throw new HostError(t.page.noReturned, "no-file");
      let out: CollectWorkbookResult;
      try {
        out = await (await files()).collectFiles(bytes, returned, { asOf: today(), workbookName: name, lang });
      } catch (err) {
        throw userError(err) ?? err;
      }
      if (!out.output) throw new HostError(t.collect.noHeader(name), "no-header");
      session.adopt(out.output, out.sheets);
      const o = out.outcome;
      return {
        returned: o.returned.map((r) => r.unit),
        missing: o.missing,
        unmatched: o.unmatched.length,
        duplicates: o.duplicates.length,
        done: o.result.rows.filter((r) => r.state === "done").length,
        rows: o.result.rows.length,
      };
    },
  };
}
