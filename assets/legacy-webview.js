/*
 * 分解表助手: a notice for Office's old web views. ES5 on purpose, loaded before everything else.
 *
 * Excel 2016 and perpetual Excel 2019 on Windows show add-ins in Internet Explorer 11 (Trident) or, on
 * Windows 10 1903 and later, in Edge Legacy (EdgeHTML). React 19 and Fluent UI v9 do not run there, so the pane
 * would stay blank; instead this script says what to do. Microsoft 365, Excel 2021 and later (WebView2), Excel
 * on the web and Excel for Mac are not affected: on them this script does nothing.
 */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var legacy = /Trident\/|MSIE /.test(ua) || /\bEdge\/\d+/.test(ua);
  if (!legacy) return;
  window.__breakdownLegacyWebview = true;
  function show() {
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    var box = document.createElement("div");
    box.id = "legacy-webview";
    box.setAttribute("role", "alert");
    box.style.cssText = "font-family: 'Microsoft YaHei', 'Segoe UI', sans-serif; font-size: 14px; line-height: 1.6; padding: 16px; color: #242424;";
    var lines = [
      ["h1", "分解表助手无法在此版本的 Excel 中运行"],
      ["p", "这个 Excel（2016 或 2019 批量许可版）用旧的 Internet Explorer / Edge 旧版内核显示加载项，分解表助手需要更新的内核。"],
      ["p", "可以：① 升级到 Microsoft 365 或 Excel 2021 及以上版本；② 使用 Excel 网页版；③ 在 Chrome、Edge 或 360 极速浏览器中打开本页（独立页面），直接处理 .xlsx 文件，文件不会上传。"],
      ["p", "This Excel (2016, or volume-licensed 2019) shows add-ins in Internet Explorer or Edge Legacy, which Task Breakdown Assistant cannot run in. Use Microsoft 365 or Excel 2021 and later, Excel on the web, or open this page in a current browser to work on an .xlsx file."]
    ];
    for (var i = 0; i < lines.length; i++) {
      var el = document.createElement(lines[i][0]);
      el.appendChild(document.createTextNode(lines[i][1]));
      if (lines[i][0] === "h1") el.style.cssText = "font-size: 18px; margin: 0 0 12px 0;";
      box.appendChild(el);
    }
    document.body.insertBefore(box, document.body.firstChild);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
