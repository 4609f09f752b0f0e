/** units strings (zh-CN): the `units` command's help and messages. */
export const units = {
  usage: [
    "用法：breakdown units [--header 表头] [单元格文字 ...]",
    "  每个参数输出一行 JSON：{\"text\",\"units\":[{\"name\",\"role\",\"generic\"}]}（名称有简称时另附 \"canonical\"）。",
    "  role：lead 牵头、responsible 责任、cooperate 配合；generic：true 表示泛指一类单位（如“各区人民政府”）。",
    "  --header 表头：单元格所在列的表头（如“牵头单位”“配合单位”），决定没有标签的单位的角色，默认“责任单位”。",
    "  不带单元格参数时，从标准输入逐行读取 JSON Lines：每行一个 JSON 字符串，或 {\"text\": …, \"header\": …}，",
    "  按顺序每行输出一行；不是 JSON 的行输出 {\"error\": …} 并继续，读完后以状态码 2 退出。",
  ].join("\n"),
  missingHeader: "“--header”后面缺少表头文字：例如 --header 牵头单位。",
  unknownOption: (opt: string) => `不认识的选项“${opt}”：units 只接受 --header 表头（--help 查看用法）。`,
  badLine: (line: number) =>
    `第${line}行不是有效的输入：每行应是一个 JSON 字符串（如 "市发改委"）或 {"text": "…", "header": "…"}。`,
  badLines: (count: number, first: number) =>
    `标准输入中有 ${count} 行不是有效的 JSON（第一处在第${first}行），这些行已输出 {"error": …}：请改成 JSON 字符串或 {"text": …}。`,
};
