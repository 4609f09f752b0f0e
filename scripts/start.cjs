#!/usr/bin/env node
// npm start [-- --port N] [--no-sideload]
//
// Builds the pane and serves it over https on localhost:3000 (webpack-dev-server, in memory, live reload),
// then:
//   - on Windows and macOS, sideloads manifest.xml into desktop Excel with
//     `npx --yes office-addin-debugging@6 start manifest.xml desktop` (fetched on demand, not a dependency: its
//     peer dependency needs the native keytar module, which breaks `npm ci` on Linux);
//   - elsewhere (or when that fails), prints how to upload manifest.xml to Excel on the web and the address of
//     the standalone page.
// It never reads the keyboard. Stop it with Ctrl+C (SIGINT) or SIGTERM.
"use strict";
const path = require("node:path");
const https = require("node:https");
const { spawn } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");

function parseArgs(argv) {
  const opts = { port: 3000, sideload: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--port") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new Error(`--port 需要一个端口号（1–65535），得到 "${argv[i]}"`);
      opts.port = n;
    } else if (a === "--no-sideload") opts.sideload = false;
    else throw new Error(`不认识的选项 ${a}。用法：npm start -- [--port N] [--no-sideload]`);
  }
  return opts;
}

/** GET url over https ignoring the certificate (it is ours); resolves with the status code. */
function probe(url, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

async function waitForPage(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await probe(url, 60000)) === 200) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`开发服务器在 ${Math.round(timeoutMs / 1000)} 秒内没有响应 ${url}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function webInstructions(port) {
  const base = `https://localhost:${port}/`;
  return [
    "",
    `任务窗格已在 ${base}taskpane.html 提供（the pane is served）。`,
    "",
    "在 Excel 网页版中加载（Excel on the web）：",
    "  1. 打开 https://www.office.com 上的一个工作簿（或本单位的 Office Online Server）。",
    "  2. 开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项，选择 " + path.join(ROOT, "manifest.xml"),
    "     （Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in）。",
    "  3. 浏览器询问是否允许访问本地网络（Local Network Access）时选“允许”，否则加载项无法从 localhost 载入。",
    "  4. 若浏览器不信任证书，先在同一浏览器中打开上面的地址一次并接受。",
    "",
    `独立页面（standalone page，不需要 Excel，处理 .xlsx 文件，文件不会上传）：${base}taskpane.html`,
    "按 Ctrl+C 停止。",
  ].join("\n");
}

function sideloadDesktop(port) {
  return new Promise((resolve) => {
    const npx = process.platform === "win32" ? "npx.cmd" : "npx";
    const args = ["--yes", "office-addin-debugging@6", "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server-port", String(port)];
    console.log(`侧载到桌面版 Excel（sideloading）：${npx} ${args.join(" ")}`);
    const child = spawn(npx, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], shell: process.platform === "win32" });
    child.on("error", (e) => resolve({ ok: false, reason: e.message }));
    child.on("exit", (code) => resolve({ ok: code === 0, reason: `exit ${code}` }));
  });
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  let config;
  try {
    config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  } catch (e) {
    console.error(`无法生成构建配置：${e.message}`);
    return 2;
  }
  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, port: opts.port }, compiler);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n收到 ${signal}，正在停止开发服务器…`);
    try {
      await server.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  try {
    await server.start();
  } catch (e) {
    const busy = e && e.code === "EADDRINUSE";
    console.error(busy ? `端口 ${opts.port} 已被占用：关闭占用它的程序，或用 npm start -- --port 3001（清单里的地址也要相应修改）` : `开发服务器无法启动：${e.message}`);
    return 1;
  }
  const url = `https://localhost:${opts.port}/taskpane.html`;
  await waitForPage(url, 300000);
  console.log(`READY ${url}`);

  if (opts.sideload && (process.platform === "win32" || process.platform === "darwin")) {
    const r = await sideloadDesktop(opts.port);
    if (r.ok) {
      console.log("已在桌面版 Excel 中侧载。停止调试：npx office-addin-debugging@6 stop manifest.xml");
      return null;
    }
    console.log(`没能侧载到桌面版 Excel（${r.reason}）。`);
    if (process.platform === "win32")
      console.log(
        "若它要求允许 Edge WebView 访问 localhost（loopback），请在终端里执行一次：" +
          "npx --yes office-addin-dev-settings appcontainer manifest.xml --loopback，然后重新 npm start。",
      );
    console.log("也可以用共享文件夹目录侧载（见 README），或改用网页版：");
  } else if (opts.sideload) {
    console.log(`此平台（${process.platform}）没有桌面版 Excel，office-addin-debugging 不支持它（platform not supported）。`);
  }
  console.log(webInstructions(opts.port));
  return null; // keep serving until a signal
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== null) process.exit(code);
    },
    (e) => {
      console.error(`npm start 失败：${e && e.message ? e.message : e}`);
      process.exit(1);
    },
  );
}

module.exports = { parseArgs, probe, waitForPage, webInstructions };
