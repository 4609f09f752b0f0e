/**
 * The words of table footers (DOMAIN.md §8): lines under a 任务分解表 that are not tasks — who filled it in, how
 * to reach them, totals. Pure data; src/core/table reads them.
 */

/** A label that opens a footer line when followed by a colon, a bracket or nothing ("填报单位（盖章）：", "填表人:"). */
export const FOOTER_LABELS = [
  "填报单位", "填表单位", "报送单位", "填报部门",
  "填表人", "填报人", "制表人", "制表", "经办人",
  "联系人", "联系电话", "联系方式", "电话",
  "审核人", "审核", "审签", "负责人", "分管领导",
  "填报日期", "填表日期", "报送日期", "制表日期", "日期",
  "备注说明", "填表说明",
] as const;

/** A cell that is only one of these (spaces removed) is a total line: 合计, 小计, 总计. */
export const TOTAL_WORDS = ["合计", "小计", "总计", "共计"] as const;

/**
 * The end of a table's title that names the table itself, not its work ("…主要任务分解表", "…任务清单"): the 通报's
 * title names the work ("关于2022年全市政务公开工作主要任务推进情况的通报").
 */
export const TABLE_TITLE_SUFFIX = /(?:任务)?(?:分解表|分工表|分工方案|清单|台账|一览表|表)$/;
