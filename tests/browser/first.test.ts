/**
 * The built pane in headless Chromium, served on 127.0.0.1 as a plain page (no Office): it renders the five
 * buttons, throws no page error and requests nothing from outside the machine. Prints the time to render and
 * the gzip size of the first-load JS+CSS (also written to tests/.out/first-load.json).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./support/chromium";
import { serveDir, type Served } from "./support/server";
import { collectRequests } from "./support/requests";
import { buildPane, measureFirstLoad, REPO } from "./support/build";

const BUTTONS = ["校验", "规范时限", "标记逾期", "生成汇总", "全部运行"];

let dist: string;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  dist = await buildPane();
  served = await serveDir(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test("the pane renders its buttons with no page error and no request leaving localhost", async () => {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(String(e.stack ?? e)));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  const requests = collectRequests(page);

  const started = Date.now();
  await page.goto(`${served.url}taskpane.html`, { waitUntil: "domcontentloaded", timeout: 60_000 });
  for (const name of BUTTONS) await page.getByRole("button", { name, exact: true }).first().waitFor({ state: "visible", timeout: 30_000 });
  const renderMs = Date.now() - started;
  const sinceNavigation = await page.evaluate(() => performance.now());
  await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);

  for (const name of BUTTONS) expect(await page.getByRole("button", { name, exact: true }).count()).toBeGreaterThan(0);
  expect(pageErrors).toEqual([]);
  expect(requests.external()).toEqual([]);
  expect(requests.all.some((u) => u.endsWith("/office-js/office.js"))).toBe(true);

  // Warm loads (browser cache off: the static server sends no-store), to separate cold start from the page.
  const warmMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = Date.now();
    await page.reload({ waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: BUTTONS[BUTTONS.length - 1], exact: true }).first().waitFor({ state: "visible", timeout: 30_000 });
    warmMs.push(Date.now() - t0);
  }
  warmMs.sort((a, b) => a - b);
  expect(pageErrors).toEqual([]);
  expect(requests.external()).toEqual([]);

  const first = measureFirstLoad(dist);
  const figures = {
    renderMs,
    warmRenderMedianMs: warmMs[1],
    renderMsSinceNavigationStart: Math.round(sinceNavigation),
    firstLoadFiles: first.files,
    firstLoadBytes: first.bytes,
    firstLoadGzipBytes: first.gzipBytes,
    requests: requests.all.length,
    requestPaths: requests.all.map((u) => u.replace(served.url, "/")),
    failedRequests: requests.failed,
    consoleErrors,
  };
  fs.mkdirSync(path.join(REPO, "tests", ".out"), { recursive: true });
  fs.writeFileSync(path.join(REPO, "tests", ".out", "first-load.json"), JSON.stringify(figures, null, 2));
  await page.screenshot({ path: path.join(REPO, "tests", ".out", "first-pane.png"), fullPage: true });
  console.log(
    `pane rendered in ${renderMs} ms cold (${figures.renderMsSinceNavigationStart} ms since navigation start), ` +
      `${warmMs[1]} ms median of 3 reloads; ` +
      `first load ${first.files.join(", ")}: ${(first.bytes / 1024).toFixed(1)} KiB, gzip ${(first.gzipBytes / 1024).toFixed(1)} KiB; ` +
      `${requests.all.length} requests, all local`,
  );
  await context.close();
}, 120_000);

test.each([
  ["Internet Explorer 11 (Excel 2016, Excel 2019 on older Windows)", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko"],
  ["Edge Legacy (Excel 2019 on Windows 10 1903+)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041"],
])("in %s's web view the page says what to do instead of staying blank", async (_name, userAgent) => {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await page.goto(`${served.url}taskpane.html`, { waitUntil: "domcontentloaded" });
  const notice = page.locator("#legacy-webview");
  await notice.waitFor({ state: "visible", timeout: 15_000 });
  expect(await notice.textContent()).toContain("Microsoft 365");
  expect(await page.locator("#root").isVisible()).toBe(false);
  await context.close();
}, 60_000);

test("current web views (WebView2, Safari, Chrome) get no such notice", async () => {
  const context = await browser.newContext({
    locale: "zh-CN",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0",
  });
  const page = await context.newPage();
  await page.goto(`${served.url}taskpane.html`, { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: BUTTONS[0], exact: true }).first().waitFor({ state: "visible", timeout: 30_000 });
  expect(await page.locator("#legacy-webview").count()).toBe(0);
  await context.close();
}, 60_000);
