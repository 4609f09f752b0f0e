/** deadline command strings (zh-CN). */
export const deadline = {
  usage: [
    "用法：breakdown deadline [--year Y] [时限 ...]",
    "  把时限短语规范成 JSON，每个短语一行：{\"text\",\"kind\",\"due\",\"milestones\",\"ongoing\"}。",
    "  --year Y   计划年度（短语里没写年份时用它；次年/明年 = Y+1），默认今年。",
    "  不写时限时，从标准输入逐行读取 JSON Lines：每行一个 JSON 字符串，或 {\"text\": …, \"year\": …}；",
    "  按输入顺序每行回答一行。空行当作空的时限（kind 为 empty）。",
    "  不是 JSON 的行（或 text/year 写错的行）回答 {\"error\": …}，其余行照常处理，",
    "  结束时在标准错误输出说明，退出码为 2。",
  ].join("\n"),
  missingYear: "选项 --year 后面缺少年份：例如 --year 2022。",
  badYear: (v: string) => `“${v}”不是有效的年份：--year 请写四位年份，如 --year 2022。`,
  unknownOption: (opt: string) => `不认识的选项“${opt}”：deadline 只有 --year（--help 查看用法）。`,
  notJson: (n: number) => `第 ${n} 行不是 JSON：请写成一个 JSON 字符串（如 "10月底前"）或 {"text": "10月底前", "year": 2022}。`,
  badText: (n: number) => `第 ${n} 行缺少文字：请写 {"text": "10月底前"}，text 须为字符串。`,
  badLineYear: (n: number) => `第 ${n} 行的 year 不是有效的年份：请写四位年份，如 "year": 2022。`,
  badLines: (count: number, first: number) =>
    `有 ${count} 行输入无法读取（第一处在第 ${first} 行），已在输出中对应位置写出 {"error": …}；请改正这些行后重新运行。`,
};
