/** Strings of the WPS 表格 adapter (src/wps) and the WPS add-in's entry, zh-CN. Every message says what to do. */
export const wps = {
  /** The ribbon group and button, and the task pane's title. */
  addinName: "分解表助手",
  openPane: "打开分解表助手",
  noWorkbook: "没有打开的工作簿。请在 WPS 表格中打开任务分解表后再点一次按钮。",
  noEtApi: "没有找到 WPS 表格的接口。请在 WPS 表格（不是文字或演示）中打开分解表助手；如果仍然不行，请升级 WPS Office 后重启。",
  protectedWorkbook: "工作簿或工作表受保护，无法写入结果。请在“审阅”选项卡中撤销工作表保护或工作簿保护后再运行。",
  settingsNotSaved: "设置未能保存到工作簿。请确认工作簿未以只读方式打开，然后再试。",
  failed: (detail: string) =>
    `写入 WPS 表格时出错（${detail}）。原表的单元格未被改动，汇总表也不会只写一半（保持原样或已完整替换）。请按 Esc 结束单元格编辑后再试一次；如果仍然出错，请保存工作簿后重新打开。`,
  hostFailed: "无法连接到 WPS 表格。请关闭任务窗格后重新打开；如果仍然不行，请重启 WPS。",
};
