/**
 * The pane under test in Chromium: the tests' production build (see build.ts) served on 127.0.0.1 with a headless
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

/**
 * A new browser context on `page` (taskpane.html, or excel-pane.html: the pane over the Office.js double), its
 * requests and page errors recorded from the start.
 */
export async function openPane(pane: ServedPane, options: BrowserContextOptions, page = "taskpane.html"): Promise<PaneSession> {
  const context = await pane.browser.newContext(options);
  const tab = await context.newPage();
  const requests = collectRequests(tab);
  const pageErrors: string[] = [];
  tab.on("pageerror", (e) => pageErrors.push(e.message));
  await tab.goto(pane.url + page);
  return { context, page: tab, requests, pageErrors };
}

/** The figure the pane shows under one of its counts ("rows", "overdue", "dueSoon", …). */
export async function shownCount(page: Page, key: string): Promise<number> {
  return Number(await page.getByTestId(`count-${key}`).locator("dd").textContent());
}
