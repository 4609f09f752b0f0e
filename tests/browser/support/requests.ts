/**
 * Records every request a page makes (including those of its frames and workers) so a test can assert that
 * nothing leaves the machine.
 */
import type { Page } from "playwright-core";

export interface RequestLog {
  /** Every URL requested, in order. */
  all: string[];
  /** URLs that are not on 127.0.0.1 / localhost (data: and blob: URLs are local and never listed). */
  external(): string[];
  /** Requests that failed, as "URL — reason". */
  failed: string[];
}

export function isLocalUrl(url: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return true;
  try {
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
  } catch {
    return false;
  }
}

export function collectRequests(page: Page): RequestLog {
  const all: string[] = [];
  const failed: string[] = [];
  page.on("request", (r) => all.push(r.url()));
  page.on("requestfailed", (r) => failed.push(`${r.url()} — ${r.failure()?.errorText ?? "failed"}`));
  return { all, failed, external: () => all.filter((u) => !isLocalUrl(u)) };
}
