/**
 * Few syncs: writes are queued and sent together; a sync goes out only when the queued payload would pass
 * `budget` bytes (well under Excel's 5 MB request limit), so the count depends on the data's size, not on the
 * number of rows. Each write sync suspends calculation (ExcelApi 1.6) and screen updating (1.9).
 */
import type { Capabilities } from "./office";

/**
 * Bytes of queued commands (worst-case estimate, see payloadBytes) after which a sync is sent. Excel's limit
 * is 5 MB; the margin covers the per-command JSON Office.js adds beyond our per-command estimate.
 */
export const DEFAULT_BUDGET = 3_500_000;


/** Estimated overhead of one command (action, object path, ids). */
const COMMAND_BYTES = 160;

/**
 * Bytes a value adds to a request, counted for the worst case: JSON with every non-ASCII character escaped
 * as \uXXXX (6 bytes; a Chinese character is 3 bytes in UTF-8), so the real request is never larger.
 */
export function payloadBytes(x: unknown): number {
  const json = JSON.stringify(x) ?? "";
  let n = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) n += 5;
  return n;
}

/** Queues writes and sends them in as few syncs as the payload limit allows. */
export class SyncBatcher {
  private bytes = 0;
  private open = false;
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly caps: Capabilities,
    private readonly budget: number,
  ) {}

  /** Make room for a write of `bytes`, then count it. */
  async add(bytes: number): Promise<void> {
    const size = bytes + COMMAND_BYTES;
    if (this.open && this.bytes + size > this.budget) await this.flush();
    if (!this.open) {
      this.open = true;
      this.bytes = 0;
      if (this.caps.suspendCalculation) this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (this.caps.suspendScreen) this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    this.bytes += size;
  }

  async flush(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.syncs++;
    await this.ctx.sync();
  }
}
