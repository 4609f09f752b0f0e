/**
 * The pane under test in Chromium: a production build (see build.ts) served on 127.0.0.1 with a headless
 * browser, once per test file; and a page on it that records its requests and page errors.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { buildPane, type BuildOptions } from "./build";
import { launchChromium } from "./chromium";
import { collectRequests, type RequestLog } from "./requests";
import { serveDir } from "./server";

export interface ServedPane {
  /** The build folder. */
  dir: string;
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Build (or reuse) the pane, serve it and start Chromium. */
export async function startPane(opts: BuildOptions = {}): Promise<ServedPane> {
  const dir = await buildPane(opts);
  const served = await serveDir(dir);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await served.close();
    throw e;
  }
  return {
    dir,
    url: served.url,
    browser,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}

export interface PaneSession {
  context: BrowserContext;
  page: Page;
  requests: RequestLog;
  /** Messages of uncaught errors in the page. */
  pageErrors: string[];
}

/** A new browser context on taskpane.html, its requests and page errors recorded from the start. */
export async function openPane(pane: ServedPane, options: BrowserContextOptions): Promise<PaneSession> {
  const context = await pane.browser.newContext(options);
  const page = await context.newPage();
  const requests = collectRequests(page);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(pane.url + "taskpane.html");
  return { context, page, requests, pageErrors };
}

/** The figure the pane shows under one of its counts ("rows", "overdue", "dueSoon", …). */
export async function shownCount(page: Page, key: string): Promise<number> {
  return Number(await page.getByTestId(`count-${key}`).locator("dd").textContent());
}
