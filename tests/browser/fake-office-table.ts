/**
 * A seed-004-like table for the pane-in-Excel browser test (pure data: bundled into the page and read by the
 * test). Shaped like seed 004: a title, 工作任务 over two columns (section heading + 序号), 工作要求, 责任单位,
 * 时限, section headings only on the first row of their group (merged down). Deadlines chosen so that, as of
 * 2022-10-20 with 15 days' notice, the counts are known by hand: 7 task rows, 2 overdue (9月底前), 1 due soon
 * (10月底前), 2 open (年底前), 1 ongoing (持续推进), and one deadline nobody can read ("视情况而定", row 9,
 * column E: a warning the user can click to select the cell).
 */
export const TABLE_SHEET = "分解表";
export const AS_OF = "2022-10-20";
export const EXPECTED = { rows: 7, overdue: 2, dueSoon: 1, unknownCell: { row: 9, col: 5 } };

export const TABLE_VALUES: (string | number | null)[][] = [
  ["2022年全市政务公开工作主要任务分解表", null, null, null, null],
  ["工作任务", null, "工作要求", "责任单位", "时限"],
  ["一、持续推进行政决策公开", 1, "认真贯彻落实《重大行政决策程序暂行条例》，制定完善我市重大行政决策事项目录。", "各区人民政府，市直各有关部门", "持续推进"],
  ["二、持续深化规章集中公开", 2, "巩固规章集中公开工作成果，建立健全政府规章动态更新机制。", "市司法局等市直\n各有关部门", "年底前"],
  [null, 3, "参照规章集中公开的要求，集中公开本机关所有现行有效的行政规范性文件。", "各区人民政府，市直各有关部门", "10月底前"],
  [null, 4, "逐步建立本地区本部门现行有效的行政规范性文件数据库。", "市司法局", "9月底前"],
  ["三、加强政策解读", 5, "重要政策文件与解读材料同步起草、同步审签、同步发布。", "市政府办公室，市发改委", "9月底前"],
  [null, 6, "加强政府信息公开专栏建设，及时更新。", "市政务服务数据管理局", "年底前"],
  ["四、其他工作", 7, "根据上级部署开展其他政务公开工作。", "市统计局", "视情况而定"],
];

/** 0-based merged areas: the title, 工作任务 over two columns, the section cells down their groups. */
export const TABLE_MERGES = [
  { row: 0, col: 0, rows: 1, cols: 5 },
  { row: 1, col: 0, rows: 1, cols: 2 },
  { row: 3, col: 0, rows: 3, cols: 1 },
  { row: 6, col: 0, rows: 2, cols: 1 },
];
